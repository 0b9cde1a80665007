// Edition benchmarks (issue 3, part 5): comparing two 7,000-node editions of one list (budget
// 150 ms, loading both editions included), with and without typography, the redline of every
// changed node, an entry's history, and the real CCL against a modified copy. One line each.
// Also the list churn (issue 5): every consecutive pair of 10 editions of one list.
//
//   build/release/tests/bench/bench_editions [--work DIR] [--nodes 7000] [--runs 15]

#include "SyntheticCorpus.h"

#include "editions/EditionDiff.h"
#include "editions/EntryHistory.h"
#include "editions/ListChurn.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace paceline;

namespace {

QTextStream out(stdout);

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Median and worst wall time of `runs` calls of fn, and the median CPU time of this thread
// (which other work on a busy machine does not inflate), in milliseconds.
void measure(const char* name, int runs, const std::function<QString()>& fn)
{
    QList<double> times, cpu;
    QString note;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        note = fn();
        cpu << threadCpuMs() - c0;
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    out << name << ": median " << QString::number(times.at(times.size() / 2), 'f', 1) << " ms, max "
        << QString::number(times.last(), 'f', 1) << " ms, median CPU "
        << QString::number(cpu.at(cpu.size() / 2), 'f', 1) << " ms over " << runs << " runs ("
        << note << ")" << Qt::endl;
}

qint64 importOrDie(Database& db, const ListDocument& doc)
{
    auto r = ListStore(db).importDocument(doc);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r->edition.id;
}

QString describe(const EditionComparison& c)
{
    return QStringLiteral("%1 + %2 nodes; %3 added, %4 removed, %5 changed")
        .arg(c.from.nodes.size())
        .arg(c.to.nodes.size())
        .arg(c.count(ChangeKind::Added))
        .arg(c.count(ChangeKind::Removed))
        .arg(c.count(ChangeKind::Changed));
}

void benchComparison(Database& db, qint64 a, qint64 b, const char* prefix, int runs)
{
    for (bool typography : {false, true}) {
        EditionDiffOptions options;
        options.ignoreTypography = typography;
        const QByteArray name =
            QByteArray(prefix) + (typography ? "_compare_ignore_typography" : "_compare");
        measure(name.constData(), runs, [&] {
            auto c = compareEditions(db, a, b, options);
            if (!c)
                qFatal("%s", qPrintable(c.error().toString()));
            return describe(c.value());
        });
    }
    auto c = compareEditions(db, a, b);
    const QByteArray name = QByteArray(prefix) + "_all_redlines";
    measure(name.constData(), std::max(3, runs / 3), [&] {
        int segments = 0;
        for (const NodeChange& change : c->changes)
            segments += static_cast<int>(c->textDiff(change).size());
        return QStringLiteral("%1 redlines, %2 segments").arg(c->changes.size()).arg(segments);
    });
}

// Ten editions of a list of their own, compared pair by pair as the churn chart does.
void benchChurn(Database& db, int nodes, int runs)
{
    const QString key = QStringLiteral("churn");
    for (int k = 0; k < 10; ++k)
        importOrDie(db, bench::makeSyntheticEdition(key, k, nodes));
    for (bool typography : {false, true}) {
        EditionDiffOptions options;
        options.ignoreTypography = typography;
        measure(typography ? "churn_10_editions_ignore_typography" : "churn_10_editions",
                std::max(3, runs / 3), [&] {
                    auto churn = computeListChurn(db, key, options);
                    if (!churn)
                        qFatal("%s", qPrintable(churn.error().toString()));
                    int total = 0;
                    for (const ChurnStep& s : churn->steps)
                        total += s.total();
                    return QStringLiteral("%1 editions x %2 nodes, %3 comparisons, %4 changes")
                        .arg(churn->editions.size())
                        .arg(nodes)
                        .arg(churn->steps.size())
                        .arg(total);
                });
    }
}

void benchRealList(Database& db, int runs)
{
    const QString ccl = QStringLiteral(PACELINE_SHARED_DATA_DIR "/lists/us-ccl-2025.paceline.json");
    if (!QFileInfo::exists(ccl)) {
        out << "ccl_compare: skipped (../shared/data absent)" << Qt::endl;
        return;
    }
    auto doc = readListJsonFile(ccl);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    ListDocument copy = doc.value();
    copy.editionLabel += QStringLiteral(" (modified)");
    for (qsizetype i = 0; i < copy.nodes.size(); i += 50)
        copy.nodes[i].text += QStringLiteral(" amended");
    const qint64 a = importOrDie(db, doc.value());
    const qint64 b = importOrDie(db, copy);
    benchComparison(db, a, b, "ccl", runs);
    measure("ccl_entry_history", runs, [&] {
        auto h = entryHistory(db, b, QStringLiteral("5A002"));
        return QStringLiteral("%1 steps").arg(h ? h->size() : -1);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QTemporaryDir tmp;
    const QString work = option("--work", tmp.path());
    const int nodes = option("--nodes", QStringLiteral("7000")).toInt();
    const int runs = option("--runs", QStringLiteral("15")).toInt();

    const QString path = work + QStringLiteral("/editions.sqlite");
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    const qint64 a =
        importOrDie(**db, bench::makeSyntheticEdition(QStringLiteral("syn"), 0, nodes));
    const qint64 b =
        importOrDie(**db, bench::makeSyntheticEdition(QStringLiteral("syn"), 1, nodes));
    benchComparison(**db, a, b, "synthetic", runs);
    benchChurn(**db, nodes, runs);
    benchRealList(**db, runs);
    return 0;
}
