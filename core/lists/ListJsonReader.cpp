#include "ListJsonReader.h"

#include "lists/JsonTree.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace paceline {

namespace {

QString typeName(const JsonValue& v)
{
    if (v.isUndefined())
        return QStringLiteral("nothing");
    switch (v.type()) {
    case JsonTree::Type::Null:
        return QStringLiteral("null");
    case JsonTree::Type::Bool:
        return QStringLiteral("a boolean");
    case JsonTree::Type::Double:
        return QStringLiteral("a number");
    case JsonTree::Type::String:
        return QStringLiteral("a string");
    case JsonTree::Type::Array:
        return QStringLiteral("an array");
    case JsonTree::Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

QString quoted(const QString& s)
{
    return QLatin1Char('"') + (s.size() > 40 ? s.left(37) + QStringLiteral("...") : s) +
           QLatin1Char('"');
}

// Walks one document, collecting warnings; the first error stops the walk.
class Reader {
public:
    explicit Reader(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    Result<ListDocument> read(const JsonObject& root);

private:
    Error fail(const QString& path, const QString& message) const
    {
        return badInput(message, m_file + QStringLiteral(": ") + path);
    }
    void warnUnknownKeys(const JsonObject& o, const QString& path,
                         std::initializer_list<const char*> known);
    // Required or optional string member; returns an Error when present with another type.
    std::optional<Error> string(const JsonObject& o, const QString& path, const char* key,
                                bool required, bool nonEmpty, QString& out) const;
    std::optional<Error> readHeader(const JsonObject& root, ListDocument& doc);
    std::optional<Error> readNodes(const JsonValue& nodes, ListDocument& doc);
    std::optional<Error> readNode(const JsonValue& value, const QString& path,
                                  const QSet<QString>& earlier, ListNode& node);
    std::optional<Error> readTerms(const JsonValue& terms, ListDocument& doc);

    QString m_file;
    QStringList m_warnings;
};

void Reader::warnUnknownKeys(const JsonObject& o, const QString& path,
                             std::initializer_list<const char*> known)
{
    for (qsizetype i = 0; i < o.size(); ++i) {
        bool isKnown = false;
        for (const char* k : known)
            isKnown = isKnown || o.keyAt(i) == QLatin1String(k);
        if (!isKnown)
            m_warnings
                << QStringLiteral("%1: %2/%3: unknown key ignored").arg(m_file, path, o.keyAt(i));
    }
}

std::optional<Error> Reader::string(const JsonObject& o, const QString& path, const char* key,
                                    bool required, bool nonEmpty, QString& out) const
{
    // Built only on failure: this runs for every field of every node.
    auto keyPath = [&] {
        return path + QLatin1Char('/') + QLatin1String(key);
    };
    const JsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            return fail(keyPath(), QStringLiteral("is required"));
        return std::nullopt;
    }
    if (!v.isString())
        return fail(keyPath(), QStringLiteral("expected a string, found %1").arg(typeName(v)));
    out = v.toString();
    if (nonEmpty && out.trimmed().isEmpty())
        return fail(keyPath(), QStringLiteral("must not be empty"));
    return std::nullopt;
}

std::optional<Error> Reader::readHeader(const JsonObject& root, ListDocument& doc)
{
    const JsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined())
        return fail(QStringLiteral("/format"), QStringLiteral("is required (\"paceline.list\")"));
    if (format.toString() != QLatin1String("paceline.list"))
        return fail(QStringLiteral("/format"),
                    QStringLiteral("expected \"paceline.list\", found %1")
                        .arg(format.isString() ? quoted(format.toString()) : typeName(format)));
    const JsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return fail(QStringLiteral("/version"), QStringLiteral("is required"));
    if (!version.isDouble() || version.toDouble() != 1.0)
        return fail(
            QStringLiteral("/version"),
            QStringLiteral("unsupported version %1; this Paceline reads version 1")
                .arg(version.isDouble() ? QString::number(version.toDouble()) : typeName(version)));

    struct Pair {
        const char* key;
        QString* k;
        QString* name;
    };
    for (const Pair& p : {Pair{"regime", &doc.regimeKey, &doc.regimeName},
                          Pair{"list", &doc.listKey, &doc.listName}}) {
        const QString path = QLatin1Char('/') + QLatin1String(p.key);
        const JsonValue v = root.value(QLatin1String(p.key));
        if (!v.isObject())
            return fail(path,
                        v.isUndefined()
                            ? QStringLiteral("is required")
                            : QStringLiteral("expected an object, found %1").arg(typeName(v)));
        const JsonObject o = v.toObject();
        if (auto e = string(o, path, "key", true, true, *p.k))
            return e;
        if (auto e = string(o, path, "name", true, true, *p.name))
            return e;
        warnUnknownKeys(o, path, {"key", "name"});
    }

    const JsonValue ev = root.value(QLatin1String("edition"));
    if (!ev.isObject())
        return fail(QStringLiteral("/edition"),
                    ev.isUndefined()
                        ? QStringLiteral("is required")
                        : QStringLiteral("expected an object, found %1").arg(typeName(ev)));
    const JsonObject edition = ev.toObject();
    const QString ep = QStringLiteral("/edition");
    if (auto e = string(edition, ep, "label", true, true, doc.editionLabel))
        return e;
    QString date;
    if (auto e = string(edition, ep, "date", false, false, date))
        return e;
    if (!date.isEmpty()) {
        doc.editionDate = PartialDate::parse(date);
        if (!doc.editionDate)
            return fail(ep + QStringLiteral("/date"),
                        QStringLiteral("%1 is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
                            .arg(quoted(date)));
    }
    if (auto e = string(edition, ep, "source", false, false, doc.editionSource))
        return e;
    if (auto e = string(edition, ep, "note", false, false, doc.editionNote))
        return e;
    warnUnknownKeys(edition, ep, {"label", "date", "source", "note"});
    return std::nullopt;
}

std::optional<Error> Reader::readNode(const JsonValue& value, const QString& path,
                                      const QSet<QString>& earlier, ListNode& node)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("expected an object, found %1").arg(typeName(value)));
    const JsonObject o = value.toObject();
    if (auto e = string(o, path, "code", true, true, node.code))
        return e;
    if (node.code.size() > kMaxCodeLength)
        return fail(path + QStringLiteral("/code"),
                    QStringLiteral("is %1 characters long; a code has at most %2")
                        .arg(node.code.size())
                        .arg(kMaxCodeLength));
    if (earlier.contains(node.code))
        return fail(path + QStringLiteral("/code"),
                    QStringLiteral("%1 is used by an earlier node; codes must be unique")
                        .arg(quoted(node.code)));
    if (auto e = string(o, path, "parent", false, true, node.parentCode))
        return e;
    if (!node.parentCode.isEmpty() && !earlier.contains(node.parentCode))
        return fail(path + QStringLiteral("/parent"),
                    QStringLiteral("%1 is not an earlier node").arg(quoted(node.parentCode)));
    QString kind;
    if (auto e = string(o, path, "kind", true, true, kind))
        return e;
    const auto parsedKind = nodeKindFromString(kind);
    if (!parsedKind)
        return fail(path + QStringLiteral("/kind"),
                    QStringLiteral("%1 is not one of category, group, entry, item, note, text")
                        .arg(quoted(kind)));
    node.kind = *parsedKind;
    if (auto e = string(o, path, "label", false, false, node.label))
        return e;
    if (auto e = string(o, path, "title", false, false, node.title))
        return e;
    if (auto e = string(o, path, "text", false, false, node.text))
        return e;

    const JsonValue reasons = o.value(QLatin1String("reasons"));
    if (!reasons.isUndefined()) {
        if (!reasons.isArray())
            return fail(
                path + QStringLiteral("/reasons"),
                QStringLiteral("expected an array of strings, found %1").arg(typeName(reasons)));
        const JsonArray array = reasons.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
                return fail(path + QStringLiteral("/reasons/%1").arg(i),
                            QStringLiteral("expected a reason code such as \"NS\", found %1")
                                .arg(typeName(array.at(i))));
            node.reasons << array.at(i).toString().trimmed();
        }
    }
    const JsonValue attributes = o.value(QLatin1String("attributes"));
    if (!attributes.isUndefined()) {
        if (!attributes.isObject())
            return fail(path + QStringLiteral("/attributes"),
                        QStringLiteral("expected an object of strings, found %1")
                            .arg(typeName(attributes)));
        const JsonObject attrs = attributes.toObject();
        for (qsizetype i = 0; i < attrs.size(); ++i) {
            if (!attrs.valueAt(i).isString())
                return fail(
                    path + QStringLiteral("/attributes/") + attrs.keyAt(i),
                    QStringLiteral("expected a string, found %1").arg(typeName(attrs.valueAt(i))));
            node.attributes.append({attrs.keyAt(i), attrs.valueAt(i).toString()});
        }
    }
    // Only look for unknown keys when there are more keys than the known ones present.
    int known = 0;
    for (const char* key : {"parent", "label", "title", "text"})
        known += o.contains(QLatin1String(key)) ? 1 : 0;
    known += 2 + (reasons.isUndefined() ? 0 : 1) + (attributes.isUndefined() ? 0 : 1); // code, kind
    if (o.size() > known)
        warnUnknownKeys(
            o, path, {"code", "parent", "kind", "label", "title", "text", "reasons", "attributes"});
    return std::nullopt;
}

