#include "ListBrowser.h"

#include "browse/CodeForms.h"
#include "browse/MissingItems.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

namespace {

// Items often have no title: the tree shows the start of their text instead.
#define NODE_ROW_SELECT                                                                            \
    "SELECT n.id, n.edition_id, n.code, n.kind, n.label, "                                         \
    "COALESCE(NULLIF(n.title, ''), substr(n.text, 1, 200)), "                                      \
    "EXISTS (SELECT 1 FROM node c WHERE c.parent_id = n.id) FROM node n "

#define EDITION_SELECT                                                                             \
    "SELECT e.id, r.key, r.name, l.key, l.name, e.label, e.date, e.content_hash, e.imported_at "   \
    "FROM edition e JOIN control_list l ON l.id = e.list_id JOIN regime r ON r.id = l.regime_id "

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

bool isContainer(const QString& kind)
{
    return kind == QLatin1String("category") || kind == QLatin1String("group");
}

} // namespace

Result<QList<TreeRow>> ListBrowser::regimes()
{
    auto q = m_db.prepare("SELECT r.id, r.key, r.name, EXISTS (SELECT 1 FROM control_list l "
                          "WHERE l.regime_id = r.id) FROM regime r ORDER BY r.name");
    if (!q)
        return q.error();
    QList<TreeRow> rows;
    for (;;) {
        auto more = q->step();
        if (!more)
            return more.error();
        if (!more.value())
            return rows;
        rows.append({TreeRow::Level::Regime,
                     q->integer(0),
                     0,
                     {},
                     {},
                     q->text(1),
                     q->text(2),
                     q->integer(3) != 0});
    }
}

Result<QList<TreeRow>> ListBrowser::lists(qint64 regimeId)
{
    auto q = m_db.prepare("SELECT l.id, l.key, l.name, EXISTS (SELECT 1 FROM edition e "
                          "WHERE e.list_id = l.id) FROM control_list l WHERE l.regime_id = ?1 "
                          "ORDER BY l.name");
    if (!q)
        return q.error();
    q->bind(1, regimeId);
    QList<TreeRow> rows;
    for (;;) {
        auto more = q->step();
        if (!more)
            return more.error();
        if (!more.value())
            return rows;
        rows.append({TreeRow::Level::List,
                     q->integer(0),
                     0,
                     {},
                     {},
                     q->text(1),
                     q->text(2),
                     q->integer(3) != 0});
    }
}

Result<QList<TreeRow>> ListBrowser::editions(qint64 listId)
{
    auto q = m_db.prepare("SELECT e.id, e.label, e.date, EXISTS (SELECT 1 FROM node n "
                          "WHERE n.edition_id = e.id) FROM edition e WHERE e.list_id = ?1 "
                          "ORDER BY COALESCE(e.date, '') DESC, e.id DESC");
    if (!q)
        return q.error();
    q->bind(1, listId);
    QList<TreeRow> rows;
    for (;;) {
        auto more = q->step();
        if (!more)
            return more.error();
        if (!more.value())
            return rows;
        rows.append({TreeRow::Level::Edition,
                     q->integer(0),
                     q->integer(0),
                     {},
                     {},
                     q->text(2),
                     q->text(1),
                     q->integer(3) != 0});
    }
}

Result<QList<TreeRow>> ListBrowser::nodeRows(const char* sql, qint64 key)
{
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, key);
    QList<TreeRow> rows;
    for (;;) {
        auto more = q->step();
        if (!more)
            return more.error();
        if (!more.value())
            return rows;
        rows.append({TreeRow::Level::Node, q->integer(0), q->integer(1), q->text(2), q->text(3),
                     q->text(4), q->text(5), q->integer(6) != 0});
    }
}

Result<QList<TreeRow>> ListBrowser::topNodes(qint64 editionId)
{
    return nodeRows(NODE_ROW_SELECT
                    "WHERE n.edition_id = ?1 AND n.parent_id IS NULL ORDER BY n.ord",
                    editionId);
}

Result<QList<TreeRow>> ListBrowser::childNodes(qint64 nodeId)
{
    return nodeRows(NODE_ROW_SELECT "WHERE n.parent_id = ?1 ORDER BY n.ord", nodeId);
}

Result<NodeLocation> ListBrowser::locate(qint64 editionId, const QString& code)
{
    auto q = m_db.prepare(
        "WITH RECURSIVE up(id, parent_id, code, kind, lvl) AS ("
        "  SELECT id, parent_id, code, kind, 0 FROM node WHERE edition_id = ?1 AND code = ?2"
        "  UNION ALL SELECT n.id, n.parent_id, n.code, n.kind, up.lvl + 1 FROM node n"
        "  JOIN up ON n.id = up.parent_id) "
        "SELECT id, code, kind, lvl FROM up ORDER BY lvl DESC");
    if (!q)
        return q.error();
    q->bind(1, editionId).bind(2, code);
    NodeLocation loc;
    loc.editionId = editionId;
    for (;;) {
        auto more = q->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        loc.path << q->text(1);
        if (q->integer(3) == 0) {
            loc.nodeId = q->integer(0);
            loc.code = q->text(1);
            loc.kind = q->text(2);
        }
    }
    if (loc.nodeId == 0)
        return badInput(QStringLiteral("no node \"%1\" in this edition").arg(code));
    return loc;
}

