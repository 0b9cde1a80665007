#include "ListJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

namespace {

void putIfSet(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonObject nodeToJson(const ListNode& n)
{
    QJsonObject o;
    o.insert(QLatin1String("code"), n.code);
    putIfSet(o, "parent", n.parentCode);
    o.insert(QLatin1String("kind"), nodeKindName(n.kind));
    putIfSet(o, "label", n.label);
    putIfSet(o, "title", n.title);
    putIfSet(o, "text", n.text);
    if (!n.reasons.isEmpty())
        o.insert(QLatin1String("reasons"), QJsonArray::fromStringList(n.reasons));
    if (!n.attributes.isEmpty()) {
        QJsonObject attrs;
        for (const auto& [key, value] : n.attributes)
            attrs.insert(key, value);
        o.insert(QLatin1String("attributes"), attrs);
    }
    return o;
}

} // namespace

QByteArray writeListJson(const ListDocument& doc)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QStringLiteral("paceline.list"));
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("regime"), QJsonObject{{QStringLiteral("key"), doc.regimeKey},
                                                     {QStringLiteral("name"), doc.regimeName}});
    root.insert(QLatin1String("list"), QJsonObject{{QStringLiteral("key"), doc.listKey},
                                                   {QStringLiteral("name"), doc.listName}});
    QJsonObject edition{{QStringLiteral("label"), doc.editionLabel}};
    if (doc.editionDate)
        edition.insert(QLatin1String("date"), doc.editionDate->toIsoString());
    putIfSet(edition, "source", doc.editionSource);
    putIfSet(edition, "note", doc.editionNote);
    root.insert(QLatin1String("edition"), edition);

    QJsonArray nodes;
    for (const ListNode& n : doc.nodes)
        nodes.append(nodeToJson(n));
    root.insert(QLatin1String("nodes"), nodes);

    if (!doc.terms.isEmpty()) {
        QJsonArray terms;
        for (const ListTerm& t : doc.terms) {
            QJsonObject term{{QStringLiteral("term"), t.term},
                             {QStringLiteral("definition"), t.definition}};
            putIfSet(term, "scope", t.scope);
            terms.append(term);
        }
        root.insert(QLatin1String("terms"), terms);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace paceline
