#include "TestSupport.h"

#include "browser/BrowserController.h"
#include "browser/BrowserPanel.h"
#include "browser/EntryHtml.h"
#include "browser/EntryView.h"
#include "browser/SearchResultsModel.h"
#include "editions/EditionsController.h"
#include "editions/EntryHistoryPanel.h"
#include "editions/InspectorPanel.h"
#include "io/ImportService.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// Issue #15: after a code link the inspector kept speaking of the linked entry when another
// entry was opened from the search results. Every route that changes the entry shown must
// bring the inspector along.
class TestInspectorFollows : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_edition = 0;

    EntryView* currentEntry() const
    {
        return qobject_cast<EntryView*>(m_window->tabs()->currentWidget());
    }
    QString inspectorHeading() const
    {
        return m_window->editions()->inspector()->history()->heading();
    }
    // The History tab names the entry in the current tab, and nothing else.
    bool inspectorNamesCurrentEntry(const QString& code) const
    {
        EntryView* entry = currentEntry();
        return entry && entry->rootCode() == code &&
               inspectorHeading().startsWith(code + QLatin1Char(' '));
    }
    void search(const QString& text)
    {
        BrowserPanel* panel = m_window->browserPanel();
        panel->searchField()->clear(); // the same text again would not search again
        QSignalSpy finished(panel, &BrowserPanel::searchFinished);
        panel->searchField()->setText(text);
        QVERIFY(finished.wait(5000));
        QVERIFY(panel->resultsModel()->rowCount() > 0);
    }
    void followLinkTo(const QString& code)
    {
        QVERIFY(currentEntry());
        currentEntry()->activateLink(codeLink(code));
        QVERIFY2(inspectorNamesCurrentEntry(code), qPrintable(inspectorHeading()));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineTest"));
        const QString path = m_dir.filePath(QStringLiteral("follow.sqlite"));
        QVERIFY(m_session.open(path, false));
        QVERIFY(importFile(*m_session.database(),
                           fixture(QStringLiteral("lists/small.paceline.json")),
                           ImportFormat::Auto));
        auto edition =
            ListStore(*m_session.database()).findEdition(QStringLiteral("test-list"), {});
        QVERIFY(edition);
        m_edition = edition->id;
        m_window = std::make_unique<MainWindow>(&m_session);
        QVERIFY(m_window->openDatabase(path, false));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    void treeActivation()
    {
        BrowserPanel* panel = m_window->browserPanel();
        panel->revealInTree(m_edition, QStringLiteral("4A005"));
        QTest::keyClick(panel->tree(), Qt::Key_Return);
        QVERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4A005")),
                 qPrintable(inspectorHeading()));
    }

    void codeLinkThenResultClick()
    {
        followLinkTo(QStringLiteral("4D004"));
        // The reported case: the link navigated this tab, and a result opens 4A005 in it.
        search(QStringLiteral("4a5"));
        QListView* results = m_window->browserPanel()->resultsView();
        const QModelIndex first = results->model()->index(0, 0);
        QVERIFY(first.data().toString().startsWith(QStringLiteral("4A005")));
        emit results->activated(first); // what a double-click (or a click, by style) sends
        QVERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4A005")),
                 qPrintable(inspectorHeading()));
        QCOMPARE(m_window->tabs()->count(), 2); // the link's tab navigated back, no new tab
    }

    void codeLinkThenKeyboardInResults()
    {
        followLinkTo(QStringLiteral("4D004"));
        search(QStringLiteral("4a5"));
        BrowserPanel* panel = m_window->browserPanel();
        QTest::keyClick(panel->searchField(), Qt::Key_Down); // into the results list
        QVERIFY(panel->resultsView()->currentIndex().isValid());
        QTest::keyClick(panel->resultsView(), Qt::Key_Return);
        QVERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4A005")),
                 qPrintable(inspectorHeading()));
    }

    void tabSwitchAndClose()
    {
        QTabWidget* tabs = m_window->tabs();
        QVERIFY(m_window->browser()->openEntry(m_edition, QStringLiteral("4D004"), true));
        QCOMPARE(tabs->count(), 3);
        QVERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4D004")),
                 qPrintable(inspectorHeading()));
        tabs->setCurrentIndex(1);
        QVERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4A005")),
                 qPrintable(inspectorHeading()));

        // Closing the current tab: the next entry tab takes over the inspector.
        qobject_cast<QAbstractButton*>(tabs->tabBar()->tabButton(1, QTabBar::RightSide))->click();
        QCOMPARE(tabs->count(), 2);
        QTRY_VERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4D004")),
                     qPrintable(inspectorHeading()));

        // Closing the last entry tab leaves the Overview: the inspector no longer speaks of it.
        qobject_cast<QAbstractButton*>(tabs->tabBar()->tabButton(1, QTabBar::RightSide))->click();
        QCOMPARE(tabs->count(), 1);
        QTRY_VERIFY2(!inspectorHeading().contains(QStringLiteral("4D004")),
                     qPrintable(inspectorHeading()));
        QCOMPARE(m_window->editions()->inspector()->history()->editionId(), 0);
    }

    void comparisonTabThenBackToTheEntry()
    {
        // A comparison shows its selected change in the inspector; back on the entry tab the
        // inspector speaks of that entry again.
        QVERIFY(m_window->browser()->openEntry(m_edition, QStringLiteral("4A005"), false));
        QVERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4A005")),
                 qPrintable(inspectorHeading()));
        const int entryTab = m_window->tabs()->currentIndex();
        m_window->editions()->showInspector(m_edition, QStringLiteral("4D004"));
        m_window->tabs()->setCurrentIndex(0);
        m_window->tabs()->setCurrentIndex(entryTab);
        QVERIFY2(inspectorNamesCurrentEntry(QStringLiteral("4A005")),
                 qPrintable(inspectorHeading()));
    }
};

QTEST_MAIN(TestInspectorFollows)
#include "tst_inspectorfollows.moc"