Result<qint64> ListBrowser::entryRootId(qint64 nodeId, QString* kind)
{
    auto q = m_db.prepare("SELECT parent_id, kind FROM node WHERE id = ?1");
    if (!q)
        return q.error();
    qint64 current = nodeId;
    for (;;) {
        q->reset();
        q->bind(1, current);
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(QStringLiteral("node %1 vanished while reading").arg(current));
        const qint64 parent = q->isNull(0) ? 0 : q->integer(0);
        *kind = q->text(1);
        if (*kind == QLatin1String("entry") || isContainer(*kind) || parent == 0)
            return current;
        // An item, note or text: keep climbing unless the parent is a category or group.
        q->reset();
        q->bind(1, parent);
        auto up = q->step();
        if (!up)
            return up.error();
        if (!up.value() || isContainer(q->text(1)))
            return current;
        current = parent;
    }
}

Result<EntryDocument> ListBrowser::entry(qint64 editionId, const QString& code)
{
    auto loc = locate(editionId, code);
    if (!loc)
        return loc.error();
    auto info = edition(editionId);
    if (!info)
        return info.error();
    QString rootKind;
    auto root = entryRootId(loc->nodeId, &rootKind);
    if (!root)
        return root.error();
    EntryDocument doc;
    doc.edition = info.value();
    doc.focusCode = loc->code;
    // Categories and groups show their direct children only; entries their whole subtree.
    const int maxDepth = isContainer(rootKind) ? 1 : 1000;
    auto q = m_db.prepare(
        "WITH RECURSIVE sub(id, depth) AS (SELECT ?1, 0 UNION ALL SELECT n.id, sub.depth + 1"
        "  FROM node n JOIN sub ON n.parent_id = sub.id WHERE sub.depth < ?2) "
        "SELECT n.id, n.code, n.kind, n.label, n.title, n.text, n.reasons, n.attributes, sub.depth "
        "FROM sub JOIN node n ON n.id = sub.id ORDER BY n.ord");
    if (!q)
        return q.error();
    q->bind(1, root.value()).bind(2, maxDepth);
    for (;;) {
        auto more = q->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        EntryNode n{q->integer(0),
                    q->text(1),
                    q->text(2),
                    q->text(3),
                    q->text(4),
                    q->text(5),
                    q->text(6).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                    attributesFromJson(q->text(7)),
                    static_cast<int>(q->integer(8))};
        doc.nodes.append(std::move(n));
    }
    auto t = m_db.prepare(
        "WITH RECURSIVE sub(id, depth) AS (SELECT ?1, 0 UNION ALL SELECT n.id, sub.depth + 1"
        "  FROM node n JOIN sub ON n.parent_id = sub.id WHERE sub.depth < ?2) "
        "SELECT DISTINCT t.term, t.definition, t.scope FROM sub "
        "JOIN node_term nt ON nt.node_id = sub.id "
        "JOIN term t ON t.id = nt.term_id ORDER BY t.term");
    if (!t)
        return t.error();
    t->bind(1, root.value()).bind(2, maxDepth);
    for (;;) {
        auto more = t->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        doc.terms.append({t->text(0), t->text(1), t->text(2)});
    }
    doc.itemsMissing = itemsMissing(doc.edition, doc.nodes);
    return doc;
}

Result<EditionInfo> ListBrowser::edition(qint64 editionId)
{
    auto q = m_db.prepare(EDITION_SELECT "WHERE e.id = ?1");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no edition with id %1").arg(editionId));
    return editionFromRow(q.value());
}

Result<QString> ListBrowser::termDefinition(qint64 editionId, const QString& term)
{
    auto found = definedTerm(editionId, term);
    if (!found)
        return found.error();
    return found->definition;
}

Result<ListTerm> ListBrowser::definedTerm(qint64 editionId, const QString& term)
{
    auto q = m_db.prepare(
        "SELECT term, definition, scope FROM term WHERE edition_id = ?1 AND term = ?2");
    if (!q)
        return q.error();
    q->bind(1, editionId).bind(2, term);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no defined term \"%1\" in this edition").arg(term));
    return ListTerm{q->text(0), q->text(1), q->text(2)};
}

Result<QList<EditionInfo>> ListBrowser::latestEditions()
{
    auto q = m_db.prepare(
        EDITION_SELECT "WHERE e.id = (SELECT e2.id FROM edition e2 WHERE e2.list_id = e.list_id "
                       "ORDER BY COALESCE(e2.date, '') DESC, e2.id DESC LIMIT 1) ORDER BY l.name");
    if (!q)
        return q.error();
    QList<EditionInfo> out;
    for (;;) {
        auto more = q->step();
        if (!more)
            return more.error();
        if (!more.value())
            return out;
        out.append(editionFromRow(q.value()));
    }
}

Result<std::optional<NodeLocation>> ListBrowser::resolveReference(qint64 preferredEditionId,
                                                                  const QString& code)
{
    QStringList forms = CodeForms::candidates(code);
    if (forms.isEmpty())
        forms << code.trimmed();
    auto latest = latestEditions();
    if (!latest)
        return latest.error();
    QList<qint64> editions{preferredEditionId};
    for (const EditionInfo& e : latest.value())
        if (e.id != preferredEditionId)
            editions << e.id;
    auto q = m_db.prepare("SELECT 1 FROM node WHERE edition_id = ?1 AND code = ?2");
    if (!q)
        return q.error();
    for (qint64 editionId : editions) {
        for (const QString& form : forms) {
            for (QString c = form; !c.isEmpty(); c = CodeForms::parentCode(c)) {
                q->reset();
                q->bind(1, editionId).bind(2, c);
                auto hit = q->step();
                if (!hit)
                    return hit.error();
                if (!hit.value())
                    continue;
                auto loc = locate(editionId, c);
                if (!loc)
                    return loc.error();
                return std::optional<NodeLocation>(loc.value());
            }
        }
    }
    return std::optional<NodeLocation>();
}

} // namespace paceline
