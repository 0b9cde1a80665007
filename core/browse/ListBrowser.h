#pragma once

#include "browse/BrowseTypes.h"
#include "util/Result.h"

#include <optional>

namespace paceline {

class Database;

// The read queries of the list browser: tree levels, entries, node lookup. Each is a handful
// of indexed statements, fast enough to run on the UI thread for one tree level or one entry.
class ListBrowser {
public:
    explicit ListBrowser(Database& db)
        : m_db(db)
    {
    }

    Result<QList<TreeRow>> regimes();
    Result<QList<TreeRow>> lists(qint64 regimeId);
    // Newest first: by date, then by import order.
    Result<QList<TreeRow>> editions(qint64 listId);
    // Top-level nodes of an edition, in document order.
    Result<QList<TreeRow>> topNodes(qint64 editionId);
    Result<QList<TreeRow>> childNodes(qint64 nodeId);

    Result<NodeLocation> locate(qint64 editionId, const QString& code);
    // The entry containing the node (code) with its subtree and defined terms.
    Result<EntryDocument> entry(qint64 editionId, const QString& code);
    Result<EditionInfo> edition(qint64 editionId);
    Result<QString> termDefinition(qint64 editionId, const QString& term);
    // The term with its definition and scope ("Cat 4"); badInput when the edition has none.
    Result<ListTerm> definedTerm(qint64 editionId, const QString& term);
    // The newest edition of each list, in list order.
    Result<QList<EditionInfo>> latestEditions();

    // Finds what a code reference means: the code (or its nearest existing ancestor, for
    // "4A090.a" when only 4A090 is there) in the preferred edition, else in the newest
    // edition of any list, trying both Wassenaar and ECCN spellings.
    Result<std::optional<NodeLocation>> resolveReference(qint64 preferredEditionId,
                                                         const QString& code);

private:
    Result<QList<TreeRow>> nodeRows(const char* sql, qint64 key);
    Result<qint64> entryRootId(qint64 nodeId, QString* kind);
    Database& m_db;
};

} // namespace paceline
