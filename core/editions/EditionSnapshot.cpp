#include "EditionSnapshot.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace paceline {

const EditionNode* EditionSnapshot::find(const QString& code) const
{
    const auto it = indexByCode.constFind(code);
    return it == indexByCode.cend() ? nullptr : &nodes.at(it.value());
}

namespace {

Status loadHead(Database& db, EditionSnapshot& s)
{
    auto head = db.prepare("SELECT l.id, l.key, l.name, e.label, e.date FROM edition e "
                           "JOIN control_list l ON l.id = e.list_id WHERE e.id = ?1");
    if (!head)
        return head.error();
    head->bind(1, s.editionId);
    auto row = head->step();
    if (!row)
        return row.error();
    if (!row.value())
        return badInput(QStringLiteral("no edition with id %1").arg(s.editionId));
    s.listId = head->integer(0);
    s.listKey = head->text(1);
    s.listName = head->text(2);
    s.label = head->text(3);
    s.date = head->text(4);
    return {};
}

Result<qint64> nodeCount(Database& db, qint64 editionId)
{
    auto q = db.prepare("SELECT count(*) FROM node WHERE edition_id = ?1");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    auto row = q->step();
    if (!row)
        return row.error();
    return q->integer(0);
}

// Finds each node's category once every node is in place: parents come before children in
// document order.
void assignCategories(EditionSnapshot& s, const QList<qint64>& ids, const QList<qint64>& parents)
{
    QHash<qint64, int> indexById;
    indexById.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        indexById.insert(ids.at(i), static_cast<int>(i));
    s.indexByCode.reserve(s.nodes.size());
    for (qsizetype i = 0; i < s.nodes.size(); ++i) {
        EditionNode& n = s.nodes[i];
        const int parent = parents.at(i) == 0 ? -1 : indexById.value(parents.at(i), -1);
        n.category = parent < 0 || parent >= i ? n.code : s.nodes.at(parent).category;
        s.indexByCode.insert(n.code, static_cast<int>(i));
    }
}

} // namespace

Result<EditionSnapshot> loadEditionSnapshot(Database& db, qint64 editionId)
{
    EditionSnapshot s;
    s.editionId = editionId;
    if (Status st = loadHead(db, s); !st)
        return st.error();
    auto count = nodeCount(db, editionId);
    if (!count)
        return count.error();
    // No ORDER BY: sorting in memory spares SQLite a temporary B-tree of 7,000 wide rows.
    auto q =
        db.prepare("SELECT id, parent_id, ord, code, kind, label, title, text, reasons, attributes "
                   "FROM node WHERE edition_id = ?1");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    struct Row {
        qint64 ord, id, parent;
        EditionNode node;
    };
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(count.value()));
    const Status walked = q->forEachRow([&](const Statement& r) {
        EditionNode node;
        node.code = r.text(3);
        node.kind = r.text(4);
        node.label = r.text(5);
        node.title = r.text(6);
        node.text = r.text(7);
        node.reasons = r.text(8);
        node.attributes = r.text(9);
        rows.push_back({r.integer(2), r.integer(0), r.integer(1), std::move(node)});
    });
    if (!walked)
        return walked.error();
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.ord < b.ord; });
    QList<qint64> ids, parents;
    ids.reserve(static_cast<qsizetype>(rows.size()));
    parents.reserve(static_cast<qsizetype>(rows.size()));
    s.nodes.reserve(static_cast<qsizetype>(rows.size()));
    for (Row& r : rows) {
        ids << r.id;
        parents << r.parent; // 0 for NULL: top level
        r.node.ord = static_cast<int>(s.nodes.size());
        s.nodes.append(std::move(r.node));
    }
    assignCategories(s, ids, parents);
    return s;
}

QString nodeComparableText(const EditionNode& node)
{
    QStringList lines;
    QString head = node.label;
    if (!node.title.isEmpty())
        head += (head.isEmpty() ? QString() : QStringLiteral(" ")) + node.title;
    if (!head.isEmpty())
        lines << head;
    if (!node.text.isEmpty())
        lines << node.text;
    if (!node.reasons.isEmpty())
        lines << QStringLiteral("Reasons for control: ") + node.reasons;
    if (!node.attributes.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(node.attributes.toUtf8()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            lines << it.key() + QStringLiteral(": ") + it.value().toString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace paceline
