#include "TestSupport.h"

#include "charts/InnovationChart.h"
#include "charts/LagChart.h"
#include "charts/LagTableModel.h"
#include "session/DatabaseSession.h"

#include <QTextBrowser>
#include <QThreadPool>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// The chart tabs of the window read their data on a worker connection: constructing or
// reloading one returns at once, and the data arrives through dataLoaded().
class TestChartWorker : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineTest"));
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("demo.sqlite")), true));
    }

    void innovationChartLoadsOnAWorker()
    {
        InnovationChart direct(*m_session.database());
        InnovationChart chart(&m_session);
        QSignalSpy loaded(&chart, &InnovationChart::dataLoaded);
        QVERIFY(chart.isLoading());
        QVERIFY(chart.data().facts.isEmpty()); // nothing read on the UI thread yet
        QVERIFY(loaded.wait(10000));
        QVERIFY(!chart.isLoading());
        QCOMPARE(chart.data().facts.size(), direct.data().facts.size());
        QCOMPARE(chart.data().lanes.size(), direct.data().lanes.size());
        QVERIFY(chart.data().facts.size() > 100);
        QVERIFY(!chart.details()->toPlainText().contains(QStringLiteral("Reading")));
    }

    void lagChartLoadsOnAWorker()
    {
        LagChart chart(&m_session);
        QSignalSpy loaded(&chart, &LagChart::dataLoaded);
        QVERIFY(chart.isLoading());
        QCOMPARE(chart.model()->rowCount(), 0);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(chart.model()->rowCount(), 31);
        QVERIFY2(chart.trendSentence().contains(QStringLiteral("Median lag 11.4 years across 20")),
                 qPrintable(chart.trendSentence()));
    }

    void aNewerReloadSupersedesTheRunningOne()
    {
        LagChart chart(&m_session);
        QSignalSpy loaded(&chart, &LagChart::dataLoaded);
        chart.reload();
        chart.reload();
        QThreadPool::globalInstance()->waitForDone();
        QTRY_VERIFY(!chart.isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1); // the two superseded reads are dropped
        QCOMPARE(chart.model()->rowCount(), 31);
    }
};

QTEST_MAIN(TestChartWorker)
#include "tst_chartworker.moc"
