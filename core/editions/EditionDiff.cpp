#include "EditionDiff.h"

#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace paceline {

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QStringList changedFieldNames(int fields)
{
    QStringList names;
    if (fields & FieldLabel)
        names << QStringLiteral("label");
    if (fields & FieldTitle)
        names << QStringLiteral("title");
    if (fields & FieldText)
        names << QStringLiteral("text");
    if (fields & FieldReasons)
        names << QStringLiteral("reasons");
    if (fields & FieldAttributes)
        names << QStringLiteral("attributes");
    return names;
}

namespace {

bool sameText(const QString& a, const QString& b, bool ignoreTypography)
{
    if (a == b)
        return true;
    return ignoreTypography && sameSubstance(a, b);
}

} // namespace

int differingFields(const EditionNode& a, const EditionNode& b, bool ignoreTypography)
{
    int fields = 0;
    if (!sameText(a.label, b.label, ignoreTypography))
        fields |= FieldLabel;
    if (!sameText(a.title, b.title, ignoreTypography))
        fields |= FieldTitle;
    if (!sameText(a.text, b.text, ignoreTypography))
        fields |= FieldText;
    if (a.reasons != b.reasons)
        fields |= FieldReasons;
    if (!sameText(a.attributes, b.attributes, ignoreTypography))
        fields |= FieldAttributes;
    return fields;
}

int EditionComparison::count(ChangeKind kind) const
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [kind](const NodeChange& c) { return c.kind == kind; }));
}

QStringList EditionComparison::codes(ChangeKind kind) const
{
    QStringList out;
    for (const NodeChange& c : changes)
        if (c.kind == kind)
            out << c.code;
    return out;
}

const NodeChange* EditionComparison::find(const QString& code) const
{
    for (const NodeChange& c : changes)
        if (c.code == code)
            return &c;
    return nullptr;
}

const EditionNode* EditionComparison::oldNode(const NodeChange& c) const
{
    return c.fromIndex < 0 ? nullptr : &from.nodes.at(c.fromIndex);
}

const EditionNode* EditionComparison::newNode(const NodeChange& c) const
{
    return c.toIndex < 0 ? nullptr : &to.nodes.at(c.toIndex);
}

QList<DiffSegment> EditionComparison::textDiff(const NodeChange& c) const
{
    const EditionNode* a = oldNode(c);
    const EditionNode* b = newNode(c);
    WordDiffOptions wd;
    wd.ignoreTypography = options.ignoreTypography;
    return wordDiff(a ? nodeComparableText(*a) : QString(), b ? nodeComparableText(*b) : QString(),
                    wd);
}

