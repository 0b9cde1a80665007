#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "cases/CaseStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

class TestCaseStore : public QObject {
    Q_OBJECT
private slots:
    void workflowAllowsOnlyItsTransitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        using S = CaseStatus;
        auto row = [](const char* name, S a, S b, bool ok) {
            QTest::newRow(name) << int(a) << int(b) << ok;
        };
        row("draft->review", S::Draft, S::InReview, true);
        row("draft->approved", S::Draft, S::Approved, false);
        row("review->changes", S::InReview, S::ChangesRequested, true);
        row("changes->review", S::ChangesRequested, S::InReview, true);
        row("changes->approved", S::ChangesRequested, S::Approved, false);
        row("review->approved", S::InReview, S::Approved, true);
        row("approved->submitted", S::Approved, S::Submitted, true);
        row("submitted->adopted", S::Submitted, S::Adopted, true);
        row("submitted->rejected", S::Submitted, S::Rejected, true);
        row("adopted->draft", S::Adopted, S::Draft, false);
        row("review->draft", S::InReview, S::Draft, true);
        row("approved->draft", S::Approved, S::Draft, true);
        row("submitted->draft", S::Submitted, S::Draft, false);
        row("withdrawn->review", S::Withdrawn, S::InReview, false);
        row("draft->withdrawn", S::Draft, S::Withdrawn, true);
    }
    void workflowAllowsOnlyItsTransitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedTransition(CaseStatus(from), CaseStatus(to)), allowed);
    }

    void statusChangesAreRecordedAndAudited()
    {
        TempDatabase t;
        CaseStore store(*t.db);
        CaseRecord c;
        c.title = QStringLiteral("Clarify \"intrusion software\"");
        c.author = QStringLiteral("A. Analyst");
        auto id = store.create(c, c.author);
        QVERIFY(id);
        QVERIFY(store
                    .changeStatus(id.value(), CaseStatus::InReview, QStringLiteral("A. Analyst"),
                                  QStringLiteral("ready"))
                    .ok());
        const Status refused =
            store.changeStatus(id.value(), CaseStatus::Adopted, QStringLiteral("A. Analyst"), {});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(
            QStringLiteral("cannot go from \"In review\" to \"Adopted\"")));
        QCOMPARE(store.load(id.value())->status, CaseStatus::InReview);
        auto history = store.statusHistory(id.value());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().reason, QStringLiteral("ready"));

        auto chain = AuditLog(*t.db).verify();
        QVERIFY(chain);
        QCOMPARE(chain->rows, 2);
        QVERIFY(!chain->firstBrokenRow);
    }

    void auditCheckFindsRowEditedBehindItsBack()
    {
        TempDatabase t;
        CaseStore store(*t.db);
        for (int i = 0; i < 3; ++i) {
            CaseRecord c;
            c.title = QStringLiteral("case %1").arg(i);
            c.author = QStringLiteral("x");
            QVERIFY(store.create(c, c.author));
        }
        // Updates are refused by a trigger; someone with the file drops it first.
        QVERIFY(!t.db->exec("UPDATE audit_log SET actor = 'mallory' WHERE id = 2").ok());
        QVERIFY(t.db->exec("DROP TRIGGER audit_log_no_update").ok());
        QVERIFY(t.db->exec("UPDATE audit_log SET actor = 'mallory' WHERE id = 2").ok());
        auto chain = AuditLog(*t.db).verify();
        QVERIFY(chain);
        QCOMPARE(chain->firstBrokenRow.value_or(-1), 2);
        QVERIFY(chain->problem.contains(QStringLiteral("row 2 was changed")));
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
