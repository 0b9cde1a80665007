#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace paceline {

class Database;

// One node as the comparison sees it: the stored columns verbatim (attributes stay as their
// JSON text), plus the code of the top-level category the node sits in.
struct EditionNode {
    QString code;
    QString kind;
    QString label;
    QString title;
    QString text;
    QString reasons;    // space-separated
    QString attributes; // compact JSON object as stored
    QString category;   // code of the top-level ancestor (the node's own code at top level)
    int ord = 0;
};

// A whole edition in memory, loaded with one query for its nodes.
struct EditionSnapshot {
    qint64 editionId = 0;
    qint64 listId = 0;
    QString listKey;
    QString listName;
    QString label;
    QString date; // ISO partial date, may be empty
    QList<EditionNode> nodes;
    QHash<QString, int> indexByCode;

    const EditionNode* find(const QString& code) const;
};

Result<EditionSnapshot> loadEditionSnapshot(Database& db, qint64 editionId);

// Everything a reader compares, as one text: "label title", the body, reasons, attributes.
QString nodeComparableText(const EditionNode& node);

} // namespace paceline
