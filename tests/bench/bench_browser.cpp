// Browser benchmarks (issue 3): search from query to filled results model (through the
// search worker), expanding tree nodes, opening entries (query + rendering), on the real CCL
// and on the synthetic corpus. Prints p50 / p95 / max per figure.
//
//   build/release/tests/bench/bench_browser [--work DIR] [--editions 100] [--nodes 7000]
//                                           [--no-synthetic]

#include "SyntheticCorpus.h"

#include "browse/ListBrowser.h"
#include "browser/EntryView.h"
#include "browser/ListTreeModel.h"
#include "browser/SearchResultsModel.h"
#include "io/ImportService.h"
#include "search/SearchWorker.h"
#include "session/DatabaseSession.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <time.h>

#include <algorithm>
#include <deque>

using namespace paceline;

namespace {

QTextStream out(stdout);

// CPU time of the whole process (both threads): the machine is shared, so wall time alone
// says as much about the neighbours as about us.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QList<double> g_cpu;

QString summary(QList<double> v)
{
    if (v.isEmpty())
        return QStringLiteral("n=0");
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        return v.at(std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(q * v.size())));
    };
    return QStringLiteral("p50 %1 p95 %2 max %3 ms (n=%4)")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(v.last(), 0, 'f', 2)
        .arg(v.size());
}

double searchOnce(SearchWorker& worker, SearchResultsModel& model, const SearchQuery& q)
{
    QEventLoop loop;
    bool done = false;
    QElapsedTimer t;
    auto c1 = QObject::connect(&worker, &SearchWorker::resultsReady, &loop,
                               [&](quint64, const SearchResults& r) {
                                   model.setResults(r);
                                   done = true;
                                   loop.quit();
                               });
    auto c2 = QObject::connect(
        &worker, &SearchWorker::searchFailed, &loop,
        [&](quint64, const QString& m) { qFatal("search failed: %s", qPrintable(m)); });
    t.start();
    const double cpu0 = processCpuMs();
    worker.submit(q);
    if (!done)
        loop.exec();
    const double ms = t.nsecsElapsed() / 1e6;
    g_cpu << processCpuMs() - cpu0;
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE") && ms > 15)
        out << "  slow: " << q.text << (q.latestOnly ? " (newest)" : " (all)") << " " << ms
            << " ms, " << model.rowCount() << " hits" << Qt::endl;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return ms;
}

void benchSearch(const QString& name, const QString& dbPath, const QStringList& queries)
{
    SearchWorker worker(dbPath);
    if (!worker.isReady())
        qFatal("%s", qPrintable(worker.openError()));
    SearchResultsModel model;
    for (bool latest : {true, false}) {
        QList<double> times;
        QList<double> typing;
        g_cpu.clear();
        for (int round = 0; round < 5; ++round) {
            for (const QString& text : queries) {
                SearchQuery q;
                q.text = text;
                q.latestOnly = latest;
                q.limit = 50; // what the panel asks for
                times << searchOnce(worker, model, q);
            }
            // Search as you type: every prefix of a phrase, the last word as a prefix.
            const QString typed = QStringLiteral("intrusion software");
            for (int n = 1; n <= typed.size(); ++n) {
                SearchQuery q;
                q.text = typed.left(n);
                q.latestOnly = latest;
                q.limit = 50;
                q.prefixLastWord = true;
                typing << searchOnce(worker, model, q);
            }
        }
        out << name << (latest ? " search newest-edition" : " search all-editions")
            << " queries: " << summary(times) << Qt::endl;
        out << name << (latest ? " search newest-edition" : " search all-editions")
            << " typing: " << summary(typing) << Qt::endl;
        out << name << (latest ? " search newest-edition" : " search all-editions")
            << " CPU time per search (both lines above): " << summary(g_cpu) << Qt::endl;
    }
}

