#include "TestSupport.h"

#include "editions/EntryHistory.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

qint64 importFixture(Database& db, const char* name)
{
    auto doc = readListJsonFile(fixture(QStringLiteral("editions/") + QLatin1String(name)));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    auto outcome = ListStore(db).importDocument(doc.value());
    if (!outcome)
        qFatal("%s", qPrintable(outcome.error().toString()));
    return outcome->edition.id;
}

// "Edition A:added Edition B:changed ..." for one entry.
QString summary(const QList<EntryHistoryStep>& steps)
{
    QStringList parts;
    for (const EntryHistoryStep& s : steps)
        parts << s.editionLabel + QLatin1Char(':') + historyStatusName(s.status);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestEntryHistory : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;
    qint64 m_a = 0, m_b = 0, m_c = 0;

private slots:
    void initTestCase()
    {
        // Imported out of order: the history follows the edition dates, not the import order.
        m_c = importFixture(*m_db.db, "edition-c.paceline.json");
        m_a = importFixture(*m_db.db, "edition-a.paceline.json");
        m_b = importFixture(*m_db.db, "edition-b.paceline.json");
    }

    void entryPresentFromTheStart()
    {
        auto h = entryHistory(*m_db.db, m_c, QStringLiteral("1.A.1"));
        QVERIFY2(h, h ? "" : qPrintable(h.error().toString()));
        QCOMPARE(summary(h.value()),
                 QStringLiteral("Edition A:added Edition B:changed Edition C:unchanged"));
        QVERIFY(h->at(0).firstLoaded);
        QCOMPARE(h->at(0).editionDate, QStringLiteral("2022-12"));
        // B adds ", sealants" and drops item "b. Piezoelectric polymers and copolymers." (5 words).
        const EntryHistoryStep& b = h->at(1);
        QCOMPARE(b.nodesChanged, 2);
        QCOMPARE(b.wordsInserted, 1);
        QCOMPARE(b.wordsDeleted, 5);
    }

    void entryAddedChangedAndRemoved()
    {
        auto added = entryHistory(*m_db.db, m_a, QStringLiteral("4.A.5"));
        QVERIFY(added);
        QCOMPARE(summary(added.value()), QStringLiteral("Edition B:added Edition C:changed"));
        QVERIFY(!added->at(0).firstLoaded);
        QCOMPARE(added->at(1).nodesChanged, 1);
        QCOMPARE(added->at(1).wordsInserted, 2); // "generate or"
        QCOMPARE(added->at(1).wordsDeleted, 0);

        auto removed = entryHistory(*m_db.db, m_b, QStringLiteral("4.D.4"));
        QVERIFY(removed);
        QCOMPARE(summary(removed.value()), QStringLiteral("Edition B:added Edition C:removed"));
        QVERIFY(removed->at(1).wordsDeleted > 10);
    }

    void typographyOnlyChangesCanBeIgnored()
    {
        auto strict = entryHistory(*m_db.db, m_a, QStringLiteral("4.A.3"));
        QVERIFY(strict);
        QCOMPARE(summary(strict.value()),
                 QStringLiteral("Edition A:added Edition B:changed Edition C:unchanged"));
        auto loose = entryHistory(*m_db.db, m_a, QStringLiteral("4.A.3"), true);
        QVERIFY(loose);
        QCOMPARE(summary(loose.value()),
                 QStringLiteral("Edition A:added Edition B:unchanged Edition C:unchanged"));
    }

    void unknownEditionIsBadInput()
    {
        auto h = entryHistory(*m_db.db, 12345, QStringLiteral("1.A.1"));
        QVERIFY(!h);
        QCOMPARE(h.error().kind, Error::Kind::BadInput);
        auto none = entryHistory(*m_db.db, m_a, QStringLiteral("9.Z.9"));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEntryHistory)
#include "tst_entryhistory.moc"
