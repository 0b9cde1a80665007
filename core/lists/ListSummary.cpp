#include "ListSummary.h"

#include <QHash>

#include <array>

namespace paceline {

namespace {

// The row of the import summary a node counts in: its category, or its munitions entry;
// empty for the general notes and statements, which the summary does not count.
QString summaryRow(const ListDocument& doc, const QHash<QString, int>& index, const ListNode& n)
{
    const ListNode* at = &n;
    for (int guard = 0; guard < 64 && !at->parentCode.isEmpty(); ++guard) {
        const int p = index.value(at->parentCode, -1);
        if (p < 0)
            break;
        at = &doc.nodes.at(p);
    }
    if (at->kind == NodeKind::Category)
        return QStringLiteral("Category ") + at->code;
    return at->kind == NodeKind::Entry ? at->code : QString();
}

} // namespace

QStringList countsPerCategory(const ListDocument& doc)
{
    QHash<QString, int> index;
    for (int i = 0; i < doc.nodes.size(); ++i)
        index.insert(doc.nodes.at(i).code, i);
    QStringList order;
    QHash<QString, std::array<int, 3>> counts;
    for (const ListNode& n : doc.nodes) {
        const int k = n.kind == NodeKind::Entry  ? 0
                      : n.kind == NodeKind::Item ? 1
                      : n.kind == NodeKind::Note ? 2
                                                 : -1;
        if (k < 0)
            continue;
        const QString cat = summaryRow(doc, index, n);
        if (cat.isEmpty())
            continue;
        if (!counts.contains(cat)) {
            order << cat;
            counts.insert(cat, {0, 0, 0});
        }
        ++counts[cat][k];
    }
    QStringList out;
    for (const QString& cat : order) {
        const auto& c = counts.value(cat);
        out << QStringLiteral("%1: %2 entries, %3 items, %4 notes")
                   .arg(cat)
                   .arg(c[0])
                   .arg(c[1])
                   .arg(c[2]);
    }
    return out;
}

} // namespace paceline