// Expands the tree breadth-first, timing each fetchMore; editions past maxEditions per list
// are left closed. Collects (edition, code) of the entries met on the way.
QList<std::pair<qint64, QString>> benchExpand(const QString& name, DatabaseSession& session,
                                              int maxEditions)
{
    ListTreeModel model(&session);
    QList<double> times;
    QList<std::pair<qint64, QString>> entries;
    std::deque<QModelIndex> queue{QModelIndex()};
    while (!queue.empty()) {
        const QModelIndex index = queue.front();
        queue.pop_front();
        if (model.canFetchMore(index)) {
            QElapsedTimer t;
            t.start();
            model.fetchMore(index);
            times << t.nsecsElapsed() / 1e6;
        }
        const int rows = model.rowCount(index);
        const bool editions = index.isValid() && index.data(ListTreeModel::LevelRole).toInt() == 1;
        for (int r = 0; r < (editions ? std::min(rows, maxEditions) : rows); ++r) {
            const QModelIndex child = model.index(r, 0, index);
            if (child.data(ListTreeModel::KindRole).toString() == QLatin1String("entry"))
                entries.append({child.data(ListTreeModel::EditionIdRole).toLongLong(),
                                child.data(ListTreeModel::CodeRole).toString()});
            queue.push_back(child);
        }
    }
    out << name << " expand node: " << summary(times) << Qt::endl;
    return entries;
}

void benchOpenEntry(const QString& name, DatabaseSession& session,
                    const QList<std::pair<qint64, QString>>& entries)
{
    QList<double> query;
    QList<double> shown;
    EntryView view(&session);
    view.resize(1000, 800);
    ListBrowser browser(*session.database());
    for (const auto& [edition, code] : entries) {
        QElapsedTimer t;
        t.start();
        auto doc = browser.entry(edition, code);
        query << t.nsecsElapsed() / 1e6;
        if (!doc)
            qFatal("%s", qPrintable(doc.error().toString()));
        t.restart();
        if (!view.showEntry(edition, code))
            qFatal("cannot show %s", qPrintable(code));
        shown << t.nsecsElapsed() / 1e6;
    }
    out << name << " open entry (query only): " << summary(query) << Qt::endl;
    out << name << " open entry (query + render in EntryView): " << summary(shown) << Qt::endl;
}

void importInto(const QString& path, const QStringList& files)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    for (const QString& f : files)
        if (auto r = importFile(**db, f, ImportFormat::PacelineJson); !r)
            qFatal("%s", qPrintable(r.error().toString()));
}

void benchDatabase(const QString& name, const QString& path, const QStringList& queries,
                   int maxEditions)
{
    DatabaseSession session;
    if (!session.open(path, false))
        qFatal("cannot open %s", qPrintable(path));
    benchSearch(name, path, queries);
    const auto entries = benchExpand(name, session, maxEditions);
    benchOpenEntry(name, session, entries);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString work =
        option("--work", QDir::tempPath() + QStringLiteral("/paceline-bench-browser"));
    const int editions = option("--editions", QStringLiteral("100")).toInt();
    const int nodes = option("--nodes", QStringLiteral("7000")).toInt();
    QDir().mkpath(work);

    const QStringList queries = {QStringLiteral("\"intrusion software\""),
                                 QStringLiteral("intrusion software"),
                                 QStringLiteral("encrypt*"),
                                 QStringLiteral("4a5"),
                                 QStringLiteral("5A002"),
                                 QStringLiteral("4.A.5"),
                                 QStringLiteral("laser"),
                                 QStringLiteral("software"),
                                 QStringLiteral("technology"),
                                 QStringLiteral("\"specially designed\""),
                                 QStringLiteral("night vision"),
                                 QStringLiteral("semiconductor wafer"),
                                 QStringLiteral("uranium"),
                                 QStringLiteral("spectrum analyzer"),
                                 QStringLiteral("de*"),
                                 QStringLiteral("the")};

    const QString ccl = QStringLiteral(PACELINE_SHARED_DATA_DIR "/lists/us-ccl-2025.paceline.json");
    if (QFileInfo::exists(ccl)) {
        const QString path = work + QStringLiteral("/ccl.sqlite");
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        importInto(path, {ccl});
        benchDatabase(QStringLiteral("ccl"), path, queries, 1);
    } else {
        out << "ccl: skipped (../shared/data absent)" << Qt::endl;
    }

    if (args.contains(QStringLiteral("--no-synthetic")))
        return 0;
    const QString path = work + QStringLiteral("/corpus-%1x%2.sqlite").arg(editions).arg(nodes);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        importInto(path,
                   bench::writeSyntheticCorpus(work + QStringLiteral("/corpus"), editions, nodes));
        out << "synthetic corpus imported in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    // The tree of the newest edition and two more; every edition is searched.
    benchDatabase(QStringLiteral("synthetic %1x%2").arg(editions).arg(nodes), path, queries, 3);
    return 0;
}
