#include "SearchVocabulary.h"

#include "storage/Database.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace paceline {

Result<SearchVocabulary> SearchVocabulary::open(Database& db)
{
    auto tokenizer = FtsTokenizer::open(db);
    if (!tokenizer)
        return tokenizer.error();
    return SearchVocabulary(db, std::move(tokenizer.value()));
}

Status SearchVocabulary::addEdition(qint64 editionId)
{
    auto nodes = m_db.prepare("SELECT code, title, text FROM node WHERE edition_id = ?1");
    if (!nodes)
        return nodes.error();
    nodes->bind(1, editionId);
    struct Count {
        qint64 docs = 0;
        qint64 lastNode = -1;
    };
    // FNV-1a over the bytes: Qt's seeded hash for QByteArray keys was half of the time here.
    struct TokenHash {
        using is_transparent = void;
        size_t operator()(std::string_view token) const noexcept
        {
            quint64 h = 1469598103934665603ULL;
            for (const char c : token) {
                h ^= static_cast<unsigned char>(c);
                h *= 1099511628211ULL;
            }
            return static_cast<size_t>(h);
        }
    };
    // word -> nodes of this edition that contain it; looked up by view, copied when new
    std::unordered_map<std::string, Count, TokenHash, std::equal_to<>> words;
    qint64 node = 0;
    const auto count = [&](const char* token, int size) {
        const std::string_view key(token, static_cast<size_t>(size));
        auto it = words.find(key);
        if (it == words.end())
            it = words.emplace(std::string(key), Count{}).first;
        if (it->second.lastNode != node) {
            it->second.lastNode = node;
            ++it->second.docs;
        }
    };
    for (;; ++node) {
        auto row = nodes->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        for (int column = 0; column < 3; ++column)
            m_tokenizer.tokenize(nodes->blob(column), count);
    }
    auto add = m_db.prepare("INSERT INTO search_term (term, docs) VALUES (?1, ?2) "
                            "ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs");
    if (!add)
        return add.error();
    for (const auto& [word, c] : words) {
        add->bind(1, QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size())))
            .bind(2, c.docs);
        if (Status s = add->run(); !s)
            return s;
    }
    return {};
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

Result<bool> SearchVocabulary::contains(const QString& token)
{
    auto q = m_db.prepare("SELECT 1 FROM search_term WHERE term = ?1");
    if (!q)
        return q.error();
    q->bind(1, token);
    return q->step();
}

Result<QString> SearchVocabulary::expand(const QList<FtsPart>& parts)
{
    QStringList all;
    for (const FtsPart& part : parts) {
        QStringList tokens = m_tokenizer.tokens(part.words);
        if (tokens.isEmpty())
            continue;
        // Even a one-letter prefix expands (to its most frequent words): typing
        // "intrusion s" keeps showing results instead of none until the next letter.
        const bool prefixed = part.prefix;
        const QString prefix = prefixed ? tokens.takeLast() : QString();
        for (const QString& token : tokens) {
            auto known = contains(token);
            if (!known)
                return known.error();
            if (!known.value())
                return QString(); // a word no node has: nothing can match
        }
        if (!prefixed) {
            all << ftsPhrase(tokens.join(QLatin1Char(' ')), false);
            continue;
        }
        auto words = completions(prefix);
        if (!words)
            return words.error();
        if (words->isEmpty())
            return QString();
        QStringList alternatives;
        for (const QString& word : words.value())
            alternatives << ftsPhrase((QStringList(tokens) << word).join(QLatin1Char(' ')), false);
        all << (alternatives.size() == 1
                    ? alternatives.first()
                    : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                          QLatin1Char(')'));
    }
    return all.join(QStringLiteral(" AND "));
}

} // namespace paceline
