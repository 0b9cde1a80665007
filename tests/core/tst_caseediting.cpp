#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "cases/CaseDraftStore.h"
#include "cases/CaseImpact.h"
#include "cases/CaseJustification.h"
#include "cases/CaseStore.h"
#include "cases/CaseText.h"
#include "cases/TextAnchor.h"
#include "demo/DemoDataset.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 countRows(Database& db, const char* sql, qint64 caseId)
{
    auto q = db.prepare(sql);
    q->bind(1, caseId);
    (void)q->step();
    return q->integer(0);
}

qint64 auditRows(Database& db)
{
    auto q = db.prepare("SELECT count(*) FROM audit_log");
    (void)q->step();
    return q->integer(0);
}

qint64 makeCase(Database& db, const QString& text = QStringLiteral("The quick brown fox"))
{
    CaseRecord c;
    c.title = QStringLiteral("Test case");
    c.author = QStringLiteral("ana");
    c.baseText = text;
    c.proposedText = text;
    c.listKey = QStringLiteral("wa-dul");
    c.targetCode = QStringLiteral("4.A.5");
    auto id = CaseStore(db).create(c, QStringLiteral("ana"));
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return id.value();
}

} // namespace

class TestCaseEditing : public QObject {
    Q_OBJECT
private slots:
    void anchorFollowsEdits_data()
    {
        // Span [10, 15) of "The quick brown fox jumps" is "brown".
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("outdated");
        QTest::newRow("insert before") << 0 << 0 << 4 << 14 << 19 << false;
        QTest::newRow("delete before") << 4 << 6 << 0 << 4 << 9 << false;
        QTest::newRow("typing at start stays outside") << 10 << 0 << 3 << 13 << 18 << false;
        QTest::newRow("typing at end stays outside") << 15 << 0 << 3 << 10 << 15 << false;
        QTest::newRow("after") << 16 << 3 << 1 << 10 << 15 << false;
        QTest::newRow("typing inside joins") << 12 << 0 << 2 << 10 << 17 << false;
        QTest::newRow("replace inside") << 11 << 2 << 5 << 10 << 18 << false;
        QTest::newRow("delete its head") << 8 << 4 << 0 << 8 << 11 << false;
        QTest::newRow("delete its tail") << 13 << 4 << 0 << 10 << 13 << false;
        QTest::newRow("delete it all") << 9 << 7 << 0 << 10 << 15 << true;
        QTest::newRow("replace it exactly") << 10 << 5 << 5 << 10 << 15 << true;
    }
    void anchorFollowsEdits()
    {
        QFETCH(int, position);
        QFETCH(int, removed);
        QFETCH(int, added);
        const AnchorSpan span = transformAnchor({10, 15, false}, {position, removed, added});
        QTEST(span.outdated, "outdated");
        if (!span.outdated) {
            QTEST(span.start, "start");
            QTEST(span.end, "end");
        }
    }

    void anchorTracksRealTextThroughEdits()
    {
        QString text = QStringLiteral("The quick brown fox jumps");
        AnchorSpan span{10, 15, false};
        auto edit = [&](int p, int r, const QString& a) {
            text.replace(p, r, a);
            span = transformAnchor(span, {p, r, static_cast<int>(a.size())});
        };
        edit(4, 6, QStringLiteral("slow, ")); // "The slow, brown fox jumps"
        QCOMPARE(text.mid(span.start, span.end - span.start), QStringLiteral("brown"));
        edit(text.size(), 0, QStringLiteral(" over")); // after
        edit(span.start + 2, 0, QStringLiteral("-"));  // inside
        QCOMPARE(text.mid(span.start, span.end - span.start), QStringLiteral("br-own"));
        edit(span.start - 1, span.end - span.start + 2, QString()); // the words are gone
        QVERIFY(span.outdated);
    }

    void undoingTheDeletionRevivesASpan()
    {
        const QString before = QStringLiteral("the quick brown fox");
        const AnchorSpan brown{10, 15, false};
        const TextEdit cut{8, 9, 0}; // "k brown f" removed
        const AnchorSpan gone = transformAnchor(brown, cut);
        QVERIFY(gone.outdated);
        const TextEdit undo{8, 0, 9};
        QVERIFY(!reviveAnchor(gone, QStringLiteral("brown"), undo, before).outdated);
        // Other words at that place, or an insertion elsewhere, leave it outdated.
        QVERIFY(
            reviveAnchor(gone, QStringLiteral("brown"), undo, QStringLiteral("the quick green fox"))
                .outdated);
        QVERIFY(reviveAnchor(gone, QStringLiteral("brown"), TextEdit{0, 0, 4}, before).outdated);
    }

