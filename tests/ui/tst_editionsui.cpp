#include "TestSupport.h"

#include "browser/BrowserController.h"
#include "browser/EntryView.h"
#include "editions/CategorySummaryModel.h"
#include "editions/ChangeListModel.h"
#include "editions/ConcordanceModel.h"
#include "editions/ConcordancePanel.h"
#include "editions/EditionComparisonView.h"
#include "editions/EditionsController.h"
#include "editions/EntryHistoryModel.h"
#include "editions/EntryHistoryPanel.h"
#include "editions/InspectorPanel.h"
#include "io/ImportService.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

constexpr auto kMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

qint64 editionId(DatabaseSession& session, const char* listKey, const char* label = nullptr)
{
    auto e = ListStore(*session.database())
                 .findEdition(QLatin1String(listKey), label ? QString::fromUtf8(label) : QString());
    if (!e)
        qFatal("%s", qPrintable(e.error().toString()));
    return e->id;
}

} // namespace

class TestEditionsUi : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    qint64 m_a = 0, m_b = 0;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineTest"));
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("ui.sqlite")), true));
        for (const char* f :
             {"editions/edition-a.paceline.json", "editions/edition-b.paceline.json"})
            QVERIFY(
                importFile(*m_session.database(), fixture(QLatin1String(f)), ImportFormat::Auto));
        m_a = editionId(m_session, "test-dul", "Edition A");
        m_b = editionId(m_session, "test-dul", "Edition B");
    }

    void comparisonTabShowsCountsChangesAndRedline()
    {
        EditionComparisonView view(&m_session);
        QAbstractItemModelTester summaryTester(view.summaryModel(), kMode);
        QAbstractItemModelTester changesTester(view.changeModel(), kMode);
        view.show();
        QSignalSpy selected(&view, &EditionComparisonView::entrySelected);
        view.setEditions(m_a, m_b, QStringLiteral("1.A.1"));
        QTRY_VERIFY(view.comparison() && !view.isRunning());

        CategorySummaryModel* summary = view.summaryModel();
        QCOMPARE(summary->rowCount(), 6); // five categories and the total
        QCOMPARE(summary->index(3, CategorySummaryModel::Category).data().toString(),
                 QStringLiteral("4"));
        QCOMPARE(summary->index(3, CategorySummaryModel::Added).data().toInt(), 3);
        QCOMPARE(summary->index(5, CategorySummaryModel::Changed).data().toInt(), 5);
        QCOMPARE(view.changeModel()->rowCount(), 15);

        // The requested code is selected and its redline is readable without colour.
        QVERIFY2(view.redlineText().contains(QStringLiteral("gaskets{+, sealants+} and fuel")),
                 qPrintable(view.redlineText()));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().at(0).toLongLong(), m_b);

        // Choosing a category filters the changes.
        auto* summaryView = view.findChild<QTableView*>(QStringLiteral("categorySummary"));
        summaryView->setCurrentIndex(summary->index(3, 0));
        QCOMPARE(view.changeModel()->rowCount(), 5);
        view.selectCode(QStringLiteral("3.A.1")); // in another category: the filter lifts
        QCOMPARE(view.changeModel()->rowCount(), 15);
        QVERIFY(view.redlineText().contains(QStringLiteral("[-3.A.1. Electronic components")));

        view.setIgnoreTypography(true);
        QTRY_VERIFY(view.comparison()->options.ignoreTypography && !view.isRunning());
        QCOMPARE(view.comparison()->count(ChangeKind::Changed), 3);

        const QString html = m_dir.filePath(QStringLiteral("cmp.html"));
        const QString csv = m_dir.filePath(QStringLiteral("cmp.csv"));
        QVERIFY(view.exportHtml(html));
        QVERIFY(view.exportCsv(csv));
        QVERIFY(readAll(html).contains("Edition A"));
        QCOMPARE(readAll(csv).count("\r\n"), 14); // header and 13 changes
    }

    void inspectorShowsHistoryAndUndoableConcordance()
    {
        MainWindow window(&m_session);
        QVERIFY(window.openDatabase(m_session.path(), false));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Inspector"));
        InspectorPanel* inspector = window.editions()->inspector();
        QAbstractItemModelTester historyTester(inspector->history()->model(), kMode);
        QAbstractItemModelTester linksTester(inspector->concordance()->model(), kMode);

        window.editions()->showInspector(m_b, QStringLiteral("1.A.1"));
        EntryHistoryModel* history = inspector->history()->model();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(1, EntryHistoryModel::Status).data().toString(),
                 QStringLiteral("changed (2 nodes)"));
        QCOMPARE(history->index(1, EntryHistoryModel::Words).data().toString(),
                 QStringLiteral("+1 −5 words"));

        const qint64 wa = editionId(m_session, "wa-dul", "WA-LIST (23) 1 — Paceline summary");
        window.editions()->showInspector(wa, QStringLiteral("4.A.5"));
        ConcordanceModel* links = inspector->concordance()->model();
        // EU Annex I by rule, and the test list, which numbers like Wassenaar.
        QCOMPARE(links->rowCount(), 2);
        QCOMPARE(links->linkAt(0).listKey, QStringLiteral("eu-annex-i"));
        QCOMPARE(links->linkAt(0).code, QStringLiteral("4A005"));
        QCOMPARE(links->index(0, ConcordanceModel::Origin).data().toString(),
                 QStringLiteral("code rule"));

        QUndoStack* undo = window.undoStack();
        QVERIFY(inspector->concordance()->removeLink(0));
        QCOMPARE(links->rowCount(), 1);
        QCOMPARE(links->linkAt(0).listKey, QStringLiteral("test-dul"));
        undo->undo();
        QCOMPARE(links->rowCount(), 2);

        const qint64 euList = links->linkAt(0).listId;
        QVERIFY(inspector->concordance()->addLink(euList, QStringLiteral("5A004")));
        QCOMPARE(links->rowCount(), 3);
        QCOMPARE(links->linkAt(2).code, QStringLiteral("5A004"));
        QCOMPARE(links->index(2, ConcordanceModel::Origin).data().toString(),
                 QStringLiteral("added by hand"));
        undo->undo();
        QCOMPARE(links->rowCount(), 2);
        undo->redo();
        QCOMPARE(links->rowCount(), 3);
        undo->undo();
        QVERIFY(undo->canRedo());

        // Linking again what the code rule derives, after hiding it, shows the rule link again.
        QVERIFY(inspector->concordance()->removeLink(0)); // hides EU 4A005
        QCOMPARE(links->rowCount(), 1);
        QVERIFY(inspector->concordance()->addLink(euList, QStringLiteral("4A005")));
        QCOMPARE(links->rowCount(), 2);
        QCOMPARE(links->index(0, ConcordanceModel::Origin).data().toString(),
                 QStringLiteral("code rule"));
        undo->undo();
        QCOMPARE(links->rowCount(), 1); // hidden again, not lost
        QVERIFY(!inspector->concordance()->addLink(links->linkAt(0).listId, links->linkAt(0).code));
    }

    void inspectorFollowsLinksInsideAnEntryTab()
    {
        MainWindow window(&m_session);
        QVERIFY(window.openDatabase(m_session.path(), false));
        const qint64 wa = editionId(m_session, "wa-dul", "WA-LIST (23) 1 — Paceline summary");
        EntryView* view = window.browser()->openEntry(wa, QStringLiteral("5.A.2"), true);
        QVERIFY(view);
        ConcordanceModel* links = window.editions()->inspector()->concordance()->model();
        auto linkedCodes = [links] {
            QStringList out;
            for (int row = 0; row < links->rowCount(); ++row)
                out << links->linkAt(row).listKey + QLatin1Char(' ') + links->linkAt(row).code;
            return out;
        };
        QVERIFY2(linkedCodes().contains(QStringLiteral("eu-annex-i 5A002")),
                 qPrintable(linkedCodes().join(QLatin1Char(','))));
        // 5.A.2 is in both Wassenaar editions; 4.D.4 only in the newer one.
        EntryHistoryPanel* history = window.editions()->inspector()->history();
        QVERIFY2(history->heading().startsWith(QStringLiteral("5.A.2 across 2 loaded editions")),
                 qPrintable(history->heading()));
        // What a click on a code link in the entry does: the tab shows 4.D.4 ...
        emit view->openCodeRequested(wa, QStringLiteral("4.D.4"));
        QCOMPARE(view->rootCode(), QStringLiteral("4.D.4"));
        // ... and the inspector follows it.
        QVERIFY2(linkedCodes().contains(QStringLiteral("eu-annex-i 4D004")),
                 qPrintable(linkedCodes().join(QLatin1Char(','))));
        QVERIFY(!linkedCodes().contains(QStringLiteral("eu-annex-i 5A002")));
        QVERIFY2(history->heading().contains(QStringLiteral("was added in WA-LIST (23) 1")),
                 qPrintable(history->heading()));
    }

    void compareEditionsActionAndCompareWithPrevious()
    {
        MainWindow window(&m_session);
        QVERIFY(window.openDatabase(m_session.path(), false));
        QAction* action = window.findChild<QAction*>(QStringLiteral("compareEditionsAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Compare Editions…"));
        action->trigger();
        QCOMPARE(window.tabs()->count(), 2);
        QVERIFY(qobject_cast<EditionComparisonView*>(window.tabs()->currentWidget()));

        EditionComparisonView* view =
            window.editions()->compareWithPrevious(m_b, QStringLiteral("4.A.3"));
        QCOMPARE(window.tabs()->count(), 3);
        QTRY_VERIFY(view->comparison() && !view->isRunning());
        QCOMPARE(view->comparison()->from.editionId, m_a);
        QCOMPARE(view->comparison()->to.editionId, m_b);
        QCOMPARE(window.tabs()->tabText(2), QStringLiteral("Compare test-dul"));
        // Selecting a change shows that entry in the inspector.
        InspectorPanel* inspector = window.editions()->inspector();
        QCOMPARE(inspector->history()->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestEditionsUi)
#include "tst_editionsui.moc"
