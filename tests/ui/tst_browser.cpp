#include "TestSupport.h"

#include "browse/ListBrowser.h"
#include "browser/BrowserController.h"
#include "browser/BrowserPanel.h"
#include "browser/EntryHtml.h"
#include "browser/EntryView.h"
#include "browser/ListTreeModel.h"
#include "browser/SearchResultsModel.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// A session on a fresh database holding the small fixture, its 4A005 title made hostile.
struct Fixture {
    QTemporaryDir dir;
    DatabaseSession session;
    qint64 edition = 0;

    explicit Fixture(bool demo = false)
    {
        if (!session.open(dir.filePath(QStringLiteral("b.sqlite")), demo))
            qFatal("cannot open the test database");
        auto doc = readListJsonFile(fixture(QStringLiteral("lists/small.paceline.json")));
        if (!doc)
            qFatal("fixture unreadable");
        doc->nodes[2].title = QStringLiteral(
            "Systems for \"intrusion software\" <b>x</b> <img src=\"file:///etc/passwd\">");
        auto imported = ListStore(*session.database()).importDocument(doc.value());
        if (!imported)
            qFatal("%s", qPrintable(imported.error().toString()));
        edition = imported->edition.id;
        session.announce(ChangeSet(ChangeSet::Lists));
    }
};

} // namespace

class TestBrowser : public QObject {
    Q_OBJECT
private slots:
    void treeModelIsLazyAndWellBehaved()
    {
        Fixture f(true);
        ListTreeModel model(&f.session);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3); // EU, Test Regime, Wassenaar
        // Nothing below the regimes is read until asked for.
        QVERIFY(model.canFetchMore(model.index(0, 0)));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(model.hasChildren(model.index(0, 0)));
        Tester tester(&model, kQtTest); // fetches and checks what it can reach

        const QModelIndex item = model.indexFor(f.edition, QStringLiteral("4A005.a"));
        QVERIFY(item.isValid());
        QCOMPARE(item.data(ListTreeModel::CodeRole).toString(), QStringLiteral("4A005.a"));
        QVERIFY(
            item.data().toString().startsWith(QStringLiteral("a.  Equipment for <b>testing</b>")));
        QVERIFY(!model.hasChildren(item));
        const QModelIndex entry = item.parent();
        QCOMPARE(entry.data(ListTreeModel::CodeRole).toString(), QStringLiteral("4A005"));
        QCOMPARE(model.rowCount(entry), 2);
        QCOMPARE(model.index(1, 0, entry).data().toString().left(4), QStringLiteral("Note"));

        // An import resets the tree: it is read again, collapsed.
        f.session.announce(ChangeSet(ChangeSet::Lists));
        if (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
    }

