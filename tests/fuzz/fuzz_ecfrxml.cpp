// libFuzzer target: the eCFR XML reader (15 CFR 774 Supp. No. 1) on arbitrary bytes.
#include "io/ecfr/EcfrXmlReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto doc = paceline::readEcfrXml(bytes, QStringLiteral("fuzz.xml"), {});
    if (!doc && doc.error().place.isEmpty())
        std::abort(); // every refusal names the place
    return 0;
}
