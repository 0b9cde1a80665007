// libFuzzer target: wvWare's HTML of a Wassenaar Word chapter, read as a category, the
// definitions and a Sensitive List chapter, then assembled into an edition.
#include "io/wassenaar/WaChapters.h"
#include "io/wassenaar/WaEditionReader.h"
#include "io/wassenaar/WordHtmlParagraphs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace paceline;
    const QByteArray html(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const WordParagraphs p = parseWordHtml(html, QStringLiteral("fuzz.doc"));
    QList<WaChapter> chapters;
    for (const char* name : {"Cat 4.doc", "Cat 5P2.doc", "DEF.doc", "SL.doc", "ML.doc", "GTN.doc"})
        chapters << classifyWaChapter(QString::fromLatin1(name), p.blocks);
    auto edition =
        assembleWaEdition(chapters, p.headerFooter + QStringList{QStringLiteral("WA-LIST (13) 1")},
                          QStringLiteral("fuzz"));
    (void)edition;
    return 0;
}