    void justificationRoundTripKeepsUnknownKeys()
    {
        QJsonObject in{
            {QStringLiteral("technology"), QStringLiteral("intrusion_software")},
            {QStringLiteral("why_now"), QStringLiteral("Because")},
            {QStringLiteral("milestones"), QJsonArray{QStringLiteral("TM-09")}},
            {QStringLiteral("sources"),
             QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Paper")},
                                    {QStringLiteral("url"), QStringLiteral("https://x.org")}}}},
            {QStringLiteral("future_field"), 42}};
        const CaseJustification j = CaseJustification::fromJson(in);
        QCOMPARE(j.technology, QStringLiteral("intrusion_software"));
        QCOMPARE(j.sources.size(), 1);
        QCOMPARE(j.sources.first().url, QStringLiteral("https://x.org"));
        QCOMPARE(j.toJson(), in);
    }

    void draftSavesInPlaceWithAuditButNoRevision()
    {
        TempDatabase t;
        const qint64 id = makeCase(*t.db);
        const qint64 auditBefore = auditRows(*t.db);
        auto c = CaseStore(*t.db).load(id);
        QVERIFY(c);
        c->proposedText = QStringLiteral("The quick red fox");
        CaseJustification j;
        j.whyNow = QStringLiteral("now");
        c->justification = j.toJson();
        auto saved = CaseDraftStore(*t.db).saveDraft(c.value(), {}, QStringLiteral("ana"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QVERIFY(saved.value());
        QCOMPARE(CaseStore(*t.db).load(id)->proposedText, QStringLiteral("The quick red fox"));
        QCOMPARE(auditRows(*t.db), auditBefore + 1);
        QCOMPARE(countRows(*t.db, "SELECT count(*) FROM case_revision WHERE case_id = ?1", id), 1);

        // Saving the same content again writes nothing and audits nothing.
        auto again = CaseDraftStore(*t.db).saveDraft(c.value(), {}, QStringLiteral("ana"));
        QVERIFY(again && !again.value());
        QCOMPARE(auditRows(*t.db), auditBefore + 1);
        QVERIFY(!AuditLog(*t.db).verify()->firstBrokenRow);

        c->title = QStringLiteral("  ");
        c->proposedText = QStringLiteral("typed while the title was empty");
        auto kept = CaseDraftStore(*t.db).saveDraft(c.value(), {}, QStringLiteral("ana"));
        QVERIFY(kept && kept.value());
        QCOMPARE(CaseStore(*t.db).load(id)->title, QStringLiteral("Test case"));
        QCOMPARE(CaseStore(*t.db).load(id)->proposedText,
                 QStringLiteral("typed while the title was empty"));
    }

    void statusChangeWritesRevisionAndRefusalWritesNothing()
    {
        TempDatabase t;
        const qint64 id = makeCase(*t.db);
        CaseDraftStore drafts(*t.db);
        const qint64 auditBefore = auditRows(*t.db);
        Status refused = drafts.changeStatus(id, CaseStatus::Approved, QStringLiteral("ana"),
                                             QStringLiteral("skip"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("\"Draft\" to \"Approved\"")));
        QCOMPARE(auditRows(*t.db), auditBefore);
        QCOMPARE(countRows(*t.db, "SELECT count(*) FROM case_revision WHERE case_id = ?1", id), 1);

        QVERIFY(drafts.changeStatus(id, CaseStatus::InReview, QStringLiteral("ana"),
                                    QStringLiteral("ready")));
        auto c = CaseStore(*t.db).load(id);
        QCOMPARE(c->status, CaseStatus::InReview);
        QCOMPARE(c->revision, 2);
        QCOMPARE(countRows(*t.db, "SELECT count(*) FROM case_revision WHERE case_id = ?1", id), 2);
        auto history = CaseStore(*t.db).statusHistory(id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().reason, QStringLiteral("ready"));
        QCOMPARE(history->first().actor, QStringLiteral("ana"));
        QVERIFY(!AuditLog(*t.db).verify()->firstBrokenRow);
    }

    void anEntrysCaseTextIsHeadingThenParagraphsWithoutTheCode()
    {
        const QList<SubtreeNode> nodes{{QStringLiteral("4.A.5"),
                                        QStringLiteral("entry"),
                                        {},
                                        QStringLiteral("Systems for intrusion software"),
                                        QStringLiteral("Covers systems."),
                                        0},
                                       {QStringLiteral("4.A.5.a"),
                                        QStringLiteral("item"),
                                        QStringLiteral("a."),
                                        {},
                                        QStringLiteral("Having all of the following:"),
                                        1},
                                       {QStringLiteral("4.A.5.a.1"),
                                        QStringLiteral("item"),
                                        QStringLiteral("1."),
                                        {},
                                        QStringLiteral("a first thing;"),
                                        2},
                                       {QStringLiteral("4.A.5.n1"),
                                        QStringLiteral("note"),
                                        QStringLiteral("Note"),
                                        {},
                                        QStringLiteral("Not 4.A.5.b."),
                                        1}};
        QCOMPARE(caseTextOf(nodes),
                 QStringLiteral("Systems for intrusion software\n\nCovers systems.\n\n"
                                "a. Having all of the following:\n\n  1. a first thing;\n\n"
                                "Note Not 4.A.5.b."));
    }

    void reviewLocksTheTextUntilBackToDraftWithAReason()
    {
        TempDatabase t;
        const qint64 id = makeCase(*t.db);
        CaseDraftStore drafts(*t.db);
        QVERIFY(drafts.changeStatus(id, CaseStatus::InReview, QStringLiteral("ana"),
                                    QStringLiteral("ready")));
        const QString reviewed = CaseStore(*t.db).load(id)->proposedText;
        const qint64 auditBefore = auditRows(*t.db);

        // In review, neither the text nor the justification can be saved; nothing is written.
        auto c = CaseStore(*t.db).load(id);
        c->proposedText = reviewed + QStringLiteral(" Quietly changed.");
        auto refused = drafts.saveDraft(c.value(), {}, QStringLiteral("ana"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"In review\"")) &&
                     refused.error().message.contains(QStringLiteral("locked")),
                 qPrintable(refused.error().toString()));
        QCOMPARE(refused.error().place, QStringLiteral("proposed_text"));
        c = CaseStore(*t.db).load(id);
        c->notes = QStringLiteral("a note");
        QVERIFY(!drafts.saveDraft(c.value(), {}, QStringLiteral("ana")));
        QCOMPARE(CaseStore(*t.db).load(id)->proposedText, reviewed);
        QCOMPARE(auditRows(*t.db), auditBefore);
        // Saving the unchanged case (only comment anchors) is not an edit and still works.
        QVERIFY(drafts.saveDraft(CaseStore(*t.db).load(id).value(), {}, QStringLiteral("ana")));

        // Back to Draft needs a reason; without one nothing changes.
        Status noReason = drafts.changeStatus(id, CaseStatus::Draft, QStringLiteral("ana"), {});
        QVERIFY(!noReason);
        QVERIFY(noReason.error().message.contains(QStringLiteral("say why")));
        QCOMPARE(CaseStore(*t.db).load(id)->status, CaseStatus::InReview);
        QCOMPARE(CaseStore(*t.db).load(id)->revision, 2);
        QCOMPARE(auditRows(*t.db), auditBefore);

        QVERIFY(drafts.changeStatus(id, CaseStatus::Draft, QStringLiteral("ana"),
                                    QStringLiteral("the numbers were wrong")));
        QCOMPARE(CaseStore(*t.db).load(id)->status, CaseStatus::Draft);
        QCOMPARE(CaseStore(*t.db).statusHistory(id)->last().reason,
                 QStringLiteral("the numbers were wrong"));
        c = CaseStore(*t.db).load(id);
        c->proposedText = reviewed + QStringLiteral(" Openly changed.");
        auto saved = drafts.saveDraft(c.value(), {}, QStringLiteral("ana"));
        QVERIFY(saved && saved.value());
        QVERIFY(!AuditLog(*t.db).verify()->firstBrokenRow);
    }

    void anchorsAndResolutionAreStored()
    {
        TempDatabase t;
        const qint64 id = makeCase(*t.db);
        CaseComment cm;
        cm.uuid = QStringLiteral("c-1");
        cm.body = QStringLiteral("Why brown?");
        cm.author = QStringLiteral("rev");
        cm.anchorStart = 10;
        cm.anchorEnd = 15;
        cm.anchorText = QStringLiteral("brown");
        QVERIFY(CaseStore(*t.db).addComment(id, cm));
        auto c = CaseStore(*t.db).load(id);
        c->proposedText = QStringLiteral("The quick, quick brown fox");
        QVERIFY(CaseDraftStore(*t.db).saveDraft(
            c.value(), {{QStringLiteral("c-1"), 17, 22, QStringLiteral("brown"), false}},
            QStringLiteral("ana")));
        QVERIFY(CaseDraftStore(*t.db).setCommentResolved(id, QStringLiteral("c-1"), true,
                                                         QStringLiteral("ana")));
        auto comments = CaseStore(*t.db).comments(id);
        QCOMPARE(comments->first().anchorStart, 17);
        QCOMPARE(comments->first().resolvedBy, QStringLiteral("ana"));
        QVERIFY(CaseDraftStore(*t.db).setCommentResolved(id, QStringLiteral("c-1"), false,
                                                         QStringLiteral("ana")));
        QVERIFY(CaseStore(*t.db).comments(id)->first().resolvedAt.isEmpty());
        QVERIFY(!CaseDraftStore(*t.db).setCommentResolved(id, QStringLiteral("nope"), true,
                                                          QStringLiteral("ana")));
    }

    void impactNamesTheTermUsersAndOtherCases()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        CaseRecord definition;
        const QList<CaseRecord> cases = CaseStore(*t.db).list().value();
        for (const CaseRecord& c : cases)
            if (c.kind == CaseKind::AmendDefinition)
                definition = c;
        QVERIFY(definition.id > 0);
        auto impact = analyseCaseImpact(*t.db, definition);
        QVERIFY2(impact, qPrintable(impact ? QString() : impact.error().toString()));
        QCOMPARE(impact->terms.size(), 1);
        QCOMPARE(impact->terms.first().term, QStringLiteral("vulnerability disclosure"));
        // The term's only other use is a note of 4.E.1, the case's own entry: no other user,
        // and never an internal note code such as 4.E.1~n1.
        QCOMPARE(impact->terms.first().codes, QStringList());

        // An entry that starts quoting a defined term changes what the term reaches.
        CaseRecord amend = definition;
        amend.id = 0;
        amend.kind = CaseKind::AmendEntry;
        amend.targetCode = QStringLiteral("4.A.5");
        amend.baseText = QStringLiteral("4.A.5 Systems for command and control.");
        amend.proposedText = QStringLiteral("4.A.5 Systems for \"intrusion software\".");
        impact = analyseCaseImpact(*t.db, amend);
        QCOMPARE(impact->terms.size(), 1);
        QCOMPARE(impact->terms.first().term, QStringLiteral("intrusion software"));
        QVERIFY(impact->terms.first().codes.contains(QStringLiteral("4.D.4")));
        QVERIFY(!impact->terms.first().codes.contains(QStringLiteral("4.A.5")));
        for (const QString& code : impact->terms.first().codes)
            QVERIFY2(!code.contains(QLatin1Char('~')), qPrintable(code));
    }

    void otherOpenCasesOnTheSameEntryAreFound()
    {
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        const qint64 a = makeCase(*t.db);
        const qint64 b = makeCase(*t.db);
        auto ca = CaseStore(*t.db).load(a);
        auto others = CaseDraftStore(*t.db).openCasesOnTarget(ca.value());
        QVERIFY(others);
        QCOMPARE(others->size(), 1);
        QCOMPARE(others->first().id, b);
        QVERIFY(CaseStore(*t.db).changeStatus(b, CaseStatus::Withdrawn, QStringLiteral("ana"),
                                              QStringLiteral("dup")));
        QCOMPARE(CaseDraftStore(*t.db).openCasesOnTarget(ca.value())->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseEditing)
#include "tst_caseediting.moc"
