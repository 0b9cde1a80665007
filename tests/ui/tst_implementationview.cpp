#include "TestSupport.h"

#include "charts/ChartExport.h"
#include "charts/ChartExportCommand.h"
#include "charts/ImplementationTableModel.h"
#include "charts/ImplementationView.h"
#include "session/DatabaseSession.h"
#include "timeline/TimelineStore.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <qcustomplot.h>

using namespace paceline;
using namespace paceline::test;

// The Implementation tab on the demo dataset: the Wassenaar summaries of 2012 and 2023, the
// EU summary of 2023 and the demo timeline.
class TestImplementationView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;

    static int rowOf(const ImplementationTableModel& model, const char* code)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.rowAt(r)->change.code == QLatin1String(code))
                return r;
        return -1;
    }

    static int pointsIn(QCustomPlot& plot)
    {
        int n = 0;
        for (int i = 0; i < plot.plottableCount(); ++i)
            if (auto* c = qobject_cast<QCPCurve*>(plot.plottable(i)))
                n += c->dataCount();
        return n;
    }

    void waitLoaded(ImplementationView& view)
    {
        QSignalSpy loaded(&view, &ImplementationView::dataLoaded);
        if (view.isLoading())
            QVERIFY(loaded.wait(30000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("demo.sqlite")), true));
    }

    void showsEveryChangeWithEachList()
    {
        ImplementationView view(&m_session);
        waitLoaded(view);
        ImplementationTableModel* model = view.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 19);
        // Code, change, decision, then date and status for the one national list.
        QCOMPARE(model->columnCount(), 5);
        QCOMPARE(model->headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("eu-annex-i: date, lag"));
        const int row = rowOf(*model, "4.A.5");
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 2).data().toString(), QStringLiteral("2013-12-04 (CE-019)"));
        QCOMPARE(model->index(row, 3).data().toString(), QStringLiteral("2014-10-22 \u00b7 0.9 y"));
        QCOMPARE(model->index(row, 4).data().toString(),
                 QStringLiteral("implemented differently \u00b7 CE-020"));
        QVERIFY(model->index(row, 4)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Timeline event CE-020")));
        // One marker per change and list.
        QCOMPARE(pointsIn(*view.plot()), 19);
        QVERIFY(view.headline().contains(QLatin1String("19 regime change(s)")));
        QVERIFY(view.headline().contains(QLatin1String("eu-annex-i: median")));
    }

    void filtersNarrowTableAndChart()
    {
        ImplementationView view(&m_session);
        waitLoaded(view);
        ImplementationFilter filter;
        filter.year = 2019;
        view.setFilter(filter);
        QVERIFY(view.model()->rowCount() > 0);
        QVERIFY(view.model()->rowCount() < 19);
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QCOMPARE(view.model()->rowAt(r)->regimeDate.latest->year(), 2019);
        QCOMPARE(pointsIn(*view.plot()), view.model()->rowCount());

        filter = ImplementationFilter();
        filter.category = QStringLiteral("4");
        filter.evidence = EvidenceKind::TimelineEvent;
        view.setFilter(filter);
        QStringList codes;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            codes << view.model()->rowAt(r)->change.code;
        QCOMPARE(codes, strings({"4.A.5", "4.D.4", "4.E.1.c"}));
        QVERIFY(view.snapshot().contains(QLatin1String("Category 4")));
    }

    void cellsOpenTheEntryOrTheTimelineEvent()
    {
        ImplementationView view(&m_session);
        waitLoaded(view);
        QSignalSpy entries(&view, &ImplementationView::openEntryRequested);
        QSignalSpy events(&view, &ImplementationView::openTimelineEventRequested);
        const int row = rowOf(*view.model(), "4.A.5");
        emit view.tableView()->activated(view.model()->index(row, 0));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0][1].toString(), QStringLiteral("4.A.5"));
        QCOMPARE(entries[0][0].toLongLong(), view.model()->rowAt(row)->change.toEditionId);
        // The date cell opens the EU's entry in the edition that shows it.
        emit view.tableView()->activated(view.model()->index(row, 3));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1][1].toString(), QStringLiteral("4A005"));
        // The status cell opens the timeline event its date rests on.
        emit view.tableView()->activated(view.model()->index(row, 4));
        QCOMPARE(events.size(), 1);
        auto all = TimelineStore(*m_session.database()).events();
        QVERIFY(all);
        qint64 ce020 = 0;
        for (const ControlEvent& e : all.value())
            if (e.extId == QLatin1String("CE-020"))
                ce020 = e.id;
        QCOMPARE(events[0][0].toLongLong(), ce020);
    }

    void exportsWithTheDataCaption()
    {
        ImplementationView view(&m_session);
        waitLoaded(view);
        const QString png = m_dir.filePath(QStringLiteral("implementation.png"));
        QVERIFY(exportChart(*view.plot(), png, 1200, 800, view.snapshot()));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 800));
        const QString svg = m_dir.filePath(QStringLiteral("implementation.svg"));
        QCOMPARE(runChartExportCommand(QStringLiteral("implementation"), svg, QString(), QString(),
                                       *m_session.database(), QString()),
                 0);
        const QByteArray text = readAll(svg);
        QVERIFY(text.contains("wa-dul"));
        QVERIFY(text.contains("eu-annex-i median"));
        QCOMPARE(runChartExportCommand(QStringLiteral("implementation"), svg, QString(), QString(),
                                       *m_session.database(), QStringLiteral("nope")),
                 2);
    }

    void cancelKeepsTheViewUsable()
    {
        ImplementationView view(&m_session);
        view.cancel();
        view.reload();
        waitLoaded(view);
        QCOMPARE(view.model()->rowCount(), 19);
    }
};

QTEST_MAIN(TestImplementationView)
#include "tst_implementationview.moc"
