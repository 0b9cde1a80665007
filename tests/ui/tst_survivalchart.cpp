#include "TestSupport.h"

#include "charts/ChartExport.h"
#include "charts/LagChart.h"
#include "demo/DemoDataset.h"
#include "timeline/Survival.h"

#include <QImage>
#include <QtTest>
#include <qcustomplot.h>

using namespace paceline;
using namespace paceline::test;

namespace {

QCPGraph* graphNamed(QCustomPlot& plot, const QString& prefix)
{
    for (int i = 0; i < plot.graphCount(); ++i)
        if (plot.graph(i)->name().startsWith(prefix))
            return plot.graph(i);
    return nullptr;
}

} // namespace

// The Lag analysis tab's Kaplan-Meier view on the demo timeline, "today" pinned.
class TestSurvivalChart : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;
    const QDate m_today{2026, 1, 1};

    SurvivalAnalysis expected(LagTarget target) const
    {
        return SurvivalAnalysis::compute(LagAnalysis::fromDatabase(*m_db.db).value(), target,
                                         m_today);
    }

private slots:
    void initTestCase() { QVERIFY(installDemoDataset(*m_db.db)); }

    void kaplanMeierViewShowsOneCurveWithItsBand()
    {
        LagChart chart(*m_db.db);
        chart.setToday(m_today);
        QCustomPlot* scatter = chart.plot();
        chart.setView(LagChart::View::Survival);
        QCustomPlot* km = chart.plot();
        QVERIFY(km != scatter);
        QVERIFY(km->isVisibleTo(&chart));

        // Band low and high, curve, censoring marks; two legend keys (band, "+").
        QCOMPARE(km->graphCount(), 6);
        const SurvivalAnalysis a = expected(LagTarget::FirstControl);
        QCPGraph* curve = graphNamed(*km, QStringLiteral("all technologies: n = "));
        QVERIFY(curve);
        QCOMPARE(curve->data()->size(), a.all.steps.size() + 1); // plus (0, 1)
        QCOMPARE(curve->data()->at(0)->value, 1.0);
        QCOMPARE(curve->lineStyle(), QCPGraph::lsStepLeft);
        QCOMPARE((curve->data()->constEnd() - 1)->value, a.all.steps.last().survival);
        QCOMPARE(a.all.count + a.withoutEmergence, 31);
        QVERIFY(a.all.censored > 0); // the demo has uncontrolled technologies

        QCPGraph* marks = graphNamed(*km, QStringLiteral("not controlled yet"));
        QVERIFY(marks);
        int censoredTimes = 0;
        for (const SurvivalStep& s : a.all.steps)
            censoredTimes += s.censored > 0;
        QCOMPARE(km->graph(3)->data()->size(), censoredTimes);
        QCOMPARE(km->graph(3)->scatterStyle().shape(), QCPScatterStyle::ssPlus);
        QVERIFY(km->graph(1)->channelFillGraph() == km->graph(0)); // the shaded band

        QCOMPARE(km->xAxis->label(), QStringLiteral("Years since emergence"));
        QCOMPARE(km->yAxis->label(), QStringLiteral("Share not yet controlled"));
        const QString headline = chart.trendSentence();
        QVERIFY2(headline.startsWith(QStringLiteral("Median time to first control: ") +
                                     a.all.median.describe()),
                 qPrintable(headline));
        QCOMPARE(headline, QStringLiteral("Median time to first control: 12.4 y (95% CI 7.5 "
                                          "\u2013 15.5), across 25 technologies: 20 controlled, "
                                          "5 not yet (counted until 1 Jan 2026). 6 without an "
                                          "emergence date left out."));
    }

    void byDecadeDrawsOneCurvePerDecade()
    {
        LagChart chart(*m_db.db);
        chart.setToday(m_today);
        chart.setView(LagChart::View::Survival);
        chart.setGrouping(SurvivalGrouping::ByDecade);
        const SurvivalAnalysis a = expected(LagTarget::FirstControl);
        QVERIFY(a.byDecade.size() >= 3);
        QCOMPARE(chart.plot()->graphCount(), 4 * int(a.byDecade.size()) + 2);
        for (const SurvivalCurve& c : a.byDecade)
            QVERIFY2(graphNamed(*chart.plot(), c.name + QStringLiteral(": n = ")),
                     qPrintable(c.name));
        QCOMPARE(chart.plot()->legend->itemCount(), int(a.byDecade.size()) + 2);
        QVERIFY2(chart.trendSentence().contains(QStringLiteral("Medians by decade of emergence: ")),
                 qPrintable(chart.trendSentence()));
    }

    void targetAndViewSwitches()
    {
        LagChart chart(*m_db.db);
        chart.setToday(m_today);
        chart.setView(LagChart::View::Survival);
        chart.setTarget(LagTarget::FirstEuControl);
        const SurvivalAnalysis eu = expected(LagTarget::FirstEuControl);
        QVERIFY(eu.all.events < expected(LagTarget::FirstControl).all.events);
        QVERIFY2(chart.trendSentence().contains(QStringLiteral("first EU control: ") +
                                                eu.all.median.describe()),
                 qPrintable(chart.trendSentence()));
        chart.setView(LagChart::View::Trend);
        QVERIFY2(chart.trendSentence().startsWith(QStringLiteral("Median lag")),
                 qPrintable(chart.trendSentence()));
    }

    void exportWritesTheKaplanMeierView()
    {
        LagChart chart(*m_db.db);
        chart.setToday(m_today);
        chart.setView(LagChart::View::Survival);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("km.png"));
        const QString svg = dir.filePath(QStringLiteral("km.svg"));
        const QString caption = snapshotCaption(chart.trendSentence(), {});
        QVERIFY(exportChart(*chart.plot(), png, 900, 600, caption));
        QVERIFY(exportChart(*chart.plot(), svg, 900, 600, caption));
        QCOMPARE(QImage(png).size(), QSize(900, 600));
        const QByteArray text = readAll(svg);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains("<svg"));
        QCOMPARE(chart.plot()->graphCount(), 6); // the export leaves the plot as it was
    }
};

QTEST_MAIN(TestSurvivalChart)
#include "tst_survivalchart.moc"
