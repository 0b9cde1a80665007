#include "TestSupport.h"

#include "charts/ChurnChart.h"
#include "charts/ChurnTableModel.h"
#include "editions/EditionComparisonView.h"
#include "io/ImportService.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTabWidget>
#include <QXmlStreamReader>
#include <QtTest>
#include <qcustomplot.h>

using namespace paceline;
using namespace paceline::test;

namespace {

constexpr auto kMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

qint64 editionId(DatabaseSession& session, const char* label)
{
    auto e = ListStore(*session.database())
                 .findEdition(QStringLiteral("test-dul"), QLatin1String(label));
    if (!e)
        qFatal("%s", qPrintable(e.error().toString()));
    return e->id;
}

int runPaceline(const QStringList& args, QString* errors)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PACELINE_GUI_PATH), args);
    if (!p.waitForFinished(60000))
        return -1;
    *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}

// The bar of a step's top, in plot widget coordinates.
QPoint barCentre(const ChurnChart& chart, int step)
{
    const QCustomPlot* plot = chart.plot();
    return QPoint(int(plot->xAxis->coordToPixel(step + 1)),
                  int(plot->yAxis->coordToPixel(chart.churn().steps.at(step).total() / 2.0)));
}

} // namespace

class TestChurnChart : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    QString m_singlePath; // one list with one edition: nothing to chart

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineTest"));
        m_singlePath = m_dir.filePath(QStringLiteral("single.sqlite"));
        {
            DatabaseSession single;
            QVERIFY(single.open(m_singlePath, false));
            QVERIFY(importFile(*single.database(),
                               fixture(QStringLiteral("lists/small.paceline.json")),
                               ImportFormat::Auto));
        }
        // A list with one edition and three editions of test-dul, newest first.
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("churn.sqlite")), false));
        for (const char* f :
             {"lists/small.paceline.json", "editions/edition-c.paceline.json",
              "editions/edition-a.paceline.json", "editions/edition-b.paceline.json"})
            QVERIFY(
                importFile(*m_session.database(), fixture(QLatin1String(f)), ImportFormat::Auto));
    }

    void tabShowsBarsAndTableForAListOfThreeEditions()
    {
        ChurnChart chart(&m_session);
        QAbstractItemModelTester tester(chart.model(), kMode);
        chart.resize(1200, 800);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTRY_VERIFY(!chart.isRunning() && chart.churn().steps.size() == 2);

        // Only the list with two or more editions is offered.
        QCOMPARE(chart.listChooser()->count(), 1);
        QCOMPARE(chart.listChooser()->currentData().toString(), QStringLiteral("test-dul"));
        QVERIFY(chart.listChooser()->currentText().contains(QStringLiteral("3 editions")));

        ChurnTableModel* m = chart.model();
        QCOMPARE(m->rowCount(), 2);
        auto cell = [m](int row, int column) {
            return m->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ChurnTableModel::Edition), QStringLiteral("Edition B"));
        QCOMPARE(cell(0, ChurnTableModel::Against), QStringLiteral("Edition A"));
        QCOMPARE(cell(0, ChurnTableModel::Added), QStringLiteral("6"));
        QCOMPARE(cell(0, ChurnTableModel::Changed), QStringLiteral("5"));
        QCOMPARE(cell(0, ChurnTableModel::Removed), QStringLiteral("4"));
        QCOMPARE(cell(1, ChurnTableModel::Edition), QStringLiteral("Edition C"));
        QCOMPARE(cell(1, ChurnTableModel::Total), QStringLiteral("2"));

        // Three stacked bar series, named for the legend, holding the same numbers.
        QCustomPlot* plot = chart.plot();
        QCOMPARE(plot->plottableCount(), 3);
        QStringList names;
        for (int i = 0; i < plot->plottableCount(); ++i) {
            auto* bars = qobject_cast<QCPBars*>(plot->plottable(i));
            QVERIFY(bars);
            QCOMPARE(bars->data()->size(), 2);
            names << bars->name();
            if (bars->name() == QLatin1String("added"))
                QCOMPARE(bars->data()->at(0)->value, 6.0);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("added"), QStringLiteral("changed"),
                                     QStringLiteral("removed")}));
        QVERIFY(plot->legend->visible());
        QVERIFY2(chart.message()->text().contains(QStringLiteral("6 nodes added, 6 changed, 5 "
                                                                 "removed")),
                 qPrintable(chart.message()->text()));
        QVERIFY(
            m->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("added: 6")));
        // The tooltip names the busiest categories first: category 4 had 3 added and 2 changed.
        const QString tip = m->index(0, 0).data(Qt::ToolTipRole).toString();
        const QString line =
            tip.section(QStringLiteral("By category:\n"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(line.startsWith(QStringLiteral("\u2022 4 ")) &&
                     line.endsWith(QStringLiteral(": 5 (+3 ~2 \u22120)")),
                 qPrintable(tip));

        // Ignoring typography drops the two quote and spacing changes.
        chart.setIgnoreTypography(true);
        QTRY_VERIFY(!chart.isRunning() && chart.churn().options.ignoreTypography);
        QCOMPARE(cell(0, ChurnTableModel::Changed), QStringLiteral("3"));
        QVERIFY(chart.snapshot().contains(QStringLiteral("typography ignored")));
        QVERIFY(chart.snapshot().contains(QStringLiteral("Test Dual-Use List")));
    }

    void clickingABarAsksForThatComparison()
    {
        ChurnChart chart(&m_session);
        chart.resize(1200, 800);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTRY_VERIFY(!chart.isRunning() && chart.churn().steps.size() == 2);
        chart.plot()->replot();
        QSignalSpy spy(&chart, &ChurnChart::compareRequested);
        QCOMPARE(chart.stepAt(barCentre(chart, 1)), 1);
        QCOMPARE(chart.stepAt(QPoint(2, 2)), -1);
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, barCentre(chart, 1));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), editionId(m_session, "Edition B"));
        QCOMPARE(spy.at(0).at(1).toLongLong(), editionId(m_session, "Edition C"));
    }

    void chartsMenuOpensTheTabAndABarOpensTheComparison()
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(m_session.path(), false));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* churn = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Charts"))
                for (QAction* c : a->menu()->actions())
                    if (c->text().remove(QLatin1Char('&')) == QLatin1String("List Churn"))
                        churn = c;
        QVERIFY(churn);
        churn->trigger();
        auto* chart = qobject_cast<ChurnChart*>(window.tabs()->currentWidget());
        QVERIFY(chart);
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()),
                 QStringLiteral("List churn"));
        QTRY_VERIFY(!chart->isRunning() && chart->churn().steps.size() == 2);
        chart->plot()->replot();
        QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, barCentre(*chart, 0));
        auto* view = qobject_cast<EditionComparisonView*>(window.tabs()->currentWidget());
        QVERIFY(view);
        QTRY_VERIFY(view->comparison() && !view->isRunning());
        QCOMPARE(view->comparison()->from.label, QStringLiteral("Edition A"));
        QCOMPARE(view->comparison()->to.label, QStringLiteral("Edition B"));
    }

    void withoutTwoEditionsTheTabSaysWhy()
    {
        DatabaseSession single;
        QVERIFY(single.open(m_singlePath, false));
        ChurnChart chart(&single);
        QTRY_VERIFY(!chart.isRunning());
        QCOMPARE(chart.listChooser()->count(), 0);
        QVERIFY(!chart.listChooser()->isEnabled());
        QVERIFY2(chart.message()->text().contains(QStringLiteral("No list has two editions")),
                 qPrintable(chart.message()->text()));
        QCOMPARE(chart.model()->rowCount(), 0);
    }

    void commandLineExport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("list");
        QTest::newRow("png, default list") << "churn.png" << QString();
        QTest::newRow("svg, --list") << "churn.svg"
                                     << "test-dul";
        QTest::newRow("pdf") << "churn.pdf" << QString();
    }
    void commandLineExport()
    {
        QFETCH(QString, name);
        QFETCH(QString, list);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        QStringList args{QStringLiteral("--db"),           m_session.path(),
                         QStringLiteral("--export-chart"), QStringLiteral("churn"),
                         QStringLiteral("--out"),          out,
                         QStringLiteral("--width"),        QStringLiteral("1000"),
                         QStringLiteral("--height"),       QStringLiteral("700")};
        if (!list.isEmpty())
            args << QStringLiteral("--list") << list;
        QString errors;
        QCOMPARE(runPaceline(args, &errors), 0);
        const QByteArray bytes = readAll(out);
        if (name.endsWith(QLatin1String(".png"))) {
            QCOMPARE(QImage(out).size(), QSize(1000, 700));
        } else if (name.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(bytes.contains("MediaBox [0 0 1000.000000 700.000000]"));
        } else {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd() && !xml.isStartElement())
                xml.readNext();
            QCOMPARE(xml.name(), QLatin1String("svg"));
            QCOMPARE(xml.attributes().value(QLatin1String("width")).toInt(), 1000);
            QCOMPARE(xml.attributes().value(QLatin1String("height")).toInt(), 700);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            // The caption names the list and its editions.
            QVERIFY(bytes.contains("Test Dual-Use List"));
            QVERIFY(bytes.contains("Edition C"));
        }
    }

    void commandLineRefusesWithoutTwoEditions()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("c.png"));
        QString errors;
        QCOMPARE(
            runPaceline({QStringLiteral("--db"), m_singlePath, QStringLiteral("--export-chart"),
                         QStringLiteral("churn"), QStringLiteral("--out"), out},
                        &errors),
            2);
        QVERIFY2(errors.contains(QStringLiteral("no list in the database has two editions")),
                 qPrintable(errors));
        QCOMPARE(
            runPaceline({QStringLiteral("--db"), m_singlePath, QStringLiteral("--export-chart"),
                         QStringLiteral("churn"), QStringLiteral("--out"), out,
                         QStringLiteral("--list"), QStringLiteral("test-list")},
                        &errors),
            2);
        QVERIFY2(errors.contains(QStringLiteral("only one edition")), qPrintable(errors));
        QCOMPARE(
            runPaceline({QStringLiteral("--db"), m_session.path(), QStringLiteral("--export-chart"),
                         QStringLiteral("churn"), QStringLiteral("--out"), out,
                         QStringLiteral("--list"), QStringLiteral("nope")},
                        &errors),
            2);
        QVERIFY2(errors.contains(QStringLiteral("\"nope\"")), qPrintable(errors));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestChurnChart)
#include "tst_churnchart.moc"
