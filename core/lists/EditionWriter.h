#pragma once

#include "lists/ListDocument.h"
#include "lists/TermLinker.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QList>

#include <utility>
#include <vector>

namespace paceline {

class Database;

// Writes the rows of one new edition inside the caller's transaction: its terms, its nodes
// with their links to the terms they quote, both full-text indexes and its share of the
// search vocabulary. The cost of an import is here, so it is written for speed: the words and
// term links are derived from the document beside the inserts, and the nodes are indexed in
// one statement.
class EditionWriter {
public:
    explicit EditionWriter(Database& db)
        : m_db(db)
    {
    }

    Status write(qint64 editionId, const ListDocument& doc, const ProgressCallback& progress);

private:
    Result<TermLinker> insertTerms(qint64 editionId, const ListDocument& doc);
    // ids: the new rowids, in document order.
    Status insertNodes(qint64 editionId, const ListDocument& doc, const ProgressCallback& progress,
                       QList<qint64>& ids);
    // links: (index of the node in the document, term id)
    Status insertLinks(const std::vector<std::pair<qint64, qint64>>& links,
                       const QList<qint64>& ids);

    Database& m_db;
};

} // namespace paceline