    void treeIsKeyboardNavigable()
    {
        Fixture f;
        BrowserPanel panel(&f.session);
        panel.show();
        QSignalSpy open(&panel, &BrowserPanel::openEntryRequested);
        QTreeView* tree = panel.tree();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        // Regime -> list -> edition -> category -> group -> entry with Right/Down.
        for (int level = 0; level < 5; ++level) {
            QTest::keyClick(tree, Qt::Key_Right); // expand
            QTest::keyClick(tree, Qt::Key_Down);  // first child
        }
        QCOMPARE(tree->currentIndex().data(ListTreeModel::CodeRole).toString(),
                 QStringLiteral("4A005"));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("4A005"));
        QCOMPARE(open.first().at(2).toBool(), false);
        // The context menu's shortcuts work on the current row.
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.last().at(2).toBool(), true);
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("4A005"));
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Test List 4A005 (Test 2024)"));
    }

    void contextMenuOffersTheNodeActions()
    {
        Fixture f;
        BrowserPanel panel(&f.session);
        panel.show();
        panel.revealInTree(f.edition, QStringLiteral("4D004"));
        QCOMPARE(panel.tree()->currentIndex().data(ListTreeModel::CodeRole).toString(),
                 QStringLiteral("4D004"));
        QSignalSpy compare(&panel, &BrowserPanel::compareWithPreviousRequested);
        QSignalSpy propose(&panel, &BrowserPanel::proposeAmendmentRequested);
        emit panel.tree()->customContextMenuRequested(QPoint(-5, -5)); // as the menu key does
        auto* menu = panel.findChild<QMenu*>();
        QVERIFY(menu);
        QStringList texts;
        for (QAction* a : menu->actions())
            texts << a->text();
        for (const char* wanted : {"Copy Code", "Copy Citation", "Open in New Tab",
                                   "Compare with Previous Edition", "Propose Amendment…"})
            QVERIFY2(texts.contains(QString::fromUtf8(wanted)), wanted);
        for (QAction* a : menu->actions())
            if (a->text().startsWith(QStringLiteral("Compare")) ||
                a->text().startsWith(QStringLiteral("Propose")))
                a->trigger();
        QCOMPARE(compare.size(), 1);
        QCOMPARE(compare.first().at(1).toString(), QStringLiteral("4D004"));
        QCOMPARE(propose.first().at(0).toLongLong(), f.edition);
    }

    void searchAsYouTypeAndEnterOpens()
    {
        Fixture f(true);
        BrowserPanel panel(&f.session);
        panel.show();
        Tester tester(panel.resultsModel(), kQtTest);
        QSignalSpy finished(&panel, &BrowserPanel::searchFinished);
        QSignalSpy open(&panel, &BrowserPanel::openEntryRequested);
        QTest::keyClicks(panel.searchField(), QStringLiteral("4a5"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1); // the keystrokes were debounced into one search
        QVERIFY(panel.statusText().contains(QStringLiteral("Enter opens")));
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QVERIFY(QStringList({QStringLiteral("4A005"), QStringLiteral("4.A.5")})
                    .contains(open.first().at(1).toString()));

        // Filters: one list, entries only.
        panel.listFilter()->setCurrentIndex(panel.listFilter()->findData(QStringLiteral("wa-dul")));
        panel.searchField()->setText(QStringLiteral("\"intrusion software\""));
        QVERIFY(finished.wait(5000));
        QVERIFY(panel.resultsModel()->rowCount() > 0);
        for (int i = 0; i < panel.resultsModel()->rowCount(); ++i)
            QCOMPARE(panel.resultsModel()->hit(i).listKey, QStringLiteral("wa-dul"));

        // Clearing the field brings the tree back.
        panel.searchField()->clear();
        QTRY_VERIFY(panel.tree()->isVisible());
    }

    void aTypingSlipOffersTheLikelyWord()
    {
        Fixture f;
        BrowserPanel panel(&f.session);
        panel.show();
        QSignalSpy finished(&panel, &BrowserPanel::searchFinished);
        auto suggestion = [&]() -> QLabel* {
            for (QLabel* l : panel.findChildren<QLabel*>())
                if (l->isVisible() && l->text().startsWith(QStringLiteral("Did you mean")))
                    return l;
            return nullptr;
        };
        QTest::keyClicks(panel.searchField(), QStringLiteral("intrusoin software "));
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.resultsModel()->rowCount(), 0);
        QLabel* offer = suggestion();
        QVERIFY(offer);
        QVERIFY2(offer->text().contains(QStringLiteral(">intrusion software<")),
                 qPrintable(offer->text()));
        // Taking the offer searches for it.
        emit offer->linkActivated(QStringLiteral("suggestion"));
        QCOMPARE(panel.searchField()->text(), QStringLiteral("intrusion software"));
        QVERIFY(finished.wait(5000));
        QVERIFY(panel.resultsModel()->rowCount() > 0);
        QVERIFY(!suggestion());
        // The search field explains the operators.
        QVERIFY(panel.searchField()->toolTip().contains(QStringLiteral("OR")));
        QVERIFY(panel.searchField()->toolTip().contains(QStringLiteral("-word")));
    }

    void highlightedSnippetsAreEscaped()
    {
        const QString marked =
            QStringLiteral("a <b>x</b> ") + kMatchStart + QStringLiteral("<img src=y>") + kMatchEnd;
        const QString html = SearchResultsModel::markedToHtml(marked);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"match\">&lt;img src=y&gt;</span>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
    }

    void entryShowsImportedMarkupLiterally()
    {
        Fixture f;
        EntryView view(&f.session);
        QVERIFY(view.showEntry(f.edition, QStringLiteral("4A005.a")));
        const QString text = view.plainText();
        QVERIFY2(text.contains(QStringLiteral("<b>x</b>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
        QVERIFY(text.contains(QStringLiteral("Equipment for <b>testing</b> & evaluation.")));
        QVERIFY(!view.browser()->toHtml().contains(QStringLiteral("<img")));
        QVERIFY(text.contains(QStringLiteral("Reasons for control: NS, AT")));
        QVERIFY(text.contains(QStringLiteral("Licence exceptions: ACE")));
        QCOMPARE(view.rootCode(), QStringLiteral("4A005"));
    }

    void entryLinksTermsAndCodes()
    {
        Fixture f;
        EntryView view(&f.session);
        QVERIFY(view.showEntry(f.edition, QStringLiteral("4A005")));
        const QString html = entryHtml(view.document());
        QVERIFY(html.contains(QStringLiteral("href=\"paceline-term:intrusion%20software\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"paceline-term:vulnerability%20disclosure\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"paceline-code:4D004\"")));

        const QUrl term = termLink(QStringLiteral("intrusion software"));
        QVERIFY(view.toolTipFor(term).contains(QStringLiteral("extract data")));
        view.activateLink(term);
        QVERIFY(
            view.definitionText().contains(QStringLiteral("Software designed to avoid detection")));

        QSignalSpy openCode(&view, &EntryView::openCodeRequested);
        QSignalSpy status(&view, &EntryView::statusMessage);
        view.activateLink(codeLink(QStringLiteral("4D004")));
        QCOMPARE(openCode.size(), 1);
        QCOMPARE(openCode.first().at(1).toString(), QStringLiteral("4D004"));
        view.activateLink(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(openCode.size(), 1);
        QCOMPARE(status.size(), 1);

        // Attributes fold away and come back.
        view.activateLink(QUrl(QStringLiteral("paceline-toggle:attributes")));
        QVERIFY(!view.plainText().contains(QStringLiteral("Licence exceptions: ACE")));
        view.activateLink(QUrl(QStringLiteral("paceline-toggle:attributes")));
        QVERIFY(view.plainText().contains(QStringLiteral("Licence exceptions: ACE")));
    }

    void linkifyFindsCodeReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("item") << QStringLiteral("meet 4A090.a.")
                              << QStringList{QStringLiteral("4A090.a")};
        QTest::newRow("eccn") << QStringLiteral("See ECCN 0A506 for rifles")
                              << QStringList{QStringLiteral("0A506")};
        QTest::newRow("plain") << QStringLiteral("see 5A002 and 4.A.5.")
                               << QStringList{QStringLiteral("5A002"), QStringLiteral("4.A.5")};
        QTest::newRow("none") << QStringLiteral("12.7 mm, 50 caliber") << QStringList{};
    }
    void linkifyFindsCodeReferences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        const QString html = linkifiedHtml(text, {});
        QCOMPARE(html.count(QStringLiteral("href=\"paceline-code:")), links.size());
        for (const QString& code : links)
            QVERIFY2(html.contains(QStringLiteral("href=\"paceline-code:%1\"").arg(code)),
                     qPrintable(html));
    }

    void controllerOpensTabsOnce()
    {
        Fixture f;
        QTabWidget tabs;
        BrowserPanel panel(&f.session);
        BrowserController controller(&f.session, &tabs, &panel);
        QVERIFY(controller.openEntry(f.edition, QStringLiteral("4A005"), false));
        QCOMPARE(tabs.count(), 1);
        QCOMPARE(tabs.tabText(0), QStringLiteral("4A005"));
        // The same entry (or an item of it) reuses its tab; a new tab is asked for explicitly.
        QVERIFY(controller.openEntry(f.edition, QStringLiteral("4A005.a"), false));
        QCOMPARE(tabs.count(), 1);
        QVERIFY(controller.openEntry(f.edition, QStringLiteral("4D004"), true));
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.tabText(1), QStringLiteral("4D004"));
        QVERIFY(!controller.openEntry(f.edition, QStringLiteral("9Z999"), false));
        QCOMPARE(tabs.count(), 2);
        controller.openTerm(f.edition, QStringLiteral("intrusion software"));
        QCOMPARE(tabs.count(), 3);
        auto* def = qobject_cast<QTextBrowser*>(tabs.currentWidget());
        QVERIFY(def && def->toPlainText().contains(
                           QStringLiteral("Software designed to avoid detection")));
    }

    void backAndForwardInAnEntryTab()
    {
        Fixture f(true); // the demo, whose entries are long enough to scroll
        QTabWidget tabs;
        tabs.resize(700, 300);
        BrowserPanel panel(&f.session);
        BrowserController controller(&f.session, &tabs, &panel);
        QSignalSpy shown(&controller, &BrowserController::entryShown);
        EntryView* view = controller.openEntry(f.edition, QStringLiteral("4A005"), false);
        QVERIFY(view);
        tabs.show();
        tabs.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tabs));
        QVERIFY(!view->canGoBack() && !view->canGoForward());
        // Scrolled down, then a code link: the link navigates inside the tab.
        QScrollBar* scroll = view->browser()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        const int left = scroll->value();
        view->activateLink(QUrl(QStringLiteral("paceline-code:4D004")));
        QCOMPARE(view->rootCode(), QStringLiteral("4D004"));
        QVERIFY(view->canGoBack());
        // Back: the entry before, where the reader left it; the tab and the inspector follow.
        shown.clear();
        QVERIFY(view->goBack());
        QCOMPARE(view->rootCode(), QStringLiteral("4A005"));
        QCOMPARE(tabs.tabText(0), QStringLiteral("4A005"));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(1).toString(), QStringLiteral("4A005"));
        QCOMPARE(scroll->value(), left);
        QVERIFY(view->canGoForward());
        // Alt+Right goes forward again; a new link then forgets Forward.
        view->browser()->setFocus();
        QTest::keyClick(view->browser(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view->rootCode(), QStringLiteral("4D004"));
        QVERIFY(view->goBack());
        view->activateLink(QUrl(QStringLiteral("paceline-code:4E001")));
        QVERIFY(!view->canGoForward());
        // The mouse's back button.
        QTest::mouseClick(view->browser()->viewport(), Qt::BackButton);
        QCOMPARE(view->rootCode(), QStringLiteral("4A005"));
    }

    void definitionsAreReadable()
    {
        Fixture f;
        QTabWidget tabs;
        tabs.resize(1000, 500);
        BrowserPanel panel(&f.session);
        BrowserController controller(&f.session, &tabs, &panel);
        EntryView* view = controller.openEntry(f.edition, QStringLiteral("4A005"), false);
        QVERIFY(view);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        view->activateLink(QUrl(QStringLiteral("paceline-term:intrusion software")));
        QVERIFY(!view->definitionText().isEmpty());
        auto* panelWidget = view->findChild<QSplitter*>()->widget(1);
        QVERIFY2(panelWidget->width() >= 300, qPrintable(QString::number(panelWidget->width())));
    }

    void mainWindowHostsTheBrowser()
    {
        QTemporaryDir dir;
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("w.sqlite")), true));
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("listsDock"));
        QVERIFY(dock);
        QCOMPARE(dock->widget(), window.browserPanel());
        ListTreeModel* model = window.browserPanel()->treeModel();
        if (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex wa = model->index(1, 0);
        QCOMPARE(wa.data().toString(), QStringLiteral("Wassenaar Arrangement"));
        auto latest = ListBrowser(*session.database()).latestEditions();
        QVERIFY(latest && !latest->isEmpty());
        QVERIFY(window.browser()->openEntry(latest->first().id,
                                            latest->first().listKey == QLatin1String("wa-dul")
                                                ? QStringLiteral("4.A.5")
                                                : QStringLiteral("4A005"),
                                            false));
        QCOMPARE(window.tabs()->count(), 2);
        // Another database closes the entry tabs: they showed the old one.
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("w2.sqlite")), true));
        QCOMPARE(window.tabs()->count(), 1);
    }

    void realCclExpandsDownToAnItem()
    {
        const QString file = sharedDataFile(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        PACELINE_REQUIRE_SHARED(file);
        QTemporaryDir dir;
        DatabaseSession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("ccl.sqlite")), false));
        auto doc = readListJsonFile(file);
        QVERIFY(doc);
        auto imported = ListStore(*session.database()).importDocument(doc.value());
        QVERIFY(imported);
        session.announce(ChangeSet(ChangeSet::Lists));
        ListTreeModel model(&session);
        Tester tester(&model, kQtTest);
        const QModelIndex item = model.indexFor(imported->edition.id, QStringLiteral("4A005.z.1"));
        QVERIFY(item.isValid());
        QVERIFY(item.data().toString().startsWith(QStringLiteral("z.1.")));
        EntryView view(&session);
        QVERIFY(view.showEntry(imported->edition.id, QStringLiteral("4A005.z.1")));
        const QString html = entryHtml(view.document());
        QVERIFY(html.contains(QStringLiteral("href=\"paceline-code:4A090.a\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"paceline-code:4A090\"")));
        QVERIFY(view.plainText().contains(
            QStringLiteral("15 CFR 774 Supp. 1, ECCN 4A005 (eCFR 2025 (first half))")));
    }
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
