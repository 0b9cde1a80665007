#include "ListExport.h"

#include "io/FileWriter.h"
#include "lists/ListJsonWriter.h"
#include "lists/ListStore.h"

namespace paceline {

Result<qint64> exportEditionJson(Database& db, qint64 editionId, const QString& path)
{
    auto doc = ListStore(db).loadEdition(editionId);
    if (!doc)
        return doc.error();
    if (Status s = writeFileAtomically(path, writeListJson(doc.value())); !s)
        return s.error();
    return static_cast<qint64>(doc->nodes.size());
}

} // namespace paceline
