// libFuzzer target: case bundles. The raw bytes go through the reader (format, version,
// content hash); the same bytes, read as the "cases" array, go through the merge planner and
// the import into a database holding the demo cases, so the merge logic is reached too.
#include "cases/CaseBundle.h"
#include "demo/DemoDataset.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static std::unique_ptr<paceline::Database> db = [] {
        auto opened = paceline::Database::open(QStringLiteral(":memory:"));
        if (!opened || !paceline::installDemoDataset(**opened))
            std::abort();
        return std::move(opened.value());
    }();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto read = paceline::readCaseBundle(bytes, QStringLiteral("fuzz.bundle"));
    if (!read && read.error().message.isEmpty())
        std::abort();

    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    if (!json.isArray())
        return 0;
    paceline::CaseBundle bundle;
    bundle.cases = json.array();
    auto plan = paceline::planCaseImport(*db, bundle);
    if (!plan)
        return 0;
    // Import inside a transaction that is rolled back, so every run starts from the demo.
    paceline::Transaction tx(*db);
    (void)paceline::importCaseBundle(*db, bundle, {}, QStringLiteral("fuzzer"));
    return 0;
}
