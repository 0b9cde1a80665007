#include "ListDocument.h"

#include <QCryptographicHash>

#include <algorithm>

namespace paceline {

namespace {

constexpr char kFieldSep = '\x1f';
constexpr char kRecordSep = '\x1e';

void addField(QCryptographicHash& hash, const QString& value)
{
    hash.addData(value.toUtf8());
    hash.addData(QByteArrayView(&kFieldSep, 1));
}

} // namespace

std::optional<NodeKind> nodeKindFromString(const QString& text)
{
    static const std::pair<const char*, NodeKind> kinds[] = {
        {"category", NodeKind::Category}, {"group", NodeKind::Group}, {"entry", NodeKind::Entry},
        {"item", NodeKind::Item},         {"note", NodeKind::Note},   {"text", NodeKind::Text},
    };
    for (const auto& [name, kind] : kinds)
        if (text == QLatin1String(name))
            return kind;
    return std::nullopt;
}

QString nodeKindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Category:
        return QStringLiteral("category");
    case NodeKind::Group:
        return QStringLiteral("group");
    case NodeKind::Entry:
        return QStringLiteral("entry");
    case NodeKind::Item:
        return QStringLiteral("item");
    case NodeKind::Note:
        return QStringLiteral("note");
    case NodeKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString ListDocument::contentHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ListNode& n : nodes) {
        addField(hash, n.code);
        addField(hash, n.parentCode);
        addField(hash, nodeKindName(n.kind));
        addField(hash, n.label);
        addField(hash, n.title);
        addField(hash, n.text);
        addField(hash, n.reasons.join(QLatin1Char(' ')));
        auto attributes = n.attributes;
        std::sort(attributes.begin(), attributes.end());
        for (const auto& [key, value] : attributes) {
            addField(hash, key);
            addField(hash, value);
        }
        hash.addData(QByteArrayView(&kRecordSep, 1));
    }
    for (const ListTerm& t : terms) {
        addField(hash, t.term);
        addField(hash, t.definition);
        hash.addData(QByteArrayView(&kRecordSep, 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace paceline