std::optional<Error> Reader::readNodes(const JsonValue& nodes, ListDocument& doc)
{
    if (nodes.isUndefined())
        return fail(QStringLiteral("/nodes"), QStringLiteral("is required"));
    if (!nodes.isArray())
        return fail(QStringLiteral("/nodes"),
                    QStringLiteral("expected an array, found %1").arg(typeName(nodes)));
    const JsonArray array = nodes.toArray();
    QSet<QString> earlier;
    earlier.reserve(array.size());
    doc.nodes.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        ListNode node;
        if (auto e = readNode(array.at(i), QStringLiteral("/nodes/%1").arg(i), earlier, node))
            return e;
        earlier.insert(node.code);
        doc.nodes.append(std::move(node));
    }
    return std::nullopt;
}

std::optional<Error> Reader::readTerms(const JsonValue& terms, ListDocument& doc)
{
    if (terms.isUndefined())
        return std::nullopt;
    if (!terms.isArray())
        return fail(QStringLiteral("/terms"),
                    QStringLiteral("expected an array, found %1").arg(typeName(terms)));
    const JsonArray array = terms.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("/terms/%1").arg(i);
        if (!array.at(i).isObject())
            return fail(path,
                        QStringLiteral("expected an object, found %1").arg(typeName(array.at(i))));
        const JsonObject o = array.at(i).toObject();
        ListTerm term;
        if (auto e = string(o, path, "term", true, true, term.term))
            return e;
        if (auto e = string(o, path, "definition", true, false, term.definition))
            return e;
        // Paceline's addition, docs/paceline-list-scope.md: where the definition applies.
        if (auto e = string(o, path, "scope", false, false, term.scope))
            return e;
        if (seen.contains(term.term))
            return fail(path + QStringLiteral("/term"),
                        QStringLiteral("%1 is defined twice").arg(quoted(term.term)));
        seen.insert(term.term);
        warnUnknownKeys(o, path, {"term", "definition", "scope"});
        doc.terms.append(std::move(term));
    }
    return std::nullopt;
}

