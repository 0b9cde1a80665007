// libFuzzer target: the RFC 4180 reader and the timeline importer, into an in-memory database.
#include "storage/Database.h"
#include "timeline/CsvReader.h"
#include "timeline/TimelineCsvImporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static std::unique_ptr<paceline::Database> db = [] {
        auto opened = paceline::Database::open(QStringLiteral(":memory:"));
        if (!opened)
            std::abort();
        return std::move(opened.value());
    }();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto records = paceline::parseCsv(bytes, QStringLiteral("fuzz.csv"));
    if (records) {
        for (const auto& r : records.value())
            if (r.fields.size() != r.columns.size() || r.fields.size() != r.lines.size())
                std::abort(); // every field has a position for error messages
    }
    auto imported = paceline::importTimelineCsv(*db, bytes, QStringLiteral("fuzz.csv"));
    if (!imported && imported.error().place.isEmpty())
        std::abort();
    return 0;
}
