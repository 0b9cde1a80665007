#include "EntryHistory.h"

#include "editions/EditionDiff.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>

namespace paceline {

QString historyStatusName(HistoryStatus status)
{
    switch (status) {
    case HistoryStatus::Added:
        return QStringLiteral("added");
    case HistoryStatus::Changed:
        return QStringLiteral("changed");
    case HistoryStatus::Removed:
        return QStringLiteral("removed");
    case HistoryStatus::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

namespace {

struct EditionRow {
    qint64 id;
    QString label;
    QString date;
};

Result<QList<EditionRow>> editionsOfSameList(Database& db, qint64 editionId)
{
    auto q = db.prepare("SELECT e.id, e.label, e.date FROM edition e WHERE e.list_id = "
                        "(SELECT list_id FROM edition WHERE id = ?1)");
    if (!q)
        return q.error();
    q->bind(1, editionId);
    QList<EditionRow> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        out.append({r.integer(0), r.text(1), r.text(2)});
    });
    if (!walked)
        return walked.error();
    if (out.isEmpty())
        return badInput(QStringLiteral("no edition with id %1").arg(editionId));
    std::stable_sort(out.begin(), out.end(), [](const EditionRow& a, const EditionRow& b) {
        if (a.date.isEmpty() != b.date.isEmpty())
            return b.date.isEmpty();
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return out;
}

// The node with this code and its descendants, in document order.
Result<QList<EditionNode>> loadSubtree(Database& db, qint64 editionId, const QString& code)
{
    auto q = db.prepare("WITH RECURSIVE sub(id) AS ("
                        "  SELECT id FROM node WHERE edition_id = ?1 AND code = ?2"
                        "  UNION ALL SELECT n.id FROM node n JOIN sub ON n.parent_id = sub.id) "
                        "SELECT n.code, n.kind, n.label, n.title, n.text, n.reasons, n.attributes "
                        "FROM sub JOIN node n ON n.id = sub.id ORDER BY n.ord");
    if (!q)
        return q.error();
    q->bind(1, editionId).bind(2, code);
    QList<EditionNode> out;
    const Status walked = q->forEachRow([&](const Statement& r) {
        EditionNode n;
        n.code = r.text(0);
        n.kind = r.text(1);
        n.label = r.text(2);
        n.title = r.text(3);
        n.text = r.text(4);
        n.reasons = r.text(5);
        n.attributes = r.text(6);
        n.ord = static_cast<int>(out.size());
        out.append(std::move(n));
    });
    if (!walked)
        return walked.error();
    return out;
}

// The definitions of the terms linked from the node and its descendants, by term.
Result<QHash<QString, QString>> subtreeTerms(Database& db, qint64 editionId, const QString& code)
{
    auto q =
        db.prepare("WITH RECURSIVE sub(id) AS ("
                   "  SELECT id FROM node WHERE edition_id = ?1 AND code = ?2"
                   "  UNION ALL SELECT n.id FROM node n JOIN sub ON n.parent_id = sub.id) "
                   "SELECT DISTINCT t.term, t.definition FROM sub "
                   "JOIN node_term nt ON nt.node_id = sub.id JOIN term t ON t.id = nt.term_id");
    if (!q)
        return q.error();
    q->bind(1, editionId).bind(2, code);
    QHash<QString, QString> out;
    const Status walked =
        q->forEachRow([&](const Statement& r) { out.insert(r.text(0), r.text(1)); });
    if (!walked)
        return walked.error();
    return out;
}

QStringList changedDefinitions(const QHash<QString, QString>& before,
                               const QHash<QString, QString>& after, bool typography)
{
    QStringList out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old != before.cend() &&
            (typography ? !sameSubstance(old.value(), it.value()) : old.value() != it.value()))
            out << it.key();
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QString subtreeText(const QList<EditionNode>& nodes)
{
    QStringList parts;
    for (const EditionNode& n : nodes)
        parts << nodeComparableText(n);
    return parts.join(QLatin1Char('\n'));
}

int changedNodes(const QList<EditionNode>& before, const QList<EditionNode>& after, bool typography)
{
    QHash<QString, const EditionNode*> old;
    for (const EditionNode& n : before)
        old.insert(n.code, &n);
    int changed = 0;
    for (const EditionNode& n : after) {
        const EditionNode* o = old.take(n.code);
        if (!o || differingFields(*o, n, typography) != 0)
            ++changed;
    }
    return changed + static_cast<int>(old.size());
}

} // namespace

Result<QList<EntryHistoryStep>> entryHistory(Database& db, qint64 editionId, const QString& code,
                                             bool ignoreTypography)
{
    auto editions = editionsOfSameList(db, editionId);
    if (!editions)
        return editions.error();
    QList<EntryHistoryStep> steps;
    QList<EditionNode> previous;
    QHash<QString, QString> previousTerms;
    bool first = true;
    for (const EditionRow& e : editions.value()) {
        auto subtree = loadSubtree(db, e.id, code);
        if (!subtree)
            return subtree.error();
        const QList<EditionNode>& now = subtree.value();
        auto terms = subtreeTerms(db, e.id, code);
        if (!terms)
            return terms.error();
        EntryHistoryStep step{e.id, e.label, e.date, HistoryStatus::Unchanged, first, 0, 0, 0, {}};
        first = false;
        if (previous.isEmpty() && now.isEmpty())
            continue;
        if (previous.isEmpty())
            step.status = HistoryStatus::Added;
        else if (now.isEmpty())
            step.status = HistoryStatus::Removed;
        else if ((step.nodesChanged = changedNodes(previous, now, ignoreTypography)) > 0)
            step.status = HistoryStatus::Changed;
        if (step.status != HistoryStatus::Unchanged) {
            WordDiffOptions options;
            options.ignoreTypography = ignoreTypography;
            const DiffCounts words =
                countWords(wordDiff(subtreeText(previous), subtreeText(now), options));
            step.wordsInserted = words.insertedWords;
            step.wordsDeleted = words.deletedWords;
            if (step.status != HistoryStatus::Changed)
                step.nodesChanged = static_cast<int>(std::max(previous.size(), now.size()));
        }
        if (!previous.isEmpty() && !now.isEmpty())
            step.termsChanged = changedDefinitions(previousTerms, terms.value(), ignoreTypography);
        steps.append(step);
        previous = now;
        previousTerms = terms.value();
    }
    return steps;
}

} // namespace paceline
