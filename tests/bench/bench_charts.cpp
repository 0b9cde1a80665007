// Chart budgets (issue 5), Release build: 10,000 events and 500 technologies.
//   build chart data from the database <= 100 ms; full replot <= 30 ms; pan/zoom >= 30 fps.
#include "SyntheticTimeline.h"
#include "TestSupport.h"

#include "charts/InnovationPlot.h"
#include "lists/ListStore.h"
#include "timeline/ChartData.h"
#include "timeline/TimelineStore.h"

#include <QElapsedTimer>
#include <QtTest>
#include <qcustomplot.h>

using namespace paceline;
using namespace paceline::test;

class BenchCharts : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;
    ChartData m_data;
    QCustomPlot* m_plot = nullptr;

private slots:
    void initTestCase()
    {
        const auto timeline = bench::makeSyntheticTimeline(500, 10000);
        QVERIFY(bench::writeSyntheticTimeline(*m_db.db, timeline));
        auto data = ChartData::fromDatabase(*m_db.db, ChartFilter());
        QVERIFY(data);
        m_data = *data;
        qInfo("lanes %lld, facts %lld (events on lanes %d)", qlonglong(m_data.lanes.size()),
              qlonglong(m_data.facts.size()), m_data.factCount(true));
        m_plot = new QCustomPlot;
        m_plot->resize(1600, 1000);
        m_plot->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_plot));
        InnovationPlot::render(*m_plot, m_data);
        m_plot->replot();
    }
    void cleanupTestCase() { delete m_plot; }

    void buildChartDataFromDatabase()
    {
        QBENCHMARK
        {
            auto data = ChartData::fromDatabase(*m_db.db, ChartFilter());
            QVERIFY(data);
        }
    }

    void readTimelineFromDatabase()
    {
        QBENCHMARK
        {
            TimelineStore store(*m_db.db);
            QVERIFY(store.technologies());
            QVERIFY(store.milestones());
            QVERIFY(store.events());
        }
    }

    void buildChartDataInMemory()
    {
        TimelineStore store(*m_db.db);
        const auto t = *store.technologies();
        const auto m = *store.milestones();
        const auto e = *store.events();
        QBENCHMARK
        {
            const ChartData d = ChartData::build(t, m, e, {}, ChartFilter());
            QVERIFY(!d.lanes.isEmpty());
        }
    }

    void buildChartDataInMemoryWithFilter()
    {
        ChartFilter f;
        f.regimes = {RegimeGroup::US, RegimeGroup::Wassenaar};
        f.sort = LaneSort::Lag;
        f.groupByCategory = true;
        QBENCHMARK
        {
            auto data = ChartData::fromDatabase(*m_db.db, f);
            QVERIFY(data);
        }
    }

    void renderPlottables()
    {
        QBENCHMARK
        {
            InnovationPlot::render(*m_plot, m_data);
        }
    }

    void fullReplot()
    {
        InnovationPlot::render(*m_plot, m_data);
        QBENCHMARK
        {
            m_plot->replot(QCustomPlot::rpImmediateRefresh);
        }
    }

    void panAndZoomFrameRate()
    {
        InnovationPlot::render(*m_plot, m_data);
        m_plot->xAxis->setRange(1990, 2010);
        const int frames = 120;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < frames; ++i) {
            if (i % 2)
                m_plot->xAxis->moveRange(0.25);
            else
                m_plot->xAxis->scaleRange(i % 4 ? 1.05 : 0.95, m_plot->xAxis->range().center());
            m_plot->replot(QCustomPlot::rpImmediateRefresh);
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        qInfo("pan/zoom: %d frames in %.1f ms = %.1f fps (%.2f ms per frame)", frames, ms,
              frames * 1000.0 / ms, ms / frames);
    }
};

QTEST_MAIN(BenchCharts)
#include "bench_charts.moc"
