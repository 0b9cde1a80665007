// libFuzzer target: the laid-out text of a Wassenaar PDF, split into chapters by its running
// headers and assembled into an edition.
#include "io/wassenaar/WaEditionReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto edition = paceline::readWaEditionPdfText(text, QStringLiteral("fuzz.pdf"));
    (void)edition;
    return 0;
}
