#include "SearchVocabulary.h"

#include "search/WordCounts.h"
#include "storage/Database.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace paceline {

namespace {

// Edits between two words, a swap of neighbours counting as one (optimal string alignment).
int editDistance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

} // namespace

Result<SearchVocabulary> SearchVocabulary::open(Database& db)
{
    auto tokenizer = FtsTokenizer::open(db);
    if (!tokenizer)
        return tokenizer.error();
    return SearchVocabulary(db, std::move(tokenizer.value()));
}

Status SearchVocabulary::add(const WordCounts& counts)
{
    auto add = m_db.prepare("INSERT INTO search_term (term, docs) VALUES (?1, ?2) "
                            "ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs");
    if (!add)
        return add.error();
    Status status;
    counts.forEach([&](std::string_view word, qint64 documents) {
        if (!status)
            return;
        add->bindUtf8(1, QByteArrayView(word.data(), static_cast<qsizetype>(word.size())))
            .bind(2, documents);
        status = add->run();
    });
    return status;
}

Status SearchVocabulary::rebuild(Database& db)
{
    // fts5vocab reads the words and their node counts straight from node_fts's index.
    return db.exec(
        "DELETE FROM search_term;"
        "CREATE VIRTUAL TABLE temp.node_fts_words USING fts5vocab(main, node_fts, 'row');"
        "INSERT INTO search_term (term, docs) SELECT term, doc FROM temp.node_fts_words;"
        "DROP TABLE temp.node_fts_words;");
}

Result<QStringList> SearchVocabulary::completions(const QString& prefixToken, int limit)
{
    // char(1114111) is the last code point: every word that starts with the prefix sorts
    // between the prefix and the prefix followed by it.
    auto q = m_db.prepare("SELECT term FROM search_term "
                          "WHERE term >= ?1 AND term < ?1 || char(1114111) "
                          "ORDER BY term = ?1 DESC, docs DESC, term LIMIT ?2");
    if (!q)
        return q.error();
    q->bind(1, prefixToken).bind(2, limit);
    QStringList words;
    const Status walked = q->forEachRow([&](const Statement& r) { words << r.text(0); });
    if (!walked)
        return walked.error();
    return words;
}

Result<QString> SearchVocabulary::nearestWord(const QString& token)
{
    if (token.size() < 3)
        return QString();
    const int allowed = token.size() <= 4 ? 1 : 2;
    // Words with the same first letter and a length within reach: a slip rarely hits the
    // first letter, and this keeps the scan to a small part of the vocabulary.
    auto q = m_db.prepare("SELECT term, docs FROM search_term "
                          "WHERE term >= ?1 AND term < ?1 || char(1114111) "
                          "AND length(term) BETWEEN ?2 AND ?3");
    if (!q)
        return q.error();
    q->bind(1, token.left(1)).bind(2, token.size() - allowed).bind(3, token.size() + allowed);
    QString best;
    int bestDistance = allowed + 1;
    qint64 bestDocs = 0;
    const Status walked = q->forEachRow([&](const Statement& r) {
        const QString word = r.text(0);
        const int d = editDistance(token, word);
        const qint64 docs = r.integer(1);
        if (d < bestDistance || (d == bestDistance && docs > bestDocs)) {
            best = word;
            bestDistance = d;
            bestDocs = docs;
        }
    });
    if (!walked)
        return walked.error();
    return bestDistance <= allowed && best != token ? best : QString();
}

Result<bool> SearchVocabulary::contains(const QString& token)
{
    auto q = m_db.prepare("SELECT 1 FROM search_term WHERE term = ?1");
    if (!q)
        return q.error();
    q->bind(1, token);
    return q->step();
}

Result<QString> SearchVocabulary::expandPart(const FtsPart& part)
{
    QStringList tokens = m_tokenizer.tokens(part.words);
    if (tokens.isEmpty())
        return QString();
    // Even a one-letter prefix expands (to its most frequent words): typing
    // "intrusion s" keeps showing results instead of none until the next letter.
    const QString prefix = part.prefix ? tokens.takeLast() : QString();
    for (const QString& token : tokens) {
        auto known = contains(token);
        if (!known)
            return known.error();
        if (!known.value())
            return QString(); // a word no node has: this part matches nothing
    }
    if (!part.prefix)
        return ftsPhrase(tokens.join(QLatin1Char(' ')), false);
    auto words = completions(prefix);
    if (!words)
        return words.error();
    QStringList alternatives;
    for (const QString& word : words.value())
        alternatives << ftsPhrase((QStringList(tokens) << word).join(QLatin1Char(' ')), false);
    return alternatives.isEmpty() ? QString() : ftsAnyOf(alternatives);
}

Result<QString> SearchVocabulary::expandAnyOf(const QList<FtsPart>& parts)
{
    QStringList alternatives;
    for (const FtsPart& part : parts) {
        auto one = expandPart(part);
        if (!one)
            return one.error();
        if (!one->isEmpty())
            alternatives << one.value();
    }
    return alternatives.isEmpty() ? QString() : ftsAnyOf(alternatives);
}

Result<FtsExpression> SearchVocabulary::expand(const SearchTerms& terms)
{
    QStringList clauses;
    for (const QList<FtsPart>& clause : terms.clauses) {
        auto any = expandAnyOf(clause);
        if (!any)
            return any.error();
        if (any->isEmpty())
            return FtsExpression{}; // a clause that no node can match
        clauses << any.value();
    }
    FtsExpression e{clauses.join(QStringLiteral(" AND ")), QString()};
    auto excluded = expandAnyOf(terms.excluded); // words no node has exclude nothing
    if (!excluded)
        return excluded.error();
    e.negative = excluded.value();
    return e;
}

} // namespace paceline
