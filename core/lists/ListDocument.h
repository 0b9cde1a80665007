#pragma once

#include "util/PartialDate.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

enum class NodeKind { Category, Group, Entry, Item, Note, Text };

std::optional<NodeKind> nodeKindFromString(const QString& text);
QString nodeKindName(NodeKind kind);

// One node of a list edition as it appears in a paceline.list file, in document order.
// Longer than any code a list uses ("5A002.a.1.b.2.a~2" is 18): a longer one is damage or an
// attack, refused on import before it reaches indexes and screens.
constexpr int kMaxCodeLength = 200;

struct ListNode {
    QString code;
    QString parentCode; // empty for top-level nodes
    NodeKind kind = NodeKind::Text;
    QString label;
    QString title;
    QString text;
    QStringList reasons;
    QList<QPair<QString, QString>> attributes; // in file order

    friend bool operator==(const ListNode&, const ListNode&) = default;
};

struct ListTerm {
    QString term;
    QString definition;
    // Where the list says the definition is used, as printed: "Cat 2, 6; ML 8". Empty when the
    // document gives no scope (the definition then applies throughout).
    QString scope;

    friend bool operator==(const ListTerm&, const ListTerm&) = default;
};

// One edition of one control list: the in-memory form of a paceline.list file.
struct ListDocument {
    QString regimeKey;
    QString regimeName;
    QString listKey;
    QString listName;
    QString editionLabel;
    std::optional<PartialDate> editionDate;
    QString editionSource;
    QString editionNote;
    QList<ListNode> nodes;
    QList<ListTerm> terms;
    QStringList warnings; // e.g. unknown keys that were ignored, with their JSON path

    // BLAKE2b-256 (hex) over the nodes and terms, independent of JSON formatting and key order.
    QString contentHash() const;
};

} // namespace paceline
