// libFuzzer target: the paceline.list JSON reader must reject or accept any bytes without
// crashing, and whatever it accepts must serialise and read back to the same document. The
// reader's own JSON parser must agree with QJsonDocument on everything it accepts.
#include "lists/JsonTree.h"
#include "lists/ListJsonReader.h"
#include "lists/ListJsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto tree = paceline::JsonTree::parse(bytes)) {
        QJsonParseError error;
        const QJsonDocument qt = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !qt.isObject() ||
            !(paceline::JsonTree::fromQt(qt.object()) == *tree))
            std::abort();
    }
    auto doc = paceline::readListJson(bytes, QStringLiteral("fuzz.json"));
    if (!doc) {
        if (doc.error().place.isEmpty())
            std::abort(); // every refusal must name a place
        return 0;
    }
    auto again =
        paceline::readListJson(paceline::writeListJson(doc.value()), QStringLiteral("again.json"));
    if (!again || again->nodes != doc->nodes || again->terms != doc->terms)
        std::abort();
    return 0;
}
