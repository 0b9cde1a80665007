#include "EditionSnapshot.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

const EditionNode* EditionSnapshot::find(const QString& code) const {
    const auto it = indexByCode.constFind(code);
    return it == indexByCode.cend() ? nullptr : &nodes.at(it.value());
}

namespace {

Status loadHead(Database& db, EditionSnapshot& s) {
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

} // namespace

Result<EditionSnapshot> loadEditionSnapshot(Database& db, qint64 editionId) {
    EditionSnapshot s;
    s.editionId = editionId;
    if (Status st = loadHead(db, s); !st)
        return st.error();
    auto q = db.prepare("SELECT id, parent_id, code, kind, label, title, text, reasons, attributes "
                        "FROM node WHERE edition_id = ?1 ORDER BY ord");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    // Parents come before their children in document order, so one pass finds categories.
    QHash<qint64, QString> categoryById;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        EditionNode n;
        n.code = q->text(2);
        n.kind = q->text(3);
        n.label = q->text(4);
        n.title = q->text(5);
        n.text = q->text(6);
        n.reasons = q->text(7);
        n.attributes = q->text(8);
        n.category = q->isNull(1) ? n.code : categoryById.value(q->integer(1), n.code);
        n.ord = static_cast<int>(s.nodes.size());
        categoryById.insert(q->integer(0), n.category);
        s.indexByCode.insert(n.code, n.ord);
        s.nodes.append(std::move(n));
    }
    return s;
}

QString nodeComparableText(const EditionNode& node) {
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
