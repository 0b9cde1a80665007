#pragma once

#include "search/FtsQuery.h"
#include "search/FtsTokenizer.h"
#include "util/Result.h"

#include <QStringList>

namespace paceline {

class Database;
class WordCounts;

// The words of node_fts with the number of nodes that contain each (table search_term).
// Search expands a typed prefix to its most frequent words from here instead of letting
// FTS5 merge every matching word's doclist over the whole corpus, which took seconds on
// 700,000 nodes, and answers at once when a word occurs nowhere.
class SearchVocabulary {
public:
    // How many words a prefix stands for, most frequent first.
    static constexpr int kMaxCompletions = 16;

    static Result<SearchVocabulary> open(Database& db);

    // Adds the words of one edition's nodes; part of that edition's import transaction.
    Status add(const WordCounts& counts);
    // Recounts every word from node_fts (schema migration, repair).
    static Status rebuild(Database& db);

    // The index's words in text (folded as FTS5 folds them).
    QStringList tokens(const QString& text) const { return m_tokenizer.tokens(text); }
    Result<QStringList> completions(const QString& prefixToken, int limit = kMaxCompletions);
    Result<bool> contains(const QString& token);

    // The FTS5 expression for node_fts: words quoted as buildFtsQuery() does, each prefix
    // replaced by an OR of its completions. Empty when a clause has no word or prefix that
    // some node contains; exclusions that no node contains are dropped.
    Result<FtsExpression> expand(const SearchTerms& terms);

    // The indexed word nearest to a token no node contains (a typing slip: one edit in words
    // of up to four letters, two in longer ones, a swap of neighbours counting as one; the
    // most frequent among the nearest), or empty.
    Result<QString> nearestWord(const QString& token);

private:
    Result<QString> expandPart(const FtsPart& part);
    Result<QString> expandAnyOf(const QList<FtsPart>& parts);

    SearchVocabulary(Database& db, FtsTokenizer tokenizer)
        : m_db(db)
        , m_tokenizer(std::move(tokenizer))
    {
    }
    Database& m_db;
    FtsTokenizer m_tokenizer;
};

} // namespace paceline
