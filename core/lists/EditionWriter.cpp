#include "EditionWriter.h"

#include "lists/TermLinker.h"
#include "search/SearchVocabulary.h"
#include "search/WordCounts.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <future>
#include <utility>
#include <vector>

namespace paceline {

namespace {

constexpr qint64 kProgressStep = 500;

constexpr const char kInsertTerm[] =
    "INSERT INTO term (edition_id, term, definition, scope) VALUES (?1, ?2, ?3, ?4)";
constexpr const char kInsertNode[] =
    "INSERT INTO node (edition_id, parent_id, ord, kind, code, label, title, text, reasons, "
    "attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
constexpr const char kLinkTerm[] =
    "INSERT OR IGNORE INTO node_term (node_id, term_id) VALUES (?1, ?2)";
// The edition's nodes are the rowids inserted last, read by rowid range in rowid order: FTS5
// starts a new segment whenever a rowid goes backwards, and edition_id's index would list them
// kind by kind (six segments per edition to merge later). The unary + keeps SQLite off that
// index; the test itself only guards the range.
constexpr const char kIndexNodes[] =
    "INSERT INTO node_fts (rowid, code, title, text) SELECT id, code, title, text FROM node "
    "WHERE id BETWEEN ?1 AND ?2 AND +edition_id = ?3";
constexpr const char kIndexTerms[] = "INSERT INTO term_fts (rowid, term, definition) "
                                     "SELECT id, term, definition FROM term WHERE edition_id = ?1";

QString attributesToJson(const QList<QPair<QString, QString>>& attributes)
{
    if (attributes.isEmpty())
        return {};
    QJsonObject o;
    for (const auto& [key, value] : attributes)
        o.insert(key, value);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What an import derives from the document's text alone: the edition's word counts and the
// defined terms each node quotes.
struct TextFacts {
    WordCounts words;
    std::vector<std::pair<qint64, qint64>> links; // (node index, term id)
};

TextFacts deriveTextFacts(const ListDocument& doc, const TermLinker& linker, FtsTokenizer tokenizer)
{
    TextFacts facts{WordCounts(std::move(tokenizer)), {}};
    for (qint64 i = 0; i < doc.nodes.size(); ++i) {
        const ListNode& n = doc.nodes.at(i);
        // The UTF-8 that the node row stores and FTS5 reads back: the same words.
        facts.words.addDocument({n.code.toUtf8(), n.title.toUtf8(), n.text.toUtf8()});
        if (!linker.isEmpty())
            for (qint64 termId : linker.termsIn(n.title, n.text))
                facts.links.emplace_back(i, termId);
    }
    return facts;
}

} // namespace

Result<TermLinker> EditionWriter::insertTerms(qint64 editionId, const ListDocument& doc)
{
    auto insertTerm = m_db.prepare(kInsertTerm);
    if (!insertTerm)
        return insertTerm.error();
    TermLinker linker;
    for (const ListTerm& t : doc.terms) {
        insertTerm->bind(1, editionId).bind(2, t.term).bind(3, t.definition);
        insertTerm->bindOptional(4, t.scope);
        if (Status s = insertTerm->run(); !s)
            return s.error();
        linker.addTerm(t.term, m_db.lastInsertId());
    }
    return linker;
}

Status EditionWriter::insertNodes(qint64 editionId, const ListDocument& doc,
                                  const ProgressCallback& progress, QList<qint64>& ids)
{
    auto insert = m_db.prepare(kInsertNode);
    if (!insert)
        return insert.error();
    const qint64 total = doc.nodes.size();
    QHash<QString, qint64> byCode;
    byCode.reserve(total);
    ids.reserve(total);
    for (qint64 i = 0; i < total; ++i) {
        const ListNode& n = doc.nodes.at(i);
        insert->bind(1, editionId);
        if (n.parentCode.isEmpty()) {
            insert->bindNull(2);
        } else if (const auto parent = byCode.constFind(n.parentCode); parent != byCode.cend()) {
            insert->bind(2, parent.value());
        } else {
            return makeError(QStringLiteral("parent %1 is not an earlier node").arg(n.parentCode),
                             QStringLiteral("/nodes/%1").arg(i));
        }
        insert->bind(3, i).bind(4, nodeKindName(n.kind)).bind(5, n.code);
        insert->bindOptional(6, n.label).bindOptional(7, n.title).bindOptional(8, n.text);
        insert->bindOptional(9, n.reasons.join(QLatin1Char(' ')));
        insert->bindOptional(10, attributesToJson(n.attributes));
        if (Status s = insert->run(); !s)
            return makeError(s.error().message, QStringLiteral("/nodes/%1").arg(i));
        ids.append(m_db.lastInsertId());
        byCode.insert(n.code, ids.last());
        if (i % kProgressStep == 0 && !reportProgress(progress, i, total))
            return cancelled();
    }
    return {};
}

Status EditionWriter::insertLinks(const std::vector<std::pair<qint64, qint64>>& links,
                                  const QList<qint64>& ids)
{
    auto link = m_db.prepare(kLinkTerm);
    if (!link)
        return link.error();
    for (const auto& [node, termId] : links) {
        link->bind(1, ids.at(node)).bind(2, termId);
        if (Status s = link->run(); !s)
            return s;
    }
    return {};
}

Status EditionWriter::write(qint64 editionId, const ListDocument& doc,
                            const ProgressCallback& progress)
{
    auto linker = insertTerms(editionId, doc);
    if (!linker)
        return linker.error();
    auto tokenizer = FtsTokenizer::open(m_db);
    if (!tokenizer)
        return tokenizer.error();
    // Counting words and finding quoted terms read the document only, so they run beside the
    // inserts, on a core of their own where there is one (or later on this thread when no thread
    // can be started). The tokenizer is FTS5's own, created here and used by that task alone.
    std::future<TextFacts> facts =
        std::async(std::launch::async | std::launch::deferred,
                   [&doc, &linker, t = std::move(tokenizer.value())]() mutable {
                       return deriveTextFacts(doc, linker.value(), std::move(t));
                   });

    QList<qint64> ids;
    if (Status s = insertNodes(editionId, doc, progress, ids); !s)
        return s; // `facts` finishes in its destructor
    const TextFacts derived = facts.get();

    if (Status s = insertLinks(derived.links, ids); !s)
        return s;
    // The whole edition in one statement (see the schema on why there is no trigger).
    auto index = m_db.prepare(kIndexNodes);
    if (!index)
        return index.error();
    if (!ids.isEmpty()) {
        index->bind(1, ids.first()).bind(2, ids.last()).bind(3, editionId);
        if (Status s = index->run(); !s)
            return s;
    }
    auto vocabulary = SearchVocabulary::open(m_db);
    if (!vocabulary)
        return vocabulary.error();
    if (Status s = vocabulary->add(derived.words); !s)
        return s;
    auto indexTerms = m_db.prepare(kIndexTerms);
    if (!indexTerms)
        return indexTerms.error();
    indexTerms->bind(1, editionId);
    if (Status s = indexTerms->run(); !s)
        return s;
    if (!reportProgress(progress, doc.nodes.size(), doc.nodes.size()))
        return cancelled();
    return {};
}

} // namespace paceline
