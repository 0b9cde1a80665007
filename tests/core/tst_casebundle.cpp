#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "cases/CaseBundle.h"
#include "cases/CaseDraftStore.h"
#include "cases/CaseStore.h"
#include "demo/DemoDataset.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

QList<qint64> allIds(Database& db)
{
    QList<qint64> ids;
    const QList<CaseRecord> cases = CaseStore(db).list().value();
    for (const CaseRecord& c : cases)
        ids << c.id;
    return ids;
}

qint64 idOf(Database& db, const QString& uuid)
{
    const QList<CaseRecord> cases = CaseStore(db).list().value();
    for (const CaseRecord& c : cases)
        if (c.uuid == uuid)
            return c.id;
    return 0;
}

void editText(Database& db, qint64 id, const QString& text)
{
    auto c = CaseStore(db).load(id);
    c->proposedText = text;
    QVERIFY(CaseDraftStore(db).saveDraft(c.value(), {}, QStringLiteral("someone")));
}

CaseBundle roundTrip(Database& db, const QList<qint64>& ids, const QString& actor)
{
    auto bytes = exportCaseBundle(db, ids, actor);
    if (!bytes)
        qFatal("%s", qPrintable(bytes.error().toString()));
    auto bundle = readCaseBundle(bytes.value(), QStringLiteral("b.json"));
    if (!bundle)
        qFatal("%s", qPrintable(bundle.error().toString()));
    return bundle.value();
}

} // namespace

class TestCaseBundle : public QObject {
    Q_OBJECT
private slots:
    void reviewerRoundTripMergesCommentsAndSignoffs()
    {
        TempDatabase author;
        TempDatabase reviewer;
        QVERIFY(installDemoDataset(*author.db));
        const CaseBundle out = roundTrip(*author.db, allIds(*author.db), QStringLiteral("Author"));
        QCOMPARE(out.cases.size(), 3);

        auto imported = importCaseBundle(*reviewer.db, out, {}, QStringLiteral("Reviewer"));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(CaseStore(*reviewer.db).list()->size(), 3);
        const CaseRecord first = CaseStore(*author.db).list()->first();
        const qint64 there = idOf(*reviewer.db, first.uuid);
        QVERIFY(there > 0);
        QCOMPARE(CaseStore(*reviewer.db).load(there)->proposedText, first.proposedText);
        QCOMPARE(CaseStore(*reviewer.db).load(there)->status, first.status);
        QCOMPARE(CaseStore(*reviewer.db).comments(there)->size(),
                 CaseStore(*author.db).comments(first.id)->size());

        // The reviewer comments and signs off; the author imports the reply.
        CaseComment cm;
        cm.body = QStringLiteral("Tighten the scope");
        cm.author = QStringLiteral("Reviewer");
        QVERIFY(CaseStore(*reviewer.db).addComment(there, cm));
        CaseSignoff so;
        so.reviewer = QStringLiteral("Reviewer");
        so.approve = false;
        QVERIFY(CaseStore(*reviewer.db).addSignoff(there, so));
        const CaseBundle reply = roundTrip(*reviewer.db, {there}, QStringLiteral("Reviewer"));
        const int commentsBefore =
            static_cast<int>(CaseStore(*author.db).comments(first.id)->size());
        auto plan = planCaseImport(*author.db, reply);
        QCOMPARE(plan->first().text, CaseImportItem::Text::Same);
        QCOMPARE(plan->first().newComments, 1);
        QVERIFY(importCaseBundle(*author.db, reply, {}, QStringLiteral("Author")));
        QCOMPARE(CaseStore(*author.db).comments(first.id)->size(), commentsBefore + 1);
        QVERIFY(CaseStore(*author.db).signoffs(first.id)->last().reviewer ==
                QStringLiteral("Reviewer"));
        // Importing the same reply twice adds nothing.
        QVERIFY(importCaseBundle(*author.db, reply, {}, QStringLiteral("Author")));
        QCOMPARE(CaseStore(*author.db).comments(first.id)->size(), commentsBefore + 1);
        QVERIFY(!AuditLog(*author.db).verify()->firstBrokenRow);
    }

