#pragma once

#include "lists/ListStore.h"
#include "search/FtsQuery.h"
#include "search/SearchTypes.h"
#include "util/Result.h"

#include <QHash>

#include <functional>

namespace paceline {

class Database;
class SearchVocabulary;
class Statement;

// Full-text and code search over the loaded lists. Codes first ("4a5" goes straight to
// 4A005), then FTS5 hits: nodes whose code or title has every word, then the rest, each by
// pl_rank; then defined terms. Prefixes expand through SearchVocabulary. A cancelled search
// (isCancelled() turned true, or Database::interrupt()) returns cancelled().
class SearchEngine {
public:
    using CancelCheck = std::function<bool()>;

    explicit SearchEngine(Database& db)
        : m_db(db)
    {
    }
    Result<SearchResults> search(const SearchQuery& query, const CancelCheck& isCancelled = {});

private:
    struct Scope; // the editions a query looks at
    struct Run {  // a rowid range of node_fts, limited to one edition unless editionId is 0
        qint64 editionId = 0;
        qint64 from = 0;
        qint64 to = 0;
    };
    Status rankRun(Statement& q, const SearchQuery& query, const QString& fts, const Run& run,
                   QList<SearchHit>& out, const CancelCheck& isCancelled);
    Status addHighlights(const QString& fts, QList<SearchHit>& hits,
                         const CancelCheck& isCancelled);
    Result<Scope> scopeFor(const SearchQuery& query);
    Status addCodeHits(const SearchQuery& query, const Scope& scope, SearchResults& out);
    Status addTextHits(const SearchQuery& query, const Scope& scope, const FtsExpression& fts,
                       QList<SearchHit>& out, const CancelCheck& isCancelled);
    Result<QString> spellingSuggestion(const QString& userText, const SearchTerms& terms,
                                       SearchVocabulary& vocabulary);
    Status addTermHits(const SearchQuery& query, const Scope& scope, const QString& fts,
                       QList<SearchHit>& out);
    void describe(SearchHit& hit, const Scope& scope) const;

    Database& m_db;
};

} // namespace paceline
