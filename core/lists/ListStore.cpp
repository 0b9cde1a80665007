#include "ListStore.h"

#include "lists/EditionWriter.h"
#include "storage/Database.h"
#include "storage/ForeignKeyPause.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

namespace {

QList<QPair<QString, QString>> attributesFromJson(const QString& json)
{
    QList<QPair<QString, QString>> out;
    if (json.isEmpty())
        return out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append({it.key(), it.value().toString()});
    return out;
}

EditionInfo editionFromRow(const Statement& s)
{
    EditionInfo e;
    e.id = s.integer(0);
    e.regimeKey = s.text(1);
    e.regimeName = s.text(2);
    e.listKey = s.text(3);
    e.listName = s.text(4);
    e.label = s.text(5);
    e.date = s.text(6);
    e.contentHash = s.text(7);
    e.importedAt = s.text(8);
    return e;
}

#define EDITION_SELECT                                                                             \
    "SELECT e.id, r.key, r.name, l.key, l.name, e.label, e.date, e.content_hash, e.imported_at "   \
    "FROM edition e JOIN control_list l ON l.id = e.list_id JOIN regime r ON r.id = l.regime_id "

} // namespace

Result<qint64> ListStore::upsertRegimeAndList(const ListDocument& doc)
{
    auto regime = m_db.prepare("INSERT INTO regime (key, name) VALUES (?1, ?2) "
                               "ON CONFLICT (key) DO UPDATE SET name = name RETURNING id");
    if (!regime)
        return regime.error();
    regime->bind(1, doc.regimeKey).bind(2, doc.regimeName);
    auto row = regime->step();
    if (!row)
        return row.error();
    const qint64 regimeId = regime->integer(0);

    auto list = m_db.prepare("INSERT INTO control_list (regime_id, key, name) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT (key) DO UPDATE SET name = name RETURNING id, regime_id");
    if (!list)
        return list.error();
    list->bind(1, regimeId).bind(2, doc.listKey).bind(3, doc.listName);
    row = list->step();
    if (!row)
        return row.error();
    if (list->integer(1) != regimeId)
        return badInput(
            QStringLiteral("list \"%1\" already belongs to another regime").arg(doc.listKey),
            QStringLiteral("/list/key"));
    return list->integer(0);
}

Result<ListImportOutcome> ListStore::importDocument(const ListDocument& doc,
                                                    const ProgressCallback& progress)
{
    return importDocument(doc, doc.contentHash(), progress);
}

