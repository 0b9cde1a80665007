#include "TestSupport.h"

#include "browser/BrowserController.h"
#include "browser/BrowserPanel.h"
#include "browser/EntryView.h"
#include "browser/ListTreeModel.h"
#include "cases/CaseController.h"
#include "cases/CaseEditor.h"
#include "cases/CaseStore.h"
#include "cases/CaseTableModel.h"
#include "cases/CaseTablePanel.h"
#include "charts/ChartsController.h"
#include "charts/ChurnChart.h"
#include "charts/InnovationChart.h"
#include "charts/LagChart.h"
#include "session/DatabaseSession.h"
#include "session/ImportController.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "timeline/TimelineEditCommand.h"
#include "timeline/TimelineEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QDockWidget>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// A new milestone of the demo's intrusion software, as the timeline editor would add it.
TimelineEditCommand* addMilestone(DatabaseSession& session)
{
    Milestone m;
    m.extId = TimelineEditor(*session.database(), {}).nextMilestoneId().value();
    m.date = *PartialDate::parse(QStringLiteral("2019"));
    m.technologyLabels = {QStringLiteral("intrusion_software")};
    m.milestoneClass = QStringLiteral("mass_diffusion");
    m.description = QStringLiteral("Spyware sold to dozens of governments.");
    m.sourceUrl = QStringLiteral("https://example.org/spyware");
    m.confidence = Confidence::Low;
    return new TimelineEditCommand(&session, QStringLiteral("tester"), std::nullopt, m, {});
}

QAction* chartAction(MainWindow& window, const QString& name)
{
    for (QAction* a : window.menuBar()->actions())
        if (a->text().remove(QLatin1Char('&')) == QLatin1String("Charts"))
            for (QAction* c : a->menu()->actions())
                if (c->text().remove(QLatin1Char('&')) == name)
                    return c;
    return nullptr;
}

// The first row under parent that has rows of its own, fetched and expanded in the view.
QModelIndex expandFirstParent(QTreeView* tree, ListTreeModel* model, const QModelIndex& parent)
{
    if (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child)) {
            if (model->canFetchMore(child))
                model->fetchMore(child);
            tree->expand(child);
            return child;
        }
    }
    return {};
}

// The count of cases the status bar shows ("… · 4 cases"), or -1.
int statusBarCaseCount(MainWindow& window)
{
    static const QRegularExpression cases(QStringLiteral("(\\d+) cases"));
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        const auto m = cases.match(label->text());
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    return -1;
}

} // namespace

