// Real-document benchmark: the EUR-Lex PDF of EU Annex I (Delegated Regulation (EU) 2015/2420,
// 307 pages) from ../shared/data, extracted with Poppler and parsed into a list edition.
// Budget: 3 s for extract and parse in a Release build. Skipped when the file is absent.
//
//   build/eurlex-rel/tests/bench/bench_realdocs_eu [--benchmark_repetitions=3]

#include "io/pdf/ListTextParser.h"
#include "io/pdf/PdfTextExtractor.h"

#include <QFileInfo>

#include <benchmark/benchmark.h>

using namespace paceline;

namespace {

const QString& annexPdf()
{
    static const QString path =
        QStringLiteral(PACELINE_SHARED_DATA_DIR "/eu/eu-2015-2420-annex-i.pdf");
    return path;
}

bool usable(benchmark::State& state)
{
    if (!QFileInfo::exists(annexPdf())) {
        state.SkipWithError("../shared/data/eu/eu-2015-2420-annex-i.pdf is absent: skipped");
        return false;
    }
    if (!PdfTextExtractor::isAvailable()) {
        state.SkipWithError("built without poppler-qt6: skipped");
        return false;
    }
    return true;
}

QString extracted()
{
    auto text = PdfTextExtractor::extract(annexPdf());
    if (!text)
        qFatal("%s", qPrintable(text.error().toString()));
    return text.value();
}

void setCounters(benchmark::State& state, const ListDocument& doc)
{
    int entries = 0;
    for (const ListNode& n : doc.nodes)
        entries += n.kind == NodeKind::Entry ? 1 : 0;
    state.counters["nodes"] = static_cast<double>(doc.nodes.size());
    state.counters["entries"] = entries;
}

// What `paceline-cli import annex.pdf` spends before the database: Poppler, then the parser.
void BM_EurLexExtractAndParse(benchmark::State& state)
{
    if (!usable(state))
        return;
    ListDocument last;
    for (auto _ : state) {
        auto doc = parseListText(extracted(), annexPdf(), {});
        if (!doc)
            qFatal("%s", qPrintable(doc.error().toString()));
        last = std::move(doc.value());
        benchmark::DoNotOptimize(last.nodes.data());
    }
    setCounters(state, last);
}

void BM_EurLexExtract(benchmark::State& state)
{
    if (!usable(state))
        return;
    for (auto _ : state) {
        const QString text = extracted();
        benchmark::DoNotOptimize(text.data());
    }
}

// The parser alone (page cleaning and tree building) on text extracted once.
void BM_EurLexParse(benchmark::State& state)
{
    if (!usable(state))
        return;
    const QString text = extracted();
    ListDocument last;
    for (auto _ : state) {
        auto doc = parseListText(text, annexPdf(), {});
        if (!doc)
            qFatal("%s", qPrintable(doc.error().toString()));
        last = std::move(doc.value());
        benchmark::DoNotOptimize(last.nodes.data());
    }
    setCounters(state, last);
}

} // namespace

BENCHMARK(BM_EurLexExtractAndParse)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_EurLexExtract)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_EurLexParse)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
