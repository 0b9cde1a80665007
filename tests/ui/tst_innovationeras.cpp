#include "TestSupport.h"

#include "charts/ChartExport.h"
#include "charts/EraBandItem.h"
#include "charts/InnovationChart.h"
#include "charts/InnovationPlot.h"
#include "charts/ZoomPresetBox.h"
#include "demo/DemoDataset.h"
#include "timeline/EraStore.h"

#include <QComboBox>
#include <QProcess>
#include <QtTest>
#include <qcustomplot.h>

using namespace paceline;
using namespace paceline::test;

namespace {

QList<EraBandItem*> bandsOf(QCustomPlot& plot)
{
    QList<EraBandItem*> out;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* band = qobject_cast<EraBandItem*>(plot.item(i)))
            out << band;
    return out;
}

} // namespace

// Era bands behind the innovation chart and the zoom presets of its time axis.
class TestInnovationEras : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;
    int m_eras = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(installDemoDataset(*m_db.db));
        m_eras = int(EraStore(*m_db.db).eras()->size());
        QVERIFY(m_eras >= 4);
    }

    void bandsAreDrawnBehindTheDataAndLabelledAboveIt()
    {
        InnovationChart chart(*m_db.db);
        chart.resize(1400, 900);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        QCustomPlot& plot = *chart.plot();
        const QList<EraBandItem*> bands = bandsOf(plot);
        QCOMPARE(bands.size(), m_eras);
        const QRect area = plot.axisRect()->rect();
        QStringList labels;
        for (EraBandItem* band : bands) {
            QCOMPARE(band->layer()->name(), QStringLiteral("background"));
            labels << band->band().era.label;
            // Labels sit in the strip above the plot area, never over a marker.
            if (!band->labelRect().isEmpty())
                QVERIFY(band->labelRect().bottom() <= area.top());
            QVERIFY(band->bandRect().width() >= 3.0); // a two-day plenary stays visible
        }
        QVERIFY(labels.contains(QStringLiteral("ECRA period")));
        QVERIFY(labels.contains(QStringLiteral("WA plenary Dec 2013")));
        // Background is drawn before the data layers.
        QVERIFY(plot.layer(QStringLiteral("background"))->index() <
                plot.layer(QStringLiteral("main"))->index());
        // The open-ended ECRA band runs to today.
        for (EraBandItem* band : bands)
            if (band->band().era.label == QLatin1String("ECRA period"))
                QCOMPARE(band->band().end, decimalYear(QDate::currentDate().addDays(1)));
        QVERIFY(chart.snapshot().contains(QStringLiteral("Eras: %1 shaded").arg(m_eras)));

        // The toggle takes them away, and the strip with them.
        chart.setErasShown(false);
        QCOMPARE(bandsOf(plot).size(), 0);
        // Only the row of edition names stays above the plot.
        const int withoutEras = plot.axisRect()->minimumMargins().top();
        QCOMPARE(withoutEras, QFontMetrics(EraBandItem::labelFont(plot)).height() + 4);
        chart.setErasShown(true);
        QCOMPARE(bandsOf(plot).size(), m_eras);
        QCOMPARE(plot.axisRect()->minimumMargins().top(),
                 withoutEras + EraBandItem::stripHeight(plot));
    }

    void zoomPresetsSetTheTimeAxis()
    {
        using Preset = InnovationPlot::ZoomPreset;
        InnovationChart chart(*m_db.db);
        const ChartData& d = chart.data();
        QCPAxis* x = chart.plot()->xAxis;
        QVERIFY(!d.facts.isEmpty());
        QCOMPARE(chart.zoomPreset(), std::optional<Preset>(Preset::All));

        // 5 and 10 years end with the year of the latest fact.
        chart.applyZoomPreset(Preset::LastFiveYears);
        QCOMPARE(x->range().upper, std::ceil(d.maxX));
        QCOMPARE(x->range().size(), 5.0);
        QCOMPARE(chart.zoomBox()->comboBox()->currentText(), QStringLiteral("5 years"));
        chart.applyZoomPreset(Preset::LastTenYears);
        QCOMPARE(x->range().upper, std::ceil(d.maxX));
        QCOMPARE(x->range().size(), 10.0);

        // Fit hugs the facts; All takes in every era band as well.
        chart.applyZoomPreset(Preset::FitToData);
        QVERIFY(x->range().lower < d.minX && x->range().lower > d.minX - 1.5);
        QVERIFY(x->range().upper > d.maxX && x->range().upper < d.maxX + 1.5);
        chart.applyZoomPreset(Preset::All);
        QCOMPARE(x->range(), InnovationPlot::fullRange(d));
        for (const ChartEra& e : d.eras) {
            QVERIFY(x->range().lower <= e.start);
            QVERIFY(x->range().upper >= e.end);
        }

        // A preset survives a filter change; a pan by hand makes the zoom "Custom".
        chart.applyZoomPreset(Preset::LastFiveYears);
        ChartFilter f;
        f.minConfidence = Confidence::High;
        chart.setFilter(f);
        QCOMPARE(x->range().size(), 5.0);
        QCOMPARE(x->range().upper, std::ceil(chart.data().maxX));
        x->setRange(2000, 2004);
        QVERIFY(!chart.zoomPreset());
        QCOMPARE(chart.zoomBox()->comboBox()->currentIndex(), -1);
        QCOMPARE(chart.zoomBox()->comboBox()->currentText(), QString());
    }

    void presetsAreKeyboardReachable()
    {
        using Preset = InnovationPlot::ZoomPreset;
        InnovationChart chart(*m_db.db);
        chart.resize(1200, 800);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QApplication::setActiveWindow(&chart);
        QTest::keyClick(&chart, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(chart.zoomPreset(), std::optional<Preset>(Preset::LastFiveYears));
        QCOMPARE(chart.plot()->xAxis->range().size(), 5.0);
        QTest::keyClick(&chart, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(chart.zoomPreset(), std::optional<Preset>(Preset::All));
        // The box itself: Alt+Z focuses it, arrows choose.
        QTest::keyClick(&chart, Qt::Key_Z, Qt::AltModifier);
        QComboBox* box = chart.zoomBox()->comboBox();
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(chart.zoomPreset(), std::optional<Preset>(Preset::FitToData));
    }

    void exportedChartsShowTheBands()
    {
        QTemporaryDir dir;
        InnovationChart chart(*m_db.db);
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(exportChart(*chart.plot(), svg, 1200, 800, chart.snapshot()));
        QVERIFY(readAll(svg).contains("ECRA period"));

        // The command-line export reads the eras from the database too.
        const QString out = dir.filePath(QStringLiteral("cli.svg"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PACELINE_GUI_PATH),
                {QStringLiteral("--db"), m_db.path, QStringLiteral("--export-chart"),
                 QStringLiteral("innovation"), QStringLiteral("--out"), out,
                 QStringLiteral("--width"), QStringLiteral("1200"), QStringLiteral("--height"),
                 QStringLiteral("800")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(readAll(out).contains("ECRA period"));
    }
};

QTEST_MAIN(TestInnovationEras)
#include "tst_innovationeras.moc"
