// Real-document benchmark: one Wassenaar edition as the Secretariat publishes it, from
// ../shared/data: the 18 Word chapter files of WA-LIST (13) 1 (wvWare, two at a time, then
// the parser) and the official PDF of WA-LIST (25) 1 Corr. (Poppler, then the parser).
// Budgets (issue 10, Release): the .doc edition <= 2 s, the PDF <= 3 s, import into the
// database included. Skipped when the files or wvWare are absent.
//
//   build/release/tests/bench/bench_realdocs_wa [--benchmark_repetitions=3]

#include "io/wassenaar/WaEditionImport.h"
#include "io/wassenaar/WaEditionReader.h"
#include "io/wassenaar/WordDocReader.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace paceline;

namespace {

QString shared(const char* relative)
{
    return QStringLiteral(PACELINE_SHARED_DATA_DIR "/") + QLatin1String(relative);
}

bool present(benchmark::State& state, const QString& path, bool needsWord)
{
    if (!QFileInfo::exists(path)) {
        state.SkipWithError("../shared/data/wassenaar is absent: skipped");
        return false;
    }
    if (needsWord && !WordDocReader::checkAvailable()) {
        state.SkipWithError("wvWare (Debian package wv) is not installed: skipped");
        return false;
    }
    return true;
}

void setCounters(benchmark::State& state, const WaEdition& e)
{
    int entries = 0;
    for (const ListNode& n : e.dualUse.nodes)
        entries += n.kind == NodeKind::Entry ? 1 : 0;
    state.counters["nodes"] =
        static_cast<double>(e.dualUse.nodes.size() + e.munitions.nodes.size());
    state.counters["entries"] = entries;
    state.counters["terms"] = static_cast<double>(e.dualUse.terms.size());
}

// Read, parse and write in one transaction into a fresh database: what `paceline-cli import
// FOLDER` spends.
template <typename Read> void readAndImport(benchmark::State& state, Read read)
{
    WaEdition last;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        state.ResumeTiming();
        auto edition = read();
        if (!edition)
            qFatal("%s", qPrintable(edition.error().toString()));
        auto report = importWaEdition(**db, edition.value(), QStringLiteral("bench"));
        if (!report)
            qFatal("%s", qPrintable(report.error().toString()));
        last = std::move(edition).value();
        state.PauseTiming();
        db->reset();
        state.ResumeTiming();
    }
    setCounters(state, last);
}

void BM_WassenaarDocEdition(benchmark::State& state)
{
    const QString folder = shared("wassenaar/WA-LIST-13-1-2013");
    if (!present(state, folder, true))
        return;
    readAndImport(state, [&] { return readWaEditionFiles({folder}); });
}

void BM_WassenaarPdfEdition(benchmark::State& state)
{
    const QString pdf = shared("wassenaar/WA-LIST-25-1-Corr-2025.pdf");
    if (!present(state, pdf, false))
        return;
    readAndImport(state, [&] { return readWaEditionPdf(pdf); });
}

} // namespace

BENCHMARK(BM_WassenaarDocEdition)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(BM_WassenaarPdfEdition)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK_MAIN();