Result<ListImportOutcome> ListStore::importDocument(const ListDocument& doc, const QString& hash,
                                                    const ProgressCallback& progress)
{
    // Every reference the import writes is to a row it has just written or looked up; the
    // parents of nodes are checked as they are written (EditionWriter).
    ForeignKeyPause unchecked(m_db);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();

    auto listId = upsertRegimeAndList(doc);
    if (!listId)
        return listId.error();

    ListImportOutcome outcome;
    outcome.warnings = doc.warnings;
    auto existing = m_db.prepare(EDITION_SELECT "WHERE e.list_id = ?1 AND e.label = ?2 AND "
                                                "e.content_hash = ?3");
    if (!existing)
        return existing.error();
    existing->bind(1, listId.value()).bind(2, doc.editionLabel).bind(3, hash);
    auto found = existing->step();
    if (!found)
        return found.error();
    if (found.value()) {
        outcome.alreadyPresent = true;
        outcome.edition = editionFromRow(*existing);
        return outcome; // nothing written; the transaction rolls back the no-op upserts
    }

    auto edition = m_db.prepare(
        "INSERT INTO edition (list_id, label, date, date_precision, source, note, content_hash, "
        "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!edition)
        return edition.error();
    edition->bind(1, listId.value()).bind(2, doc.editionLabel);
    if (doc.editionDate) {
        edition->bind(3, doc.editionDate->toIsoString());
        edition->bind(4, PartialDate::precisionName(doc.editionDate->precision()));
    }
    const QString importedAt = nowUtcIso();
    edition->bindOptional(5, doc.editionSource).bindOptional(6, doc.editionNote);
    edition->bind(7, hash).bind(8, importedAt);
    if (Status s = edition->run(); !s)
        return s.error();
    const qint64 editionId = m_db.lastInsertId();

    if (Status s = EditionWriter(m_db).write(editionId, doc, progress); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    outcome.edition = {editionId,
                       doc.regimeKey,
                       doc.regimeName,
                       doc.listKey,
                       doc.listName,
                       doc.editionLabel,
                       doc.editionDate ? doc.editionDate->toIsoString() : QString(),
                       hash,
                       importedAt};
    outcome.nodeCount = doc.nodes.size();
    outcome.termCount = doc.terms.size();
    return outcome;
}

Result<QList<EditionInfo>> ListStore::editions()
{
    auto q = m_db.prepare(EDITION_SELECT "ORDER BY r.key, l.key, e.date, e.id");
    if (!q)
        return q.error();
    QList<EditionInfo> out;
    const Status walked = q->forEachRow([&](const Statement& r) { out.append(editionFromRow(r)); });
    if (!walked)
        return walked.error();
    return out;
}

Result<EditionInfo> ListStore::findEdition(const QString& listKey, const QString& label)
{
    auto all = editions();
    if (!all)
        return all.error();
    QList<EditionInfo> matches;
    for (const EditionInfo& e : all.value())
        if (e.listKey == listKey && (label.isEmpty() || e.label == label))
            matches.append(e);
    if (matches.isEmpty())
        return badInput(
            label.isEmpty()
                ? QStringLiteral("no list \"%1\" in the database").arg(listKey)
                : QStringLiteral("no edition \"%1\" of list \"%2\"").arg(label, listKey));
    if (matches.size() > 1 && label.isEmpty()) {
        QStringList labels;
        for (const EditionInfo& e : matches)
            labels << QLatin1Char('"') + e.label + QLatin1Char('"');
        return badInput(QStringLiteral("list \"%1\" has %2 editions; choose one with --edition: %3")
                            .arg(listKey)
                            .arg(matches.size())
                            .arg(labels.join(QStringLiteral(", "))));
    }
    return matches.last();
}

Result<ListDocument> ListStore::loadEdition(qint64 editionId)
{
    auto head =
        m_db.prepare("SELECT r.key, r.name, l.key, l.name, e.label, e.date, e.source, e.note "
                     "FROM edition e JOIN control_list l ON l.id = e.list_id "
                     "JOIN regime r ON r.id = l.regime_id WHERE e.id = ?1");
    if (!head)
        return head.error();
    head->bind(1, editionId);
    auto row = head->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no edition with id %1").arg(editionId));
    ListDocument doc;
    doc.regimeKey = head->text(0);
    doc.regimeName = head->text(1);
    doc.listKey = head->text(2);
    doc.listName = head->text(3);
    doc.editionLabel = head->text(4);
    if (!head->isNull(5))
        doc.editionDate = PartialDate::parse(head->text(5));
    doc.editionSource = head->text(6);
    doc.editionNote = head->text(7);

    auto nodes = m_db.prepare("SELECT n.code, p.code, n.kind, n.label, n.title, n.text, n.reasons, "
                              "n.attributes FROM node n LEFT JOIN node p ON p.id = n.parent_id "
                              "WHERE n.edition_id = ?1 ORDER BY n.ord");
    if (!nodes)
        return nodes.error();
    nodes->bind(1, editionId);
    for (;;) {
        row = nodes->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ListNode n;
        n.code = nodes->text(0);
        n.parentCode = nodes->text(1);
        n.kind = nodeKindFromString(nodes->text(2)).value_or(NodeKind::Text);
        n.label = nodes->text(3);
        n.title = nodes->text(4);
        n.text = nodes->text(5);
        const QString reasons = nodes->text(6);
        if (!reasons.isEmpty())
            n.reasons = reasons.split(QLatin1Char(' '));
        n.attributes = attributesFromJson(nodes->text(7));
        doc.nodes.append(std::move(n));
    }

    auto terms =
        m_db.prepare("SELECT term, definition, scope FROM term WHERE edition_id = ?1 ORDER BY id");
    if (!terms)
        return terms.error();
    terms->bind(1, editionId);
    for (;;) {
        row = terms->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        doc.terms.append({terms->text(0), terms->text(1), terms->text(2)});
    }
    return doc;
}

Result<QList<SubtreeNode>> ListStore::subtree(qint64 editionId, const QString& code)
{
    auto q = m_db.prepare(
        "WITH RECURSIVE sub(id, depth) AS ("
        "  SELECT id, 0 FROM node WHERE edition_id = ?1 AND code = ?2"
        "  UNION ALL SELECT n.id, sub.depth + 1 FROM node n JOIN sub ON n.parent_id = sub.id) "
        "SELECT n.code, n.kind, n.label, n.title, n.text, sub.depth FROM sub "
        "JOIN node n ON n.id = sub.id ORDER BY n.ord");
    if (!q)
        return q.error();
    q->bind(1, editionId).bind(2, code);
    QList<SubtreeNode> nodes;
    const Status walked = q->forEachRow([&](const Statement& r) {
        nodes.append({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4),
                      static_cast<int>(r.integer(5))});
    });
    if (!walked)
        return walked.error();
    if (nodes.isEmpty())
        return badInput(QStringLiteral("no node \"%1\" in this edition").arg(code));
    return nodes;
}

Result<QString> ListStore::subtreeText(qint64 editionId, const QString& code)
{
    auto nodes = subtree(editionId, code);
    if (!nodes)
        return nodes.error();
    QStringList lines;
    for (const SubtreeNode& n : nodes.value()) {
        const QString indent(2 * std::max(0, n.depth - 1), QLatin1Char(' '));
        QString line = n.depth == 0 ? n.code : n.label;
        for (const QString& part : {n.title, n.text})
            if (!part.isEmpty())
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + part;
        lines << indent + line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace paceline
