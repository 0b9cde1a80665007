#include "ListDocument.h"

#include <QCryptographicHash>

#include <algorithm>

namespace paceline {

namespace {

constexpr char kFieldSep = '\x1f';
constexpr char kRecordSep = '\x1e';

// Fields are gathered into one buffer and hashed in large blocks: one addData() per field
// cost more than the hashing itself.
void addField(QByteArray& buffer, const QString& value)
{
    buffer += value.toUtf8();
    buffer += kFieldSep;
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
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    QByteArray buffer;
    buffer.reserve(1 << 17);
    auto drain = [&](bool force) {
        if (force || buffer.size() >= (1 << 16)) {
            hash.addData(buffer);
            buffer.clear();
        }
    };
    for (const ListNode& n : nodes) {
        addField(buffer, n.code);
        addField(buffer, n.parentCode);
        addField(buffer, nodeKindName(n.kind));
        addField(buffer, n.label);
        addField(buffer, n.title);
        addField(buffer, n.text);
        addField(buffer, n.reasons.join(QLatin1Char(' ')));
        auto attributes = n.attributes;
        std::sort(attributes.begin(), attributes.end());
        for (const auto& [key, value] : attributes) {
            addField(buffer, key);
            addField(buffer, value);
        }
        buffer += kRecordSep;
        drain(false);
    }
    for (const ListTerm& t : terms) {
        addField(buffer, t.term);
        addField(buffer, t.definition);
        if (!t.scope.isEmpty()) // only then, so that hashes made before scopes stay the same
            addField(buffer, t.scope);
        buffer += kRecordSep;
    }
    drain(true);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace paceline
