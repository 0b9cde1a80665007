#pragma once

#include "editions/EditionSnapshot.h"
#include "text/WordDiff.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paceline {

class Database;

enum class ChangeKind { Added, Removed, Changed };
QString changeKindName(ChangeKind kind); // "added", "removed", "changed"

struct EditionDiffOptions {
    // Curly vs straight quotes, dashes, spacing and line breaks do not count as changes.
    bool ignoreTypography = false;
};

// Which parts of a node differ (for Changed).
enum ChangedField {
    FieldLabel = 1,
    FieldTitle = 2,
    FieldText = 4,
    FieldReasons = 8,
    FieldAttributes = 16
};
QStringList changedFieldNames(int fields);

struct NodeChange {
    ChangeKind kind = ChangeKind::Changed;
    QString code;
    QString category;
    QString nodeKind;
    int fromIndex = -1; // into EditionComparison::from.nodes, -1 when added
    int toIndex = -1;   // into EditionComparison::to.nodes, -1 when removed
    int fields = 0;     // ChangedField bits
};

struct CategoryCounts {
    QString code;
    QString title;
    int added = 0;
    int removed = 0;
    int changed = 0;
    int total() const { return added + removed + changed; }
};

// The redline of one part of a node; the field is empty for a whole added or removed node.
struct FieldDiff {
    QString field; // "label", "title", "text", "reasons", "attributes"
    QList<DiffSegment> segments;
};

// Two editions of one list, compared node by node (matched by code).
struct EditionComparison {
    EditionSnapshot from;
    EditionSnapshot to;
    EditionDiffOptions options;
    QList<NodeChange> changes;        // by category, then document order
    QList<CategoryCounts> categories; // every category of either edition, in document order

    int count(ChangeKind kind) const;
    QStringList codes(ChangeKind kind) const;
    const NodeChange* find(const QString& code) const;
    const EditionNode* oldNode(const NodeChange& c) const;
    const EditionNode* newNode(const NodeChange& c) const;
    // Word-level difference of the node's comparable text; computed on demand.
    QList<DiffSegment> textDiff(const NodeChange& c) const;
    // For a changed node, one redline per changed field (attributes: the changed keys only);
    // for an added or removed node, its whole text. Computed on demand.
    QList<FieldDiff> fieldDiffs(const NodeChange& c) const;
};

// Pure comparison of two loaded editions.
EditionComparison compareSnapshots(EditionSnapshot from, EditionSnapshot to,
                                   const EditionDiffOptions& options = {});
// Loads both editions (one query each) and compares them; both must belong to one list.
Result<EditionComparison> compareEditions(Database& db, qint64 fromEditionId, qint64 toEditionId,
                                          const EditionDiffOptions& options = {});
// Which fields of two versions of a node differ (0 when they are the same).
int differingFields(const EditionNode& a, const EditionNode& b, bool ignoreTypography);

} // namespace paceline