namespace {

// "key: value" lines for the attributes whose value differs between the two JSON objects.
QPair<QString, QString> changedAttributeLines(const QString& before, const QString& after)
{
    const QJsonObject a = QJsonDocument::fromJson(before.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(after.toUtf8()).object();
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList oldLines, newLines;
    for (const QString& k : keys) {
        if (a.value(k) == b.value(k))
            continue;
        if (a.contains(k))
            oldLines << k + QStringLiteral(": ") + a.value(k).toString();
        if (b.contains(k))
            newLines << k + QStringLiteral(": ") + b.value(k).toString();
    }
    return {oldLines.join(QLatin1Char('\n')), newLines.join(QLatin1Char('\n'))};
}

} // namespace

QList<FieldDiff> EditionComparison::fieldDiffs(const NodeChange& c) const
{
    const EditionNode* a = oldNode(c);
    const EditionNode* b = newNode(c);
    if (!a || !b)
        return {{QString(), textDiff(c)}};
    WordDiffOptions wd;
    wd.ignoreTypography = options.ignoreTypography;
    QList<FieldDiff> out;
    auto add = [&](int bit, const char* name, const QString& x, const QString& y) {
        if (c.fields & bit)
            out.append({QLatin1String(name), wordDiff(x, y, wd)});
    };
    add(FieldLabel, "label", a->label, b->label);
    add(FieldTitle, "title", a->title, b->title);
    add(FieldText, "text", a->text, b->text);
    add(FieldReasons, "reasons", a->reasons, b->reasons);
    if (c.fields & FieldAttributes) {
        const auto [x, y] = changedAttributeLines(a->attributes, b->attributes);
        out.append({QStringLiteral("attributes"), wordDiff(x, y, wd)});
    }
    return out;
}

namespace {

// Categories of both editions in document order: the newer edition's order, with categories
// only the older one has placed before the category that followed them there.
QList<CategoryCounts> collectCategories(const EditionSnapshot& from, const EditionSnapshot& to,
                                        QHash<QString, int>& position)
{
    QList<CategoryCounts> out;
    auto isCategory = [](const EditionNode& n) {
        return n.category == n.code;
    };
    auto indexOf = [&out](const QString& code) {
        for (qsizetype i = 0; i < out.size(); ++i)
            if (out.at(i).code == code)
                return i;
        return qsizetype{-1};
    };
    for (const EditionNode& n : to.nodes)
        if (isCategory(n) && indexOf(n.code) < 0)
            out.append({n.code, n.title.isEmpty() ? n.label : n.title, 0, 0, 0});
    qsizetype insertBefore = out.size();
    for (auto it = from.nodes.crbegin(); it != from.nodes.crend(); ++it) {
        if (!isCategory(*it))
            continue;
        const qsizetype at = indexOf(it->code);
        if (at >= 0)
            insertBefore = at;
        else
            out.insert(insertBefore,
                       {it->code, it->title.isEmpty() ? it->label : it->title, 0, 0, 0});
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        position.insert(out.at(i).code, static_cast<int>(i));
    return out;
}

void countChange(CategoryCounts& c, ChangeKind kind)
{
    (kind == ChangeKind::Added     ? c.added
     : kind == ChangeKind::Removed ? c.removed
                                   : c.changed) += 1;
}

} // namespace

EditionComparison compareSnapshots(EditionSnapshot from, EditionSnapshot to,
                                   const EditionDiffOptions& options)
{
    EditionComparison cmp;
    cmp.options = options;
    QHash<QString, int> position;
    cmp.categories = collectCategories(from, to, position);

    struct Keyed {
        int category;
        int ord;
        NodeChange change;
    };
    std::vector<Keyed> keyed;
    for (const EditionNode& n : to.nodes) {
        NodeChange c{ChangeKind::Added, n.code, n.category, n.kind, -1, n.ord, 0};
        if (const EditionNode* old = from.find(n.code)) {
            c.fields = differingFields(*old, n, options.ignoreTypography);
            if (c.fields == 0)
                continue;
            c.kind = ChangeKind::Changed;
            c.fromIndex = old->ord;
        }
        keyed.push_back({position.value(n.category), n.ord, std::move(c)});
    }
    for (const EditionNode& n : from.nodes) {
        if (!to.indexByCode.contains(n.code))
            keyed.push_back({position.value(n.category),
                             n.ord,
                             {ChangeKind::Removed, n.code, n.category, n.kind, n.ord, -1, 0}});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        return a.category != b.category ? a.category < b.category : a.ord < b.ord;
    });
    cmp.changes.reserve(static_cast<qsizetype>(keyed.size()));
    for (Keyed& k : keyed) {
        countChange(cmp.categories[k.category], k.change.kind);
        cmp.changes.append(std::move(k.change));
    }
    cmp.from = std::move(from);
    cmp.to = std::move(to);
    return cmp;
}

Result<EditionComparison> compareEditions(Database& db, qint64 fromEditionId, qint64 toEditionId,
                                          const EditionDiffOptions& options)
{
    auto from = loadEditionSnapshot(db, fromEditionId);
    if (!from)
        return from.error();
    auto to = loadEditionSnapshot(db, toEditionId);
    if (!to)
        return to.error();
    if (from->listId != to->listId)
        return badInput(
            QStringLiteral("\"%1\" (%2) and \"%3\" (%4) belong to different lists; compare "
                           "two editions of one list")
                .arg(from->label, from->listKey, to->label, to->listKey));
    return compareSnapshots(std::move(from.value()), std::move(to.value()), options);
}

} // namespace paceline
