#include "TestSupport.h"

#include "browser/BrowserController.h"
#include "browser/BrowserPanel.h"
#include "browser/EntryHtml.h"
#include "browser/EntryView.h"
#include "browser/ListTreeModel.h"
#include "browser/SearchResultsModel.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// A session holding the small EU-style fixture and the Wassenaar one with SL / VSL marks.
struct Fixture {
    QTemporaryDir dir;
    DatabaseSession session;
    qint64 wa = 0;

    Fixture()
    {
        if (!session.open(dir.filePath(QStringLiteral("s.sqlite")), false))
            qFatal("cannot open the test database");
        for (const char* name : {"lists/small.paceline.json", "lists/wa-sensitive.paceline.json"}) {
            auto doc = readListJsonFile(fixture(QLatin1String(name)));
            auto imported = ListStore(*session.database()).importDocument(doc.value());
            if (!imported)
                qFatal("%s", qPrintable(imported.error().toString()));
            wa = imported->edition.id;
        }
        session.announce(ChangeSet(ChangeSet::Lists));
    }
};

// The codes (or titles, above the nodes) of the rows under an index, fetching them first.
QStringList childRows(ListTreeModel& model, const QModelIndex& parent)
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    QStringList out;
    for (int i = 0; i < model.rowCount(parent); ++i) {
        const QModelIndex c = model.index(i, 0, parent);
        const QString code = c.data(ListTreeModel::CodeRole).toString();
        out << (code.isEmpty() ? c.data().toString() : code);
    }
    return out;
}

QModelIndex child(ListTreeModel& model, const QModelIndex& parent, int row)
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    return model.index(row, 0, parent);
}

} // namespace

