#include "TestSupport.h"

#include "browser/EntryView.h"
#include "cases/CaseEditor.h"
#include "charts/FactDetails.h"
#include "charts/InnovationChart.h"
#include "lists/ListStore.h"
#include "session/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QMenuBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

// The Wassenaar December 2013 event on the intrusion-software lane.
int intrusionEvent(const InnovationChart& chart)
{
    const ChartData& d = chart.data();
    for (qsizetype i = 0; i < d.facts.size(); ++i)
        if (d.facts.at(i).extId == QLatin1String("CE-019") &&
            d.lanes.at(d.facts.at(i).lane).technology.label == QLatin1String("intrusion_software"))
            return int(i);
    return -1;
}

// The href of the first link whose text is `text` in the detail panel's HTML.
QUrl linkFor(const QString& html, const QString& text)
{
    const qsizetype end = html.indexOf(QStringLiteral("\">") + text);
    if (end < 0)
        return {};
    const qsizetype start = html.lastIndexOf(QStringLiteral("href=\""), end);
    return QUrl(html.mid(start + 6, end - start - 6));
}

// The link under the first occurrence of `text` in the panel that is a link.
QUrl linkIn(const QTextBrowser* panel, const QString& text)
{
    for (QTextCursor c = panel->document()->find(text); !c.isNull();
         c = panel->document()->find(text, c))
        if (c.charFormat().isAnchor())
            return QUrl(c.charFormat().anchorHref());
    return {};
}

} // namespace

class TestFactLinks : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DatabaseSession m_session;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PacelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PacelineTest"));
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("demo.sqlite")), true));
    }

    void resolvedCodesLinkAndOthersAreMarked()
    {
        ChartFact f;
        f.isEvent = true;
        f.codes = {QStringLiteral("4.A.5"), QStringLiteral("9.Z.<b>"), QStringLiteral("5.A.1.j")};
        ChartLane lane;
        QHash<QString, NodeLocation> resolved;
        resolved.insert(QStringLiteral("4.A.5"),
                        NodeLocation{1, 2, QStringLiteral("4.A.5"), {}, {}});
        resolved.insert(QStringLiteral("5.A.1.j"),
                        NodeLocation{3, 2, QStringLiteral("5.A.1"), {}, {}});
        const QString html = FactDetails::html(f, lane, {}, resolved);
        QCOMPARE(linkFor(html, QStringLiteral("4.A.5")), FactDetails::entryUrl(0));
        QCOMPARE(FactDetails::entryIndexOf(FactDetails::entryUrl(0)), std::optional<int>(0));
        QVERIFY2(html.contains(QStringLiteral("9.Z.&lt;b&gt; <i>(not in loaded lists)</i>")),
                 qPrintable(html));
        QCOMPARE(linkFor(html, QStringLiteral("5.A.1.j")), FactDetails::entryUrl(2));
        QVERIFY(html.contains(QStringLiteral("5.A.1.j</a> <i>(opens 5.A.1)</i>")));
        QVERIFY(!html.contains(QStringLiteral("4.A.5</a> <i>")));
        QCOMPARE(FactDetails::caseIdOf(FactDetails::caseUrl(7)), std::optional<qint64>(7));
        QVERIFY(!FactDetails::caseIdOf(QUrl(QStringLiteral("https://example.org/7"))));
    }

    void entryAndCaseLinksEmitRequests()
    {
        InnovationChart chart(*m_session.database());
        const int fact = intrusionEvent(chart);
        QVERIFY(fact >= 0);
        chart.showDetails(fact);
        const QString html = chart.details()->toHtml();
        const QString text = chart.details()->toPlainText();
        QVERIFY2(!text.contains(QStringLiteral("4.A.5 (not in loaded lists)")), qPrintable(text));

        QSignalSpy entries(&chart, &InnovationChart::openEntryRequested);
        const QUrl entryLink = linkIn(chart.details(), QStringLiteral("4.A.5"));
        QVERIFY2(FactDetails::entryIndexOf(entryLink), qPrintable(html));
        emit chart.details()->anchorClicked(entryLink);
        QCOMPARE(entries.size(), 1);
        const qint64 wassenaar =
            ListStore(*m_session.database())
                .findEdition(QStringLiteral("wa-dul"),
                             QStringLiteral("WA-LIST (23) 1 — Paceline summary"))
                ->id;
        QCOMPARE(entries.at(0).at(0).toLongLong(), wassenaar);
        QCOMPARE(entries.at(0).at(1).toString(), QStringLiteral("4.A.5"));

        QSignalSpy cases(&chart, &InnovationChart::openCaseRequested);
        const qsizetype related = html.indexOf(QStringLiteral("paceline-case:"));
        QVERIFY2(related >= 0, qPrintable(html));
        const QUrl caseLink(html.mid(related, html.indexOf(QLatin1Char('"'), related) - related));
        emit chart.details()->anchorClicked(caseLink);
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.at(0).at(0).toLongLong(), *FactDetails::caseIdOf(caseLink));
        QVERIFY(cases.at(0).at(0).toLongLong() > 0);
    }

    void mainWindowOpensTheEntryInTheBrowser()
    {
        DatabaseSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(m_session.path(), false));
        for (QAction* a : window.menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Charts"))
                a->menu()->actions().first()->trigger();
        auto* chart = qobject_cast<InnovationChart*>(window.tabs()->currentWidget());
        QVERIFY(chart);
        QTRY_VERIFY(!chart->isLoading());
        chart->showDetails(intrusionEvent(*chart));
        const QUrl link = linkIn(chart->details(), QStringLiteral("4.A.5"));
        QVERIFY(link.isValid());
        QSignalSpy spy(chart, &InnovationChart::openEntryRequested);
        emit chart->details()->anchorClicked(link);
        QCOMPARE(spy.size(), 1);
        auto* entry = qobject_cast<EntryView*>(window.tabs()->currentWidget());
        QVERIFY(entry);
        QCOMPARE(entry->rootCode(), QStringLiteral("4.A.5"));

        // A related case opens in its editor.
        window.tabs()->setCurrentWidget(chart);
        const QString html = chart->details()->toHtml();
        const qsizetype at = html.indexOf(QStringLiteral("paceline-case:"));
        QVERIFY(at >= 0);
        emit chart->details()->anchorClicked(
            QUrl(html.mid(at, html.indexOf(QLatin1Char('"'), at) - at)));
        QVERIFY(qobject_cast<CaseEditor*>(window.tabs()->currentWidget()));
    }
};

QTEST_MAIN(TestFactLinks)
#include "tst_factlinks.moc"
