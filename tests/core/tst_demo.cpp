#include "TestSupport.h"

#include "cases/CaseStore.h"
#include "demo/DemoDataset.h"
#include "editions/EditionDiff.h"
#include "lists/ListStore.h"
#include "stats/DatabaseStats.h"
#include "timeline/TimelineStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void installsTheWholeDemo()
    {
        TempDatabase t;
        QVERIFY(!databaseHasContent(*t.db).value());
        auto demo = installDemoDataset(*t.db);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        QVERIFY(databaseHasContent(*t.db).value());

        auto stats = collectStats(*t.db);
        QVERIFY(stats);
        QCOMPARE(stats->events, 80);
        QCOMPARE(stats->milestones, 58);
        QCOMPARE(stats->cases, 3);
        QVERIFY(stats->technologies >= 28);

        const EditionCounts* wa = nullptr;
        for (const EditionCounts& e : stats->editions)
            if (e.listKey == QLatin1String("wa-dul"))
                wa = &e;
        QVERIFY(wa);
        QVERIFY(wa->nodesByKind.value(QStringLiteral("entry")) >= 40);
        QCOMPARE(wa->nodesByKind.value(QStringLiteral("category")), 9); // WA categories 1-9
        QVERIFY(wa->terms >= 8);
    }

    void timelineCodesResolveInTheDemoLists()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        auto wa = ListStore(*t.db).findEdition(QStringLiteral("wa-dul"),
                                               QStringLiteral("WA-LIST (23) 1 — Paceline summary"));
        QVERIFY(wa);
        auto doc = ListStore(*t.db).loadEdition(wa->id);
        QSet<QString> codes;
        for (const ListNode& n : doc->nodes) {
            codes.insert(n.code);
            if (n.kind == NodeKind::Entry) {
                bool summary = false;
                for (const auto& [k, v] : n.attributes)
                    summary = summary ||
                              (k == QLatin1String("text_status") && v == QLatin1String("summary"));
                QVERIFY2(summary, qPrintable(n.code)); // marked as a summary, not official text
            }
        }
        for (const char* code :
             {"4.A.5", "4.D.4", "4.E.1.c", "5.A.1.j", "3.B.1", "5.A.4.b", "9.A.4.h"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);

        // The intrusion-software story: CE-019, 4 Dec 2013, names the WA entries.
        auto events = TimelineStore(*t.db).events();
        auto it = std::find_if(events->begin(), events->end(), [](const ControlEvent& e) {
            return e.extId == QLatin1String("CE-019");
        });
        QVERIFY(it != events->end());
        QCOMPARE(it->date.toIsoString(), QStringLiteral("2013-12-04"));
        for (const QString& c : it->codes)
            QVERIFY2(codes.contains(c), qPrintable(c));
    }

    void sampleCasesTellTheIntrusionSoftwareStory()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        CaseStore store(*t.db);
        auto cases = store.list();
        QVERIFY(cases);
        QCOMPARE(cases->size(), 3);
        int adopted = 0;
        for (const CaseRecord& c : cases.value()) {
            QVERIFY(!c.proposedText.isEmpty());
            QCOMPARE(c.listKey, QStringLiteral("wa-dul"));
            if (c.kind != CaseKind::NewEntry)
                QVERIFY2(!c.baseText.isEmpty(), qPrintable(c.title)); // frozen from the edition
            if (c.status == CaseStatus::Adopted) {
                ++adopted;
                QVERIFY(store.statusHistory(c.id)->size() >= 4);
            }
        }
        QCOMPARE(adopted, 2);
    }

    void secondInstallChangesNothing()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        auto again = installDemoDataset(*t.db); // cases already exist: refused as a whole
        QVERIFY(!again);
        auto stats = collectStats(*t.db);
        QCOMPARE(stats->cases, 3);
        QCOMPARE(stats->editions.size(), 3);
    }

    void reconstructedEditionShowsTheIntrusionSoftwareAdditions()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        auto older = ListStore(*t.db).findEdition(
            QStringLiteral("wa-dul"), QStringLiteral("WA-LIST (12) 1 — Paceline reconstruction"));
        auto newer = ListStore(*t.db).findEdition(
            QStringLiteral("wa-dul"), QStringLiteral("WA-LIST (23) 1 — Paceline summary"));
        QVERIFY(older && newer);
        auto cmp = compareEditions(*t.db, older->id, newer->id);
        QVERIFY(cmp);
        const QStringList added = cmp->codes(ChangeKind::Added);
        // What the demo timeline records as agreed in December 2013, 2017 and 2019.
        for (const char* code : {"4.A.5", "4.D.4", "4.E.1.c", "5.A.1.j", "4.E.1~n1", "5.A.4.b",
                                 "5.D.1.e", "9.A.4.h", "3.D.3"})
            QVERIFY2(added.contains(QLatin1String(code)), code);
        QCOMPARE(cmp->count(ChangeKind::Removed), 0);
        // The reconstruction says what it is.
        auto doc = ListStore(*t.db).loadEdition(older->id);
        QVERIFY(doc->editionNote.contains(QStringLiteral("not modelled")));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