class TestChangeEvents : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    // A copy of the demo database per test, so that one test's edits do not reach the next.
    QString demoDatabase(const char* name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        DatabaseSession session;
        if (!session.open(path, true))
            qFatal("cannot create the demo database");
        return path;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineChangeEvents"));
        AppSettings::setUserName(QStringLiteral("Test Analyst"));
    }

    void timelineEditKeepsTheListTreeAndTheOpenEntry()
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(demoDatabase("tree.sqlite"), false));
        window.setWindowState(Qt::WindowNoState); // maximized on the small offscreen screen
        window.resize(900, 420);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Expanded down to a category, scrolled: what a user has set up in the tree.
        QTreeView* tree = window.browserPanel()->tree();
        ListTreeModel* model = window.browserPanel()->treeModel();
        QModelIndex open;
        for (int depth = 0; depth < 4; ++depth) {
            const QModelIndex next = expandFirstParent(tree, model, open);
            if (!next.isValid())
                break;
            open = next;
        }
        QVERIFY(open.isValid() && tree->isExpanded(open));
        const QPersistentModelIndex kept(open);
        QCoreApplication::processEvents();
        tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum());
        const int treeScroll = tree->verticalScrollBar()->value();
        QVERIFY(treeScroll > 0);

        // The first entry of that category open in a tab, scrolled down (a wide Inspector makes
        // sure the tab is narrow enough for the entry to need scrolling).
        window.resizeDocks({window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"))}, {400},
                           Qt::Horizontal);
        const QModelIndex first = model->index(0, 0, open);
        EntryView* entry =
            window.browser()->openEntry(first.data(ListTreeModel::EditionIdRole).toLongLong(),
                                        first.data(ListTreeModel::CodeRole).toString(), false);
        QVERIFY(entry);
        QCoreApplication::processEvents();
        QScrollBar* entryBar = entry->browser()->verticalScrollBar();
        QTRY_VERIFY(entryBar->maximum() > 0); // laid out, and longer than the tab is high
        entryBar->setValue(entryBar->maximum() / 2 + 1);
        const int entryScroll = entryBar->value();
        QVERIFY(entryScroll > 0);

        QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
        window.undoStack()->push(addMilestone(session));
        window.undoStack()->undo();
        QCoreApplication::processEvents();

        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QVERIFY(kept.isValid());
        QVERIFY(tree->isExpanded(kept));
        QCOMPARE(tree->verticalScrollBar()->value(), treeScroll);
        QCOMPARE(entryBar->value(), entryScroll);
    }

    void listImportResetsTheListTree()
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(demoDatabase("import.sqlite"), false));
        ListTreeModel* model = window.browserPanel()->treeModel();
        model->fetchMore({});
        const int regimes = model->rowCount();

        QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
        ImportController import(&session, nullptr);
        QSignalSpy finished(&import, &ImportController::finished);
        import.start({fixture(QStringLiteral("lists/small.paceline.json"))}, ImportFormat::Auto);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().first().value<ImportRunResult>().error);
        QCOMPARE(resets.size(), 1);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), regimes + 1); // the fixture's "Test Regime"
    }

    void chartsReloadOnlyForWhatTheyDraw()
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(demoDatabase("charts.sqlite"), false));
        QAction* innovationAction = chartAction(window, QStringLiteral("Innovation vs Update"));
        QAction* lagAction = chartAction(window, QStringLiteral("Lag Analysis"));
        QAction* churnAction = chartAction(window, QStringLiteral("List Churn"));
        QVERIFY(innovationAction && lagAction && churnAction);
        innovationAction->trigger();
        auto* innovation = qobject_cast<InnovationChart*>(window.tabs()->currentWidget());
        lagAction->trigger();
        auto* lag = qobject_cast<LagChart*>(window.tabs()->currentWidget());
        churnAction->trigger();
        auto* churn = qobject_cast<ChurnChart*>(window.tabs()->currentWidget());
        QVERIFY(innovation && lag && churn);
        QTRY_VERIFY(!innovation->isLoading() && !lag->isLoading() && !churn->isRunning());

        QSignalSpy innovationLoads(innovation, &InnovationChart::dataLoaded);
        QSignalSpy lagLoads(lag, &LagChart::dataLoaded);
        QSignalSpy churnShown(churn, &ChurnChart::churnShown);
        window.undoStack()->push(addMilestone(session));
        QVERIFY(innovation->isLoading()); // a reload started at once
        QVERIFY(lag->isLoading());
        QVERIFY(!churn->isRunning());
        QTRY_COMPARE(innovationLoads.size(), 1);
        QTRY_COMPARE(lagLoads.size(), 1);
        QCOMPARE(churnShown.size(), 0);

        // A list change is the churn chart's own; the lag chart draws no list.
        innovationLoads.clear();
        lagLoads.clear();
        session.announce(ChangeSet(ChangeSet::Lists));
        QTRY_COMPARE(churnShown.size(), 1);
        QTRY_COMPARE(innovationLoads.size(), 1); // editions are markers on it
        QVERIFY(!lag->isLoading());
        QCOMPARE(lagLoads.size(), 0);
    }

    void caseViewsFollowTheirChangeEvents()
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(demoDatabase("cases.sqlite"), false));
        CaseTableModel* dock = window.casePanel()->model();
        const int before = dock->rowCount();
        QCOMPARE(statusBarCaseCount(window), before);

        // A new case: one more row in the dock, and the status bar counts it.
        CaseRecord record;
        record.title = QStringLiteral("Scope intrusion software controls");
        record.kind = CaseKind::NewEntry;
        auto id = window.caseController()->createCase(record);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QCOMPARE(dock->rowCount(), before + 1);
        QCOMPARE(statusBarCaseCount(window), dock->rowCount());

        // Retitle, then Save Revision: the header, the dock row and the tab follow.
        CaseEditor* editor = window.caseController()->currentEditor();
        QVERIFY(editor && editor->caseId() == id.value());
        const int revision = CaseStore(*session.database()).load(id.value())->revision;
        QVERIFY(
            editor->statusLabel()->text().contains(QStringLiteral("revision %1").arg(revision)));
        editor->titleEdit()->selectAll();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Exempt bug bounties"));
        QPushButton* save = nullptr;
        for (QPushButton* b : editor->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Save Revision"))
                save = b;
        QVERIFY(save);
        save->click();
        QVERIFY2(
            editor->statusLabel()->text().contains(QStringLiteral("revision %1").arg(revision + 1)),
            qPrintable(editor->statusLabel()->text()));
        const int row = dock->rowOfCase(id.value());
        QVERIFY(row >= 0);
        QCOMPARE(dock->index(row, CaseTableModel::Title).data().toString(),
                 QStringLiteral("Exempt bug bounties"));
        QCOMPARE(dock->rowCount(), before + 1);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(editor)),
                 QStringLiteral("Exempt bug bounties"));

        // A status change shows in the header and the dock row alike.
        QVERIFY(editor->changeStatus(CaseStatus::InReview, QStringLiteral("ready")));
        QVERIFY(editor->statusLabel()->text().contains(caseStatusTitle(CaseStatus::InReview)));
        QCOMPARE(dock->index(row, CaseTableModel::Status).data().toString(),
                 caseStatusTitle(CaseStatus::InReview));
        QCOMPARE(statusBarCaseCount(window), dock->rowCount());
    }
};

QTEST_MAIN(TestChangeEvents)
#include "tst_changeevents.moc"