    void oneSidedChangeIsTakenAndBothSidedIsAConflict()
    {
        TempDatabase a;
        TempDatabase b;
        CaseRecord c;
        c.title = QStringLiteral("Exchange");
        c.author = QStringLiteral("A");
        c.proposedText = QStringLiteral("original wording");
        const qint64 idA = CaseStore(*a.db).create(c, c.author).value();
        const QString uuid = CaseStore(*a.db).load(idA)->uuid;
        QVERIFY(importCaseBundle(*b.db, roundTrip(*a.db, {idA}, QStringLiteral("A")), {},
                                 QStringLiteral("B")));
        const qint64 idB = idOf(*b.db, uuid);

        // Only the reviewer changed the text: the author takes it.
        editText(*b.db, idB, QStringLiteral("reviewer wording"));
        CaseBundle fromB = roundTrip(*b.db, {idB}, QStringLiteral("B"));
        QCOMPARE(planCaseImport(*a.db, fromB)->first().text, CaseImportItem::Text::TakeTheirs);
        QVERIFY(importCaseBundle(*a.db, fromB, {}, QStringLiteral("A")));
        QCOMPARE(CaseStore(*a.db).load(idA)->proposedText, QStringLiteral("reviewer wording"));

        // Both change it: a conflict; nothing is overwritten until the user resolves it.
        editText(*a.db, idA, QStringLiteral("author rewording"));
        editText(*b.db, idB, QStringLiteral("reviewer rewording"));
        fromB = roundTrip(*b.db, {idB}, QStringLiteral("B"));
        auto plan = planCaseImport(*a.db, fromB);
        QCOMPARE(plan->first().text, CaseImportItem::Text::Conflict);
        QCOMPARE(plan->first().ancestorText, QStringLiteral("reviewer wording"));
        QCOMPARE(plan->first().mineText, QStringLiteral("author rewording"));
        QCOMPARE(plan->first().theirsText, QStringLiteral("reviewer rewording"));
        auto refused = importCaseBundle(*a.db, fromB, {}, QStringLiteral("A"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("changed on both sides")));
        QCOMPARE(CaseStore(*a.db).load(idA)->proposedText, QStringLiteral("author rewording"));
        QVERIFY(importCaseBundle(*a.db, fromB, {{uuid, QStringLiteral("merged wording")}},
                                 QStringLiteral("A")));
        QCOMPARE(CaseStore(*a.db).load(idA)->proposedText, QStringLiteral("merged wording"));
    }

    void tamperedAndTruncatedBundlesAreRefused()
    {
        TempDatabase a;
        QVERIFY(installDemoDataset(*a.db));
        QByteArray bytes = exportCaseBundle(*a.db, allIds(*a.db), QStringLiteral("A")).value();
        QVERIFY(readCaseBundle(bytes));

        QByteArray tampered = bytes;
        const qsizetype at = tampered.indexOf("intrusion");
        QVERIFY(at > 0);
        tampered[at] = 'I';
        auto t = readCaseBundle(tampered, QStringLiteral("t.json"));
        QVERIFY(!t);
        QVERIFY(t.error().message.contains(QStringLiteral("content hash")));
        QCOMPARE(t.error().place, QStringLiteral("t.json"));

        auto cut = readCaseBundle(bytes.left(bytes.size() / 2), QStringLiteral("cut.json"));
        QVERIFY(!cut);
        QVERIFY(cut.error().message.contains(QStringLiteral("truncated")));

        auto other = readCaseBundle(R"({"format":"something-else","version":1})");
        QVERIFY(!other);
        QVERIFY(other.error().message.contains(QStringLiteral("not a Paceline case bundle")));
    }
};

QTEST_GUILESS_MAIN(TestCaseBundle)
#include "tst_casebundle.moc"
