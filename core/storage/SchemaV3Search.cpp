#include "SchemaV3Search.h"

#include "search/SearchVocabulary.h"
#include "storage/Database.h"

namespace paceline {

Status migrateToSearchVocabulary(Database& db)
{
    if (Status s = db.exec("CREATE TABLE search_term ("
                           "    term TEXT PRIMARY KEY,"
                           "    docs INTEGER NOT NULL CHECK (docs >= 0)"
                           ") WITHOUT ROWID;");
        !s)
        return s;
    return SearchVocabulary::rebuild(db);
}

} // namespace paceline
