#pragma once

#include "lists/ListDocument.h"
#include "lists/ListStore.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace paceline {

// One row of the list tree: a regime, a list, an edition or a node of an edition.
struct TreeRow {
    enum class Level { Regime, List, Edition, Node };
    Level level = Level::Node;
    qint64 id = 0;        // regime, list, edition or node id
    qint64 editionId = 0; // for editions and nodes
    QString code;         // nodes only
    QString kind;         // nodes only: category, group, entry, item, note, text
    QString label;
    QString title; // name of a regime or list, title (or start of text) of a node
    bool hasChildren = false;
};

// One node of an entry's subtree, in document order; depth 0 is the entry itself.
struct EntryNode {
    qint64 id = 0;
    QString code;
    QString kind;
    QString label;
    QString title;
    QString text;
    QStringList reasons;
    QList<QPair<QString, QString>> attributes;
    int depth = 0;
};

// What the entry view shows: an entry (or category/group with its direct children) and the
// defined terms its subtree uses.
struct EntryDocument {
    EditionInfo edition;
    QList<EntryNode> nodes;    // nodes[0] is the root
    QList<ListTerm> terms;     // definitions of the terms linked from the subtree
    QString focusCode;         // the node that was asked for (an item inside the entry, say)
    bool itemsMissing = false; // the entry promises items its source lacks (MissingItems.h)
};

// Where a node sits: its id, its kind and the codes from the top of the edition down to it.
struct NodeLocation {
    qint64 nodeId = 0;
    qint64 editionId = 0;
    QString code;
    QString kind;
    QStringList path; // codes of the ancestors, top first, then the node itself
};

} // namespace paceline
