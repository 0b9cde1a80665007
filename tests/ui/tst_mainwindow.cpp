#include "TestSupport.h"

#include "cases/CaseController.h"
#include "cases/CaseEditor.h"
#include "cases/CaseJustificationForm.h"
#include "cases/CaseStore.h"
#include "cases/CaseTablePanel.h"
#include "demo/DemoDataset.h"
#include "io/BatchImport.h"
#include "overview/OverviewPage.h"
#include "session/DatabaseSession.h"
#include "session/ImportController.h"
#include "shell/MainWindow.h"
#include "stats/DatabaseStats.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QLineEdit>
#include <QSettings>
#include <QScrollBar>
#include <QScrollArea>
#include <QDialog>
#include <QApplication>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineTest"));
    }

    void firstStartShowsTheDemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first.sqlite"));
        DatabaseSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(window.openDatabase(path, true));

        const QString overview = window.overview()->plainText();
        QVERIFY2(overview.contains(QStringLiteral("Dual-Use List")), qPrintable(overview));
        QVERIFY(overview.contains(QStringLiteral("80 control-list events")));
        QVERIFY(overview.contains(QStringLiteral("3 cases")));
        QCOMPARE(window.casePanel()->visibleCaseCount(), 3);

        // The status bar names the database and counts what it holds.
        QStringList labels;
        for (QLabel* l : window.statusBar()->findChildren<QLabel*>())
            labels << l->text();
        const QString status = labels.join(QLatin1Char('|'));
        QVERIFY2(status.contains(path), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("80 events")), qPrintable(status));

        // Every menu the issue names is there.
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, QStringList({QStringLiteral("File"), QStringLiteral("Edit"),
                                     QStringLiteral("Case"), QStringLiteral("View"),
                                     QStringLiteral("Charts"), QStringLiteral("Timeline"),
                                     QStringLiteral("Help")}));
        QCOMPARE(window.findChildren<QDockWidget*>().size(), 3);
    }

    void firstStartAsksWhoIsWritingOnce()
    {
        QSettings().remove(QStringLiteral("user"));
        QTemporaryDir dir;
        DatabaseSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("who.sqlite")), true));
        // The guess from the system is shown until the analyst says who they are.
        QVERIFY(window.writerText().startsWith(QStringLiteral("Writing as ")));
        QString title;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            title = dialog->windowTitle();
            const QList<QLineEdit*> fields = dialog->findChildren<QLineEdit*>();
            QCOMPARE(fields.size(), 2);
            fields.at(0)->setText(QStringLiteral("Jonas Berg"));
            fields.at(1)->setText(QStringLiteral("Delegation B"));
            dialog->accept();
        });
        QVERIFY(window.askWhoIsWritingOnce());
        QCOMPARE(title, QStringLiteral("Who is writing?"));
        QCOMPARE(window.writerText(), QStringLiteral("Writing as Jonas Berg (Delegation B)"));
        bool shown = false;
        for (const QLabel* l : window.statusBar()->findChildren<QLabel*>())
            shown = shown || (l->isVisible() && l->text() == window.writerText());
        QVERIFY(shown);
        // Asked once: the next start does not ask again.
        QVERIFY(!window.askWhoIsWritingOnce());
        QSettings().remove(QStringLiteral("user"));
    }

    void aCaseFitsASmallScreenAndTheTextComesFirst_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("textWidth"); // the least the proposed text may get
        QTest::newRow("1280x720") << QSize(1280, 720) << 400;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 650;
    }
    void aCaseFitsASmallScreenAndTheTextComesFirst()
    {
        QFETCH(QSize, screen);
        QFETCH(int, textWidth);
        for (const char* key : {"window", "caseEditor"})
            QSettings().remove(QLatin1String(key));
        QTemporaryDir dir;
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("small.sqlite")), true));
        // The case in review: the tallest header, with its lock notice and warnings.
        auto cases = CaseStore(*session.database()).list();
        const auto inReview = std::find_if(cases->cbegin(), cases->cend(), [](const CaseRecord& c) {
            return c.status == CaseStatus::InReview;
        });
        QVERIFY(inReview != cases->cend());
        CaseEditor* editor = window.caseController()->openCase(inReview->id);
        QVERIFY(editor->lockNotice()->isVisibleTo(&window));
        const QSize frame(0, 30);                 // a title bar
        window.setWindowState(Qt::WindowNoState); // the offscreen screen is smaller than these
        window.resize(screen - frame);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Nothing makes the window larger than the screen: the status bar and the docks are in.
        const QSize least = window.minimumSizeHint();
        QVERIFY2(
            least.height() <= screen.height() - frame.height() && least.width() <= screen.width(),
            qPrintable(QStringLiteral("minimum %1x%2").arg(least.width()).arg(least.height())));
        QCOMPARE(window.size(), screen - frame);
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.statusBar()->geometry().bottom() < window.height());
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            if (dock->isVisible())
                QVERIFY2(window.rect().contains(dock->geometry()), qPrintable(dock->objectName()));

        // The proposed text gets the room, and the justification does not scroll sideways.
        QVERIFY2(editor->proposedEdit()->width() >= textWidth,
                 qPrintable(QString::number(editor->proposedEdit()->width())));
        auto* formScroll =
            qobject_cast<QScrollArea*>(editor->justificationForm()->parentWidget()->parentWidget());
        QVERIFY(formScroll);
        QVERIFY(!formScroll->horizontalScrollBar()->isVisible());

        // Hiding the side panel gives the text its room; the next case opens the same way.
        const int before = editor->proposedEdit()->width();
        editor->sidePanelAction()->trigger();
        QTRY_VERIFY(editor->proposedEdit()->width() > before + 150);
        QVERIFY(!editor->sidePanel()->isVisible());
        CaseEditor* next = window.caseController()->openCase(
            cases->first().id == inReview->id ? cases->last().id : cases->first().id);
        QVERIFY(next != editor);
        QVERIFY(!next->sidePanelAction()->isChecked());
        QVERIFY(next->sidePanel()->isHidden());
        next->sidePanelAction()->trigger();
        QVERIFY(!next->sidePanel()->isHidden());
        window.close();
        for (const char* key : {"window", "caseEditor"})
            QSettings().remove(QLatin1String(key));
    }

    void caseTableModelIsWellBehavedAndOpensCases()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("c.sqlite")), true));
        auto* view = window.casePanel()->findChild<QTableView*>();
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 3);
        emit window.casePanel()->openCaseRequested(
            view->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
        QCOMPARE(window.tabs()->count(), 2);
        auto* editor = qobject_cast<CaseEditor*>(window.tabs()->currentWidget());
        QVERIFY(editor);
        QCOMPARE(editor->proposedEdit()->toPlainText(),
                 CaseStore(*session.database()).load(editor->caseId())->proposedText);
    }

    void refusedDatabaseKeepsThePreviousOne()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        const QString good = dir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(session.open(good, true).ok());
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        writeAll(junk,
                 "not a database at all, just text that is long enough to have a header........");
        const Status s = session.open(junk, false);
        QVERIFY(!s);
        QCOMPARE(session.path(), good);
    }

    void importRunsOffThreadAndCancelLeavesDatabaseAsItWas()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("i.sqlite")), false).ok());
        ImportController controller(&session, nullptr);
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy changed(&session, &DatabaseSession::changed);

        controller.start({fixture(QStringLiteral("lists/small.paceline.json")),
                          fixture(QStringLiteral("timeline/control_events.csv"))},
                         ImportFormat::Auto);
        QVERIFY(finished.wait(20000));
        auto ok = finished.takeFirst().first().value<ImportRunResult>();
        QVERIFY2(!ok.error, ok.error ? qPrintable(ok.error->toString()) : "");
        QCOMPARE(ok.summaries.size(), 2);
        QCOMPARE(changed.size(), 1);
        const auto announced = changed.takeFirst().first().value<ChangeSet>();
        QVERIFY(announced.touches(ChangeSet::Lists));
        QVERIFY(announced.touches(ChangeSet::Timeline)); // the control events CSV
        QCOMPARE(collectStats(*session.database())->events, 3);

        // Cancel at the first progress report: the run changes nothing.
        QTemporaryDir cancelDir;
        DatabaseSession cancelSession;
        QVERIFY(cancelSession.open(cancelDir.filePath(QStringLiteral("c.sqlite")), false).ok());
        int polls = 0;
        auto result = runImport(cancelSession.path(),
                                {fixture(QStringLiteral("timeline/control_events.csv")),
                                 fixture(QStringLiteral("lists/small.paceline.json"))},
                                ImportFormat::Auto, [&](int) { return ++polls < 3; });
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, Error::Kind::Cancelled);
        QCOMPARE(collectStats(*cancelSession.database())->editions.size(), 0);
        QCOMPARE(collectStats(*cancelSession.database())->events, 0);

        QCOMPARE(result.notAttempted,
                 QStringList{fixture(QStringLiteral("lists/small.paceline.json"))});

        // A broken second file: the first stays imported, the third is not attempted
        // (batchImportRule(), as paceline-cli import does it).
        const QString broken = dir.filePath(QStringLiteral("broken.csv"));
        writeAll(broken, "a,b\n1,2\n");
        const QString events = fixture(QStringLiteral("timeline/control_events.csv"));
        QTemporaryDir other;
        DatabaseSession fresh;
        QVERIFY(fresh.open(other.filePath(QStringLiteral("f.sqlite")), false).ok());
        auto failed = runImport(
            fresh.path(), {fixture(QStringLiteral("lists/small.paceline.json")), broken, events},
            ImportFormat::Auto, [](int) { return true; });
        QVERIFY(failed.error);
        QVERIFY(failed.error->toString().contains(broken));
        QCOMPARE(failed.summaries.size(), 1);
        QCOMPARE(failed.notAttempted, QStringList{events});
        QCOMPARE(collectStats(*fresh.database())->editions.size(), 1);
        QCOMPARE(collectStats(*fresh.database())->events, 0);
    }

    void failedImportShowsItsMessageWithoutTheProgressOnTop()
    {
        // Issue #15: "Importing 1 file(s)…" stayed over the error box and blocked its OK.
        QTemporaryDir dir;
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("g.sqlite")), false));
        window.show();
        const QString broken = dir.filePath(QStringLiteral("broken.csv"));
        writeAll(broken, "a,b\n1,2\n");
        const QString events = fixture(QStringLiteral("timeline/control_events.csv"));
        window.importController()->start(
            {fixture(QStringLiteral("lists/small.paceline.json")), broken, events},
            ImportFormat::Auto);
        // The progress shows after a moment; a slow import has it up when the failure comes.
        auto* progress = window.findChild<QProgressDialog*>();
        QVERIFY(progress);
        progress->show();

        QString boxText;
        bool progressVisible = true;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !boxText.isEmpty())
                return;
            const auto dialogs = window.findChildren<QProgressDialog*>();
            progressVisible = std::any_of(dialogs.cbegin(), dialogs.cend(),
                                          [](const QWidget* w) { return w->isVisible(); });
            boxText = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        });
        poll.start();
        QTRY_VERIFY_WITH_TIMEOUT(!boxText.isEmpty(), 20000);
        QVERIFY(!progressVisible);
        QVERIFY2(boxText.contains(broken), qPrintable(boxText));
        QVERIFY2(boxText.contains(QStringLiteral("kept (1 file(s))")), qPrintable(boxText));
        QVERIFY2(boxText.contains(QStringLiteral("Not attempted (1 file(s)):\n") + events),
                 qPrintable(boxText));
        QVERIFY2(boxText.contains(batchImportRule()), qPrintable(boxText));
        // What the rule says: the first file is in, the failing one and the last are not.
        QCOMPARE(collectStats(*session.database())->editions.size(), 1);
        QCOMPARE(collectStats(*session.database())->events, 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