class TestSensitiveList : public QObject {
    Q_OBJECT
private slots:
    void treeShowsOnlyTheWayToMarkedNodes()
    {
        Fixture f;
        ListTreeModel model(&f.session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(childRows(model, {}).size(), 2); // both regimes
        model.setSensitivityFilter(Sensitivity::Sensitive);
        QCOMPARE(childRows(model, {}), strings({"Wassenaar Arrangement"}));
        const QModelIndex edition = child(model, child(model, {}, 0), 0);
        const QModelIndex top = child(model, edition, 0);
        QCOMPARE(childRows(model, top), strings({"4", "5"}));
        const QModelIndex cat4 = model.index(0, 0, top);
        QCOMPARE(childRows(model, cat4), strings({"4.A"})); // 4.D has nothing marked
        const QModelIndex group = model.index(0, 0, cat4);
        QCOMPARE(childRows(model, group), strings({"4.A.1", "4.A.5"}));
        // Inside a marked entry everything shows; above a marked item only the way down.
        QCOMPARE(childRows(model, model.index(1, 0, group)), strings({"4.A.5.a"}));
        const QModelIndex a = child(model, model.index(0, 0, group), 0);
        QCOMPARE(childRows(model, a), strings({"4.A.1.a.2"}));

        model.setSensitivityFilter(Sensitivity::VerySensitive);
        QVERIFY(model.indexFor(f.wa, QStringLiteral("4.A.1.a.2")).isValid());
        QVERIFY(!model.indexFor(f.wa, QStringLiteral("4.A.5")).isValid());
        model.setSensitivityFilter(Sensitivity::None);
        QVERIFY(model.indexFor(f.wa, QStringLiteral("4.D.4")).isValid());
    }

    void panelFilterSitsBySearchFieldAndAppliesToBoth()
    {
        Fixture f;
        BrowserPanel panel(&f.session);
        panel.show();
        QComboBox* filter = panel.sensitivityFilter();
        QCOMPARE(filter->count(), 3);
        QCOMPARE(filter->itemText(1), QStringLiteral("SL"));
        QCOMPARE(filter->itemText(2), QStringLiteral("VSL"));
        QVERIFY(filter->itemData(2, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Very Sensitive List")));
        // Beside the search field, not below it.
        QCOMPARE(filter->geometry().center().y(), panel.searchField()->geometry().center().y());

        filter->setCurrentIndex(1);
        QCOMPARE(panel.treeModel()->sensitivityFilter(), Sensitivity::Sensitive);
        QVERIFY(panel.statusText().contains(QStringLiteral("Sensitive List")));
        QSignalSpy finished(&panel, &BrowserPanel::searchFinished);
        panel.searchField()->setText(QStringLiteral("surveillance"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.resultsModel()->rowCount(), 1);
        const QModelIndex hit = panel.resultsModel()->index(0);
        QVERIFY(hit.data(SearchResultsModel::HtmlRole)
                    .toString()
                    .startsWith(QStringLiteral(
                        "<b>5.A.1.j</b> <span class=\"sl\"><b>&nbsp;SL&nbsp;</b></span>")));
        QVERIFY(hit.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("On the Wassenaar Sensitive List")));
        filter->setCurrentIndex(2); // the VSL: the SL item drops out
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.resultsModel()->rowCount(), 0);
        filter->setCurrentIndex(0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.resultsModel()->rowCount(), 1);

        // Showing a node the filter hides turns the filter off.
        filter->setCurrentIndex(2);
        panel.searchField()->clear();
        panel.revealInTree(f.wa, QStringLiteral("4.D.4"));
        QCOMPARE(filter->currentIndex(), 0);
        QCOMPARE(panel.tree()->currentIndex().data(ListTreeModel::CodeRole).toString(),
                 QStringLiteral("4.D.4"));
    }

    void entryViewBadgesCodesOnTheLists()
    {
        Fixture f;
        EntryView view(&f.session);
        QVERIFY(view.showEntry(f.wa, QStringLiteral("4.A.5")));
        const QString html = entryHtml(view.document());
        QVERIFY2(html.contains(QStringLiteral("paceline-sensitivity:sensitive")), qPrintable(html));
        QVERIFY(view.plainText().simplified().startsWith(QStringLiteral("4.A.5 SL Systems")));
        QCOMPARE(view.toolTipFor(QUrl(QStringLiteral("paceline-sensitivity:sensitive"))),
                 QStringLiteral("On the Wassenaar Sensitive List"));
        QCOMPARE(view.toolTipFor(QUrl(QStringLiteral("paceline-sensitivity:very-sensitive"))),
                 QStringLiteral("On the Wassenaar Very Sensitive List"));
        // The badge replaces the attribute line.
        QVERIFY(!view.plainText().contains(QStringLiteral("Sensitivity")));

        QVERIFY(view.showEntry(f.wa, QStringLiteral("4.A.1")));
        const QString item = entryHtml(view.document());
        QVERIFY(item.contains(QStringLiteral("paceline-sensitivity:very-sensitive")));
        QVERIFY(!item.contains(QStringLiteral("paceline-sensitivity:sensitive\"")));
        QVERIFY(view.plainText().simplified().contains(
            QStringLiteral("2. VSL Radiation hardened beyond")));
        QVERIFY(view.plainText().startsWith(QStringLiteral("4.A.1 "))); // not on a list itself
        QVERIFY(!view.plainText().simplified().contains(QStringLiteral(" SL ")));

        QVERIFY(view.showEntry(f.wa, QStringLiteral("4.A.4")));
        QVERIFY(view.plainText().contains(QStringLiteral("Not used since: 2009")));
        QVERIFY(!view.plainText().contains(QStringLiteral("SL")));
    }

    void termScopeShownWithTheDefinition()
    {
        Fixture f;
        EntryView view(&f.session);
        QVERIFY(view.showEntry(f.wa, QStringLiteral("4.A.5")));
        const QUrl term = termLink(QStringLiteral("intrusion software"));
        view.activateLink(term);
        QVERIFY2(view.definitionText().contains(QStringLiteral("Defined term \u2014 Cat 4")),
                 qPrintable(view.definitionText()));
        QVERIFY(view.toolTipFor(term).contains(QStringLiteral("intrusion software \u2014 Cat 4")));
        QVERIFY(view.plainText().contains(QStringLiteral("intrusion software (Cat 4)")));

        QTabWidget tabs;
        BrowserPanel panel(&f.session);
        BrowserController controller(&f.session, &tabs, &panel);
        controller.openTerm(f.wa, QStringLiteral("intrusion software"));
        auto* def = qobject_cast<QTextBrowser*>(tabs.currentWidget());
        QVERIFY(def);
        QVERIFY2(def->toPlainText().contains(QStringLiteral("Defined term \u2014 Cat 4")),
                 qPrintable(def->toPlainText()));
        controller.openTerm(f.wa, QStringLiteral("software"));
        def = qobject_cast<QTextBrowser*>(tabs.currentWidget());
        QVERIFY(def->toPlainText().contains(QStringLiteral("Defined term ·")));
    }
};

QTEST_MAIN(TestSensitiveList)
#include "tst_sensitivelist.moc"
