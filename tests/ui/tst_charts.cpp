#include "TestSupport.h"

#include "charts/ChartExport.h"
#include "charts/ChartExportDialog.h"
#include "charts/LagPlot.h"
#include "charts/InnovationChart.h"
#include "charts/InnovationPlot.h"
#include "charts/LagChart.h"
#include "charts/LagTableModel.h"
#include "demo/DemoDataset.h"
#include "session/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTabWidget>
#include <QTextBrowser>
#include <QXmlStreamReader>
#include <QtTest>
#include <qcustomplot.h>

using namespace paceline;
using namespace paceline::test;

class TestCharts : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;

    static void checkFile(const QString& path, int width, int height)
    {
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        if (path.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(width, height));
        } else if (path.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(bytes.contains(QStringLiteral("MediaBox [0 0 %1.000000 %2.000000]")
                                       .arg(width)
                                       .arg(height)
                                       .toLatin1()));
        } else {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd() && !xml.isStartElement())
                xml.readNext();
            QCOMPARE(xml.name(), QLatin1String("svg"));
            QCOMPARE(xml.attributes().value(QLatin1String("width")).toInt(), width);
            QCOMPARE(xml.attributes().value(QLatin1String("height")).toInt(), height);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(bytes.contains("made ")); // the caption with the data snapshot
        }
    }

    // The largest type in an SVG export, in points.
    static double largestFont(const QString& svg)
    {
        double largest = 0;
        static const QRegularExpression size(QStringLiteral("font-size=\"([0-9.]+)\""));
        auto it = size.globalMatch(QString::fromUtf8(readAll(svg)));
        while (it.hasNext())
            largest = std::max(largest, it.next().captured(1).toDouble());
        return largest;
    }

    static int runPaceline(const QStringList& args, QString* errors = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PACELINE_GUI_PATH), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void initTestCase() { QVERIFY(installDemoDataset(*m_db.db)); }

    void commandLineWorksHeadlessOnTheDefaultDatabase()
    {
        // As on a server: no display, no platform chosen, no runtime folder, a fresh home.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("PACELINE_DB"));
        auto run = [&](const QStringList& args, QString* err) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PACELINE_GUI_PATH), args);
            if (!p.waitForFinished(60000))
                return -1;
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        };
        QString err;
        QCOMPARE(run({QStringLiteral("--help")}, &err), 0);
        const QString out = home.filePath(QStringLiteral("lag.png"));
        QCOMPARE(run({QStringLiteral("--export-chart"), QStringLiteral("lag"),
                      QStringLiteral("--out"), out},
                     &err),
                 0);
        QVERIFY2(!err.contains(QLatin1String("XDG_RUNTIME_DIR")), qPrintable(err));
        QVERIFY(QImage(out).width() > 0);
        // The GUI's default database, created with the demo as on a first start.
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("data/Paceline/paceline.sqlite"))));
    }

    void demoChartHasIntrusionSoftwareWithTheWassenaarEvent()
    {
        InnovationChart chart(*m_db.db);
        chart.resize(1400, 900);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        const ChartData& d = chart.data();
        int factIndex = -1;
        for (qsizetype i = 0; i < d.facts.size(); ++i)
            if (d.facts.at(i).extId == QLatin1String("CE-019") &&
                d.lanes.at(d.facts.at(i).lane).technology.label ==
                    QLatin1String("intrusion_software"))
                factIndex = int(i);
        QVERIFY(factIndex >= 0);
        const ChartFact& f = d.facts.at(factIndex);
        QCOMPARE(f.date.toDisplayString(), QStringLiteral("4 Dec 2013"));

        // Clicking the marker shows its details and the intrusion-software cases.
        const QPoint at(int(chart.plot()->xAxis->coordToPixel(f.centre())),
                        int(chart.plot()->yAxis->coordToPixel(InnovationPlot::markerY(f))));
        QCOMPARE(d.facts.at(chart.factAt(at)).extId, QStringLiteral("CE-019"));
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, at);
        const QString text = chart.details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Wassenaar")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("4.A.5")));
        QVERIFY(text.contains(QStringLiteral("Related cases (3)")));
        QVERIFY(text.contains(QStringLiteral("10.4 years")));

        // The lane carries the whole chain: the regime's lag and each list's, as labels drawn
        // beside their steps.
        QStringList labels;
        for (int i = 0; i < chart.plot()->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(chart.plot()->item(i)))
                labels << t->text();
        for (const char* label : {"Wassenaar 10.4 y", "US +8.3 y", "EU +0.9 y"})
            QVERIFY2(labels.contains(QLatin1String(label)), label);
    }

    void filtersChangeTheChart()
    {
        InnovationChart chart(*m_db.db);
        const qsizetype all = chart.data().facts.size();
        ChartFilter f;
        f.regimes = {RegimeGroup::MTCR};
        f.minConfidence = Confidence::High;
        chart.setFilter(f);
        QVERIFY(chart.data().facts.size() < all);
        for (const ChartFact& fact : chart.data().facts) {
            QVERIFY(!fact.isEvent || fact.regime == RegimeGroup::MTCR);
            QCOMPARE(fact.confidence, Confidence::High);
        }
        QVERIFY(chart.snapshot().contains(QStringLiteral("Regimes: MTCR")));
    }

    void lagChartAndTable()
    {
        LagChart chart(*m_db.db);
        QAbstractItemModelTester tester(chart.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(chart.model()->rowCount(), 31); // every technology except the regime-wide row
        QVERIFY2(chart.trendSentence().contains(QStringLiteral("Median lag 11.4 years across 20")),
                 qPrintable(chart.trendSentence()));
        chart.setTarget(LagTarget::FirstUsControl);
        QVERIFY2(chart.trendSentence().contains(QStringLiteral("across 20 technologies")),
                 qPrintable(chart.trendSentence()));
        chart.setTarget(LagTarget::FirstEuControl);
        QVERIFY(chart.model()->rowCount() == 31);
    }

    void chartsMenuOpensTheTabs()
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(m_db.path, false));
        QMenu* charts = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Charts"))
                charts = a->menu();
        QVERIFY(charts);
        for (QAction* a : charts->actions())
            a->trigger();
        QStringList tabs;
        for (int i = 0; i < window.tabs()->count(); ++i)
            tabs << window.tabs()->tabText(i);
        QVERIFY2(tabs.contains(QStringLiteral("Innovation vs update")),
                 qPrintable(tabs.join(QLatin1Char(','))));
        QVERIFY(tabs.contains(QStringLiteral("Lag analysis")));
        QVERIFY(tabs.contains(QStringLiteral("Implementation")));
        charts->actions().first()->trigger(); // a second time brings the tab forward, no duplicate
        QCOMPARE(window.tabs()->count(), tabs.size());
    }

    void exportFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "chart.png";
        QTest::newRow("pdf") << "chart.pdf";
        QTest::newRow("svg") << "chart.svg";
    }
    void exportFormats()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        InnovationChart chart(*m_db.db);
        const QString path = dir.filePath(name);
        const Status s =
            exportChart(*chart.plot(), path, 900, 600, snapshotCaption(chart.snapshot(), {}));
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        checkFile(path, 900, 600);
    }

    // The words of an exported chart PDF are plain letters: no "fi" ligature (U+FB01) in the
    // caption, titles and labels, so the PDF can be searched.
    void pdfTextHasNoLigatures()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
        QTemporaryDir dir;
        InnovationChart chart(*m_db.db);
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        const QString caption = QStringLiteral("Official figures, first filed");
        const Status s = exportChart(*chart.plot(), path, 900, 600, caption);
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QStringList ligatures;
        for (const QChar ch : text)
            if (ch.unicode() >= 0xFB00 && ch.unicode() <= 0xFB06)
                ligatures << QStringLiteral("U+%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        QVERIFY2(ligatures.isEmpty(), qPrintable(ligatures.join(QStringLiteral(", "))));
        QVERIFY2(text.simplified().contains(caption), qPrintable(text));
    }

    void exportRefusesUnknownFormatsAndSizes()
    {
        QTemporaryDir dir;
        QCustomPlot plot;
        const Status gif = exportChart(plot, dir.filePath(QStringLiteral("c.gif")), 800, 600, {});
        QVERIFY(!gif);
        QCOMPARE(gif.error().kind, Error::Kind::BadInput);
        QVERIFY(gif.error().message.contains(QStringLiteral("gif")));
        QVERIFY(!exportChart(plot, dir.filePath(QStringLiteral("c.png")), 10, 600, {}));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.png"))));
    }

    void commandLineExport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("innovation png") << "innovation"
                                        << "i.png";
        QTest::newRow("lag svg") << "lag"
                                 << "l.svg";
        QTest::newRow("innovation pdf") << "innovation"
                                        << "i.pdf";
        QTest::newRow("survival png") << "survival"
                                      << "s.png";
    }
    void commandLineExport()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        QString errors;
        QCOMPARE(
            runPaceline({QStringLiteral("--db"), m_db.path, QStringLiteral("--export-chart"), kind,
                         QStringLiteral("--out"), out, QStringLiteral("--width"),
                         QStringLiteral("1000"), QStringLiteral("--height"), QStringLiteral("700")},
                        &errors),
            0);
        checkFile(out, 1000, 700);
    }

    void commandLineBadArguments()
    {
        QTemporaryDir dir;
        QString errors;
        QCOMPARE(runPaceline({QStringLiteral("--db"), m_db.path, QStringLiteral("--export-chart"),
                              QStringLiteral("pie"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("x.png"))},
                             &errors),
                 2);
        QVERIFY(
            errors.contains(QStringLiteral("innovation, lag, churn, survival or implementation")));
        QCOMPARE(runPaceline({QStringLiteral("--db"), m_db.path, QStringLiteral("--export-chart"),
                              QStringLiteral("lag")},
                             &errors),
                 2);
        QVERIFY(errors.contains(QStringLiteral("--out")));
        QCOMPARE(
            runPaceline({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite")),
                         QStringLiteral("--export-chart"), QStringLiteral("lag"),
                         QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))},
                        &errors),
            2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    // `paceline --export-chart` takes the filters of the chart's tab, and the caption under
    // the chart says which.
    void commandLineTakesTheTabsFilters()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("filtered.svg"));
        QString errors;
        QCOMPARE(runPaceline({QStringLiteral("--db"),           m_db.path,
                              QStringLiteral("--export-chart"), QStringLiteral("innovation"),
                              QStringLiteral("--out"),          out,
                              QStringLiteral("--regime"),       QStringLiteral("us,wassenaar"),
                              QStringLiteral("--confidence"),   QStringLiteral("medium"),
                              QStringLiteral("--from"),         QStringLiteral("2010"),
                              QStringLiteral("--to"),           QStringLiteral("2020"),
                              QStringLiteral("--technology"),   QStringLiteral("intrusion"),
                              QStringLiteral("--width"),        QStringLiteral("1280"),
                              QStringLiteral("--height"),       QStringLiteral("720")},
                             &errors),
                 0);
        checkFile(out, 1280, 720);
        QVERIFY2(readAll(out).contains(
                     QStringLiteral("Technologies: \u201cintrusion\u201d (1) \u00b7 Regimes: "
                                    "Wassenaar, US \u00b7 Confidence \u2265 medium \u00b7 Years: "
                                    "2010\u20132020")
                         .toUtf8()),
                 qPrintable(errors));

        // A filter the chart's tab does not have, a bad value, a text nothing matches: refused,
        // the option named, no file written.
        const QString none = dir.filePath(QStringLiteral("none.png"));
        const QList<QPair<QStringList, QString>> refused = {
            {{QStringLiteral("lag"), QStringLiteral("--regime"), QStringLiteral("us")},
             QStringLiteral("--regime does not apply to the lag chart")},
            {{QStringLiteral("churn"), QStringLiteral("--from"), QStringLiteral("2000")},
             QStringLiteral("--from does not apply to the churn chart")},
            {{QStringLiteral("innovation"), QStringLiteral("--confidence"), QStringLiteral("sure")},
             QStringLiteral("--confidence: takes the lowest confidence shown")},
            {{QStringLiteral("innovation"), QStringLiteral("--technology"),
              QStringLiteral("warp drive")},
             QStringLiteral("--technology: no technology's name or label contains \"warp drive\"")},
            {{QStringLiteral("implementation"), QStringLiteral("--category"), QStringLiteral("7")},
             QStringLiteral("--category: wa-dul has no changes in category \"7\"")},
        };
        for (const auto& [args, message] : refused) {
            QCOMPARE(runPaceline(QStringList{QStringLiteral("--db"), m_db.path,
                                             QStringLiteral("--export-chart")} +
                                     args + QStringList{QStringLiteral("--out"), none},
                                 &errors),
                     2);
            QVERIFY2(errors.contains(message), qPrintable(errors));
        }
        QVERIFY(!QFile::exists(none));
        QCOMPARE(runPaceline({QStringLiteral("--db"), m_db.path, QStringLiteral("--regime"),
                              QStringLiteral("us")},
                             &errors),
                 2);
        QVERIFY2(errors.contains(QStringLiteral("--regime only applies with --export-chart")),
                 qPrintable(errors));
    }

    // `--style presentation` is the chart's style (Qt would take --style for the widgets').
    void commandLinePresentationStyle()
    {
        QTemporaryDir dir;
        QString errors;
        for (const char* style : {"standard", "presentation"})
            QCOMPARE(
                runPaceline({QStringLiteral("--db"), m_db.path, QStringLiteral("--export-chart"),
                             QStringLiteral("lag"), QStringLiteral("--style"), QLatin1String(style),
                             QStringLiteral("--out"),
                             dir.filePath(QLatin1String(style) + QStringLiteral(".svg")),
                             QStringLiteral("--width"), QStringLiteral("1280"),
                             QStringLiteral("--height"), QStringLiteral("720")},
                            &errors),
                0);
        QVERIFY2(!errors.contains(QStringLiteral("style override")), qPrintable(errors));
        const double standard = largestFont(dir.filePath(QStringLiteral("standard.svg")));
        const double presentation = largestFont(dir.filePath(QStringLiteral("presentation.svg")));
        QVERIFY2(presentation >= 1.4 * standard,
                 qPrintable(QStringLiteral("%1 vs %2").arg(presentation).arg(standard)));
        QCOMPARE(
            runPaceline({QStringLiteral("--db"), m_db.path, QStringLiteral("--export-chart"),
                         QStringLiteral("lag"), QStringLiteral("--style"), QStringLiteral("poster"),
                         QStringLiteral("--out"), dir.filePath(QStringLiteral("x.svg"))},
                        &errors),
            2);
        QVERIFY2(errors.contains(QStringLiteral("--style: takes standard or presentation")),
                 qPrintable(errors));
    }

    // The export dialog offers slide sizes and the presentation style.
    void exportDialogOffersSlideSizesAndTheStyle()
    {
        ChartExportDialog dialog;
        QCOMPARE(dialog.chartSize(), QSize(1600, 1000));
        QCOMPARE(dialog.look(), ChartLook::Standard);
        const QList<QComboBox*> boxes = dialog.findChildren<QComboBox*>();
        QCOMPARE(boxes.size(), 2);
        QComboBox* size = boxes.at(0);
        QComboBox* style = boxes.at(1);
        size->setCurrentIndex(size->findText(QStringLiteral("1280"), Qt::MatchContains));
        QCOMPARE(dialog.chartSize(), QSize(1280, 720));
        style->setCurrentIndex(
            style->findText(QStringLiteral("Presentation"), Qt::MatchStartsWith));
        QCOMPARE(dialog.look(), ChartLook::Presentation);
        dialog.setChartSize(QSize(1000, 700));
        QCOMPARE(size->currentText(), QStringLiteral("Custom"));
        dialog.setChartSize(QSize(800, 500));
        QVERIFY(size->currentText().contains(QStringLiteral("800")));
    }

    // An export from a tab draws the chart anew at its size and style: the chart on screen
    // keeps its own.
    void exportFromTheTabLeavesTheScreenAlone()
    {
        LagChart chart(*m_db.db);
        QCustomPlot* shown = chart.plot();
        const QFont before = shown->xAxis->tickLabelFont();
        const int entries = shown->legend->itemCount();
        auto lags = LagAnalysis::fromDatabase(*m_db.db);
        QVERIFY(lags);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("slide.png"));
        const Status s = exportChart(
            [&](QCustomPlot& plot) { LagPlot::render(plot, *lags, LagTarget::FirstControl); },
            ChartLook::Presentation, png, 800, 500, snapshotCaption(QStringLiteral("test"), {}));
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        checkFile(png, 800, 500);
        QCOMPARE(shown->xAxis->tickLabelFont(), before);
        QCOMPARE(shown->legend->itemCount(), entries);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
