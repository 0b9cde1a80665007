#include "RegimeChanges.h"

#include "editions/Concordance.h"
#include "pacing/TextSimilarity.h"

#include <QSet>

namespace paceline {

namespace {

// Word count below which a text is too short to recognise under another number ("Having all
// of the following:" is everywhere).
constexpr int kRenumberMinWords = 6;
constexpr double kRenumberSimilarity = 0.95;

bool isPacingNode(const EditionNode& n)
{
    return (n.kind == QLatin1String("entry") || n.kind == QLatin1String("item")) &&
           !concordanceKey(n.code).isEmpty();
}

// Whether an ancestor of `code` (by its dotted path) is in `codes`.
bool underAny(const QString& code, const QSet<QString>& codes)
{
    QString up = code;
    for (int dot = up.lastIndexOf(QLatin1Char('.')); dot > 0;
         dot = up.lastIndexOf(QLatin1Char('.'))) {
        up.truncate(dot);
        if (codes.contains(up))
            return true;
    }
    return false;
}

QString headingOf(const EditionNode& n)
{
    const QString text = n.title.isEmpty() ? n.text : n.title;
    return text.size() > 160 ? text.left(157) + QStringLiteral("...") : text;
}

RegimeChange makeChange(const EditionComparison& cmp, RegimeChangeKind kind, const EditionNode* old,
                        const EditionNode* now)
{
    const EditionNode& shown = now ? *now : *old;
    RegimeChange c;
    c.kind = kind;
    c.code = shown.code;
    c.key = concordanceKey(shown.code);
    c.category = shown.category;
    c.nodeKind = shown.kind;
    c.heading = headingOf(shown);
    c.oldText = old ? pacingText(*old) : QString();
    c.newText = now ? pacingText(*now) : QString();
    c.fromEditionId = cmp.from.editionId;
    c.toEditionId = cmp.to.editionId;
    c.fromLabel = cmp.from.label;
    c.toLabel = cmp.to.label;
    c.fromDate = PartialDate::parse(cmp.from.date).value_or(PartialDate());
    c.toDate = PartialDate::parse(cmp.to.date).value_or(PartialDate());
    return c;
}

// Pairs a removed node with an added one that says the same under another code.
void findRenumbered(QList<RegimeChange>& added, QList<RegimeChange>& removed)
{
    QList<FoldedWords> removedWords;
    for (const RegimeChange& r : removed)
        removedWords.append(FoldedWords(r.oldText));
    QSet<int> taken;
    for (RegimeChange& a : added) {
        const FoldedWords words(a.newText);
        if (words.size() < kRenumberMinWords)
            continue;
        int best = -1;
        double bestScore = kRenumberSimilarity;
        for (int i = 0; i < removed.size(); ++i) {
            const RegimeChange& r = removed[i];
            // A renumbering stays within its group ("6A"): a text that reappears in another
            // group is a different control that happens to share the words.
            if (taken.contains(i) || r.nodeKind != a.nodeKind || r.key.left(2) != a.key.left(2) ||
                removedWords[i].size() < kRenumberMinWords)
                continue;
            const double score = words.similarity(removedWords[i]);
            if (score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0)
            continue;
        taken.insert(best);
        a.kind = RegimeChangeKind::Renumbered;
        a.previousCode = removed[best].code;
        a.previousKey = removed[best].key;
        a.oldText = removed[best].oldText;
        a.foldedNodes += removed[best].foldedNodes;
    }
    QList<RegimeChange> kept;
    for (int i = 0; i < removed.size(); ++i)
        if (!taken.contains(i))
            kept.append(removed[i]);
    removed = kept;
}

// Counts each node under a top-level change into that change.
void countFolded(const QSet<QString>& codes, const QHash<QString, int>& topLevel,
                 QList<RegimeChange>& changes)
{
    for (const QString& code : codes) {
        QString up = code;
        for (int dot = up.lastIndexOf(QLatin1Char('.')); dot > 0;
             dot = up.lastIndexOf(QLatin1Char('.'))) {
            up.truncate(dot);
            if (const auto it = topLevel.constFind(up); it != topLevel.constEnd()) {
                ++changes[*it].foldedNodes;
                break;
            }
        }
    }
}

} // namespace

QString pacingText(const EditionNode& node)
{
    if (node.title.isEmpty())
        return node.text;
    if (node.text.isEmpty())
        return node.title;
    return node.title + QLatin1Char(' ') + node.text;
}

QList<RegimeChange> regimeChanges(const EditionComparison& cmp)
{
    QSet<QString> addedCodes, removedCodes;
    for (const NodeChange& c : cmp.changes) {
        if (c.kind == ChangeKind::Added && isPacingNode(*cmp.newNode(c)))
            addedCodes.insert(c.code);
        if (c.kind == ChangeKind::Removed && isPacingNode(*cmp.oldNode(c)))
            removedCodes.insert(c.code);
    }
    QList<RegimeChange> added, removed, changed;
    QHash<QString, int> addedAt, removedAt;
    for (const NodeChange& c : cmp.changes) {
        const EditionNode* old = cmp.oldNode(c);
        const EditionNode* now = cmp.newNode(c);
        if (!isPacingNode(now ? *now : *old))
            continue;
        switch (c.kind) {
        case ChangeKind::Added:
            if (!underAny(c.code, addedCodes)) {
                addedAt.insert(c.code, added.size());
                added.append(makeChange(cmp, RegimeChangeKind::Added, nullptr, now));
            }
            break;
        case ChangeKind::Removed:
            if (!underAny(c.code, removedCodes)) {
                removedAt.insert(c.code, removed.size());
                removed.append(makeChange(cmp, RegimeChangeKind::Removed, old, nullptr));
            }
            break;
        case ChangeKind::Changed: {
            if (!(c.fields & (FieldTitle | FieldText)))
                break;
            const QString before = pacingText(*old), after = pacingText(*now);
            const FoldedWords a(before), b(after);
            // Punctuation alone does not change what a list controls.
            if (a.size() == b.size() && a.similarity(b) == 1.0)
                break;
            changed.append(makeChange(cmp, RegimeChangeKind::Changed, old, now));
            break;
        }
        }
    }
    countFolded(addedCodes, addedAt, added);
    countFolded(removedCodes, removedAt, removed);
    findRenumbered(added, removed);
    // Back into document order of the newer edition (removals at their old place).
    QList<RegimeChange> out = added + removed + changed;
    auto order = [&cmp](const RegimeChange& c) {
        const EditionNode* n =
            c.kind == RegimeChangeKind::Removed ? cmp.from.find(c.code) : cmp.to.find(c.code);
        return n ? n->ord : 0;
    };
    std::stable_sort(out.begin(), out.end(), [&](const RegimeChange& a, const RegimeChange& b) {
        if (a.category != b.category)
            return cmp.to.find(a.category) && cmp.to.find(b.category)
                       ? cmp.to.find(a.category)->ord < cmp.to.find(b.category)->ord
                       : a.category < b.category;
        return order(a) < order(b);
    });
    return out;
}

} // namespace paceline
