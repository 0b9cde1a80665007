// libFuzzer target: the list-document text parser (PDF text layout) on arbitrary text.
#include "io/pdf/ListTextParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    paceline::ListTextOptions options;
    options.listKey = QStringLiteral("fuzz");
    auto doc = paceline::parseListText(
        text, QStringLiteral("fuzz.txt"),
        paceline::withListTextDefaults(options, QStringLiteral("fuzz.txt")));
    (void)doc;
    return 0;
}
