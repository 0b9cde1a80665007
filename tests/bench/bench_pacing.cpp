// Implementation-tracking benchmarks (issue 11): the implementation table for 10 regime
// editions x 3 national lists x 20 editions each, 7,000 nodes per edition (budget 1 s), and
// the implementation chart's replot (budget 30 ms). One line each.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_pacing [--nodes 7000] [--runs 5]

#include "SyntheticCorpus.h"

#include "charts/ImplementationPlot.h"
#include "lists/ListStore.h"
#include "pacing/ImplementationFilter.h"
#include "pacing/ImplementationTracker.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <qcustomplot.h>

#include <algorithm>
#include <functional>

using namespace paceline;

namespace {

QTextStream out(stdout);

void measure(const char* name, int runs, const std::function<QString()>& fn)
{
    QList<double> times;
    QString note;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        note = fn();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    out << name << ": median " << QString::number(times.at(times.size() / 2), 'f', 1) << " ms, max "
        << QString::number(times.last(), 'f', 1) << " ms over " << runs << " runs (" << note << ")"
        << Qt::endl;
}

void importOrDie(Database& db, ListDocument doc)
{
    if (auto r = ListStore(db).importDocument(doc); !r)
        qFatal("%s", qPrintable(r.error().toString()));
}

// Edition k of the regime list is synthetic edition k, dated December 2010 + k; national list
// n's edition j (two a year) carries the regime's text of about a year (n + 1) before.
void buildCorpus(Database& db, int nodes)
{
    for (int k = 0; k < 10; ++k) {
        ListDocument doc =
            paceline::bench::makeSyntheticEdition(QStringLiteral("regime"), k, nodes);
        doc.regimeKey = QStringLiteral("wa");
        doc.listKey = QStringLiteral("wa-dual-use");
        doc.editionLabel = QStringLiteral("WA %1").arg(2010 + k);
        doc.editionDate = PartialDate(2010 + k, 12, 5, PartialDate::Precision::Day);
        importOrDie(db, doc);
    }
    const char* regimes[] = {"eu", "us-ear", "uk"};
    for (int n = 0; n < 3; ++n) {
        for (int j = 0; j < 20; ++j) {
            const int source = std::clamp(j / 2 - (n + 1), 0, 9);
            ListDocument doc =
                paceline::bench::makeSyntheticEdition(QStringLiteral("regime"), source, nodes);
            doc.regimeKey = QLatin1String(regimes[n]);
            doc.listKey = QStringLiteral("national-%1").arg(n);
            doc.editionLabel = QStringLiteral("N%1 edition %2").arg(n).arg(j);
            doc.editionDate =
                PartialDate(2010 + j / 2, j % 2 == 0 ? 3 : 9, 1, PartialDate::Precision::Day);
            importOrDie(db, doc);
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, int fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int nodes = option("--nodes", 7000);
    const int runs = option("--runs", 5);
    QTemporaryDir dir;
    Database::Options o;
    auto db = Database::open(dir.filePath(QStringLiteral("pacing.sqlite")), o);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    QElapsedTimer build;
    build.start();
    buildCorpus(**db, nodes);
    out << "corpus: 10 regime editions + 3 x 20 national editions of " << nodes << " nodes in "
        << build.elapsed() / 1000.0 << " s" << Qt::endl;

    ImplementationTable table;
    measure("implementation_table", runs, [&] {
        auto t = computeImplementation(**db);
        if (!t)
            qFatal("%s", qPrintable(t.error().toString()));
        table = t.value();
        return QStringLiteral("%1 changes x %2 lists")
            .arg(table.rows.size())
            .arg(table.lists.size());
    });

    QCustomPlot plot;
    plot.resize(1400, 900);
    const QList<int> all = filterRows(table, ImplementationFilter());
    ImplementationFilter one;
    one.category = tableCategories(table).value(0);
    const QList<int> category = filterRows(table, one);
    measure("implementation_replot_all", runs * 4, [&] {
        ImplementationPlot::render(plot, table, all);
        return QStringLiteral("%1 rows").arg(all.size());
    });
    measure("implementation_replot_category", runs * 4, [&] {
        ImplementationPlot::render(plot, table, category);
        return QStringLiteral("%1 rows").arg(category.size());
    });
    return 0;
}
