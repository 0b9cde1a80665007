#pragma once

#include "browse/ListBrowser.h"
#include "util/Result.h"

#include <QHash>
#include <QString>

namespace paceline {

struct CodeResolution {
    QString code; // as the event names it: "4.A.5"
    bool found = false;
    bool exact = false; // false: only an ancestor ("4A005" for "4A005.z") is in the list
    QString foundCode;  // the node found, in the list's spelling
    qint64 editionId = 0;
    QString where; // "Wassenaar Arrangement Dual-Use List, 2023"
};

// Resolves the entry codes named by control events against the newest edition of each loaded
// list: first a list using the code's own spelling, then any spelling or the nearest ancestor
// (ListBrowser::resolveReference). Results are cached by code: one resolver per table reload.
class EntryCodeResolver {
public:
    explicit EntryCodeResolver(Database& db)
        : m_browser(db)
    {
    }
    Result<CodeResolution> resolve(const QString& code);

private:
    ListBrowser m_browser;
    QHash<QString, CodeResolution> m_cache;
    QHash<qint64, QString> m_editionNames;
    QList<qint64> m_latest; // newest edition of each list
};

} // namespace paceline
