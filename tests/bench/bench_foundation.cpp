// Foundation benchmarks (issue 2): list import, the 700k-node corpus import with peak memory
// and against its floor (issue 15 item 19), `paceline-cli stats`, and app start to an
// interactive window. Prints one line per figure.
//
//   build/release/tests/bench/bench_foundation [--work DIR] [--editions 100] [--nodes 7000]
//                                              [--corpus-only]

#include "ImportFloor.h"
#include "SyntheticCorpus.h"

#include "demo/DemoDataset.h"
#include "io/BatchImport.h"
#include "io/ImportService.h"
#include "stats/DatabaseStats.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>

using namespace paceline;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// CPU time of the whole process (all threads): the machine is shared, so wall time alone says
// as much about the neighbours as about us.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

std::unique_ptr<Database> freshDatabase(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(db.value());
}

double runProcessMs(const QString& program, const QStringList& args,
                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return t.nsecsElapsed() / 1e6;
}

void benchRealList(const QString& work)
{
    const QString ccl = QStringLiteral(PACELINE_SHARED_DATA_DIR "/lists/us-ccl-2025.paceline.json");
    if (!QFileInfo::exists(ccl)) {
        out << "ccl_import: skipped (../shared/data absent)" << Qt::endl;
        return;
    }
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        auto db = freshDatabase(work + QStringLiteral("/ccl.sqlite"));
        QElapsedTimer t;
        t.start();
        auto r = importFile(*db, ccl, ImportFormat::PacelineJson);
        times << t.nsecsElapsed() / 1e6;
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
    }
    out << "ccl_import_ms median " << median(times) << " min "
        << *std::min_element(times.begin(), times.end())
        << " (6,901 nodes, parse + validate + insert + FTS, 7 runs)" << Qt::endl;
}

// The floor runs before and after Paceline's import, and the import is compared with their
// mean: on a shared machine the load drifts, and a ratio taken in the same minutes keeps its
// meaning where the seconds do not.
QString benchCorpus(const QString& work, int editions, int nodes)
{
    QElapsedTimer gen;
    gen.start();
    const QStringList files =
        bench::writeSyntheticCorpus(work + QStringLiteral("/corpus"), editions, nodes);
    out << "corpus_files " << files.size() << " x " << nodes << " nodes (generated/cached in "
        << gen.elapsed() << " ms)" << Qt::endl;
    const QString floorPath = work + QStringLiteral("/floor.sqlite");
    const bench::FloorTimes before = bench::measureImportFloor(files, floorPath);

    const QString path = work + QStringLiteral("/corpus.sqlite");
    auto db = freshDatabase(path);
    const double rssBefore = peakRssMb();
    QElapsedTimer t;
    t.start();
    const double cpu = processCpuSeconds();
    const BatchImportOutcome r =
        importFiles(*db, files, ImportFormat::PacelineJson, {}); // as `paceline-cli import` does
    if (!r.ok())
        qFatal("%s", qPrintable(r.error->toString()));
    const double seconds = t.nsecsElapsed() / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpu;
    const double rssAfter = peakRssMb();
    const bench::FloorTimes after = bench::measureImportFloor(files, floorPath);
    const double floor = (before.sqliteSeconds + after.sqliteSeconds) / 2;

    out << "corpus_import_s " << seconds << " (" << editions * nodes
        << " nodes, one transaction per file, parsing included; CPU " << cpuSeconds
        << " s on all threads)" << Qt::endl;
    out << "corpus_floor_s " << floor << " (before " << before.sqliteSeconds << ", after "
        << after.sqliteSeconds << "; bare node table + FTS5, one transaction per file; CPU "
        << (before.sqliteCpuSeconds + after.sqliteCpuSeconds) / 2
        << " s; parsing excluded: " << before.parseSeconds << " s)" << Qt::endl;
    out << "corpus_import_vs_floor " << seconds / floor << Qt::endl;
    out << "corpus_import_peak_rss_mb " << rssAfter << " (before import " << rssBefore << ")"
        << Qt::endl;
    out << "corpus_db_mb " << QFileInfo(path).size() / 1048576.0 << Qt::endl;
    return path;
}

void benchStats(const QString& dbPath)
{
    QList<double> inProcess;
    for (int i = 0; i < 7; ++i) {
        Database::Options o;
        o.integrityCheck = false;
        auto db = Database::open(dbPath, o);
        QElapsedTimer t;
        t.start();
        auto s = collectStats(**db);
        inProcess << t.nsecsElapsed() / 1e6;
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
    }
    QList<double> cli;
    for (int i = 0; i < 7; ++i)
        cli << runProcessMs(QStringLiteral(PACELINE_CLI_PATH),
                            {QStringLiteral("--db"), dbPath, QStringLiteral("stats")});
    out << "stats_collect_ms median " << median(inProcess) << Qt::endl;
    out << "cli_stats_ms median " << median(cli) << " (whole process: start, open, count, print)"
        << Qt::endl;
}

void benchStartup(const QString& work)
{
    const QString demo = work + QStringLiteral("/demo.sqlite");
    if (!QFileInfo::exists(demo)) {
        auto db = freshDatabase(demo);
        if (auto r = installDemoDataset(*db); !r)
            qFatal("%s", qPrintable(r.error().toString()));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), work + QStringLiteral("/xdg-config"));
    QList<double> wall;
    QList<double> reported;
    for (int i = 0; i < 7; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(PACELINE_GUI_PATH),
                {QStringLiteral("--db"), demo, QStringLiteral("--startup-time")});
        p.waitForFinished(60000);
        wall << t.nsecsElapsed() / 1e6;
        const QString line = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        reported << line.section(QLatin1Char(' '), 1, 1).toDouble();
    }
    out << "startup_ms median " << median(reported)
        << " (main() to first event-loop turn after show, platform "
        << env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))
        << "); process wall incl. exit " << median(wall) << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString work = option("--work", QDir::tempPath() + QStringLiteral("/paceline-bench"));
    const int editions = option("--editions", QStringLiteral("100")).toInt();
    const int nodes = option("--nodes", QStringLiteral("7000")).toInt();
    QDir().mkpath(work);
    if (args.contains(QStringLiteral("--corpus-only"))) {
        benchCorpus(work, editions, nodes);
        return 0;
    }
    benchRealList(work);
    const QString corpus = benchCorpus(work, editions, nodes);
    benchStats(corpus);
    benchStartup(work);
    return 0;
}