Result<ListDocument> Reader::read(const JsonObject& root)
{
    ListDocument doc;
    if (auto e = readHeader(root, doc))
        return *e;
    if (auto e = readNodes(root.value(QLatin1String("nodes")), doc))
        return *e;
    if (auto e = readTerms(root.value(QLatin1String("terms")), doc))
        return *e;
    warnUnknownKeys(root, QString(),
                    {"format", "version", "regime", "list", "edition", "nodes", "terms"});
    doc.warnings = std::move(m_warnings);
    return doc;
}

// Line and column (1-based) of a byte offset, for syntax errors.
QPair<int, int> lineAndColumn(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    offset = std::min(offset, data.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size() + 1;
    return {line, column};
}

} // namespace

Result<ListDocument> readListJson(const QByteArray& data, const QString& fileName)
{
    if (data.size() > kMaxListFileBytes)
        return badInput(
            QStringLiteral("file is larger than %1 MB; refused").arg(kMaxListFileBytes >> 20),
            fileName);
    // The fast parser reads what lists are made of; QJsonDocument the rest, and names errors.
    std::optional<JsonTree> tree = JsonTree::parse(data);
    if (!tree) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const auto [line, column] = lineAndColumn(data, parseError.offset);
            return badInput(QStringLiteral("invalid JSON: %1").arg(parseError.errorString()),
                            QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(column));
        }
        if (!json.isObject())
            return badInput(QStringLiteral("expected a JSON object at the top level"),
                            fileName + QStringLiteral(": /"));
        tree = JsonTree::fromQt(json.object());
    }
    return Reader(fileName).read(tree->root().toObject());
}

Result<ListDocument> readListJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QStringLiteral("cannot be read: %1").arg(file.errorString()), path);
    if (file.size() > kMaxListFileBytes)
        return badInput(QStringLiteral("file is %1 MB, larger than the %2 MB limit; refused")
                            .arg(file.size() >> 20)
                            .arg(kMaxListFileBytes >> 20),
                        path);
    return readListJson(file.readAll(), path);
}

} // namespace paceline
