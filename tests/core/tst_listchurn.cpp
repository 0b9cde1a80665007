#include "TestSupport.h"

#include "editions/ListChurn.h"
#include "lists/ListJsonReader.h"
#include "lists/ListStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

void importFixture(Database& db, const char* name)
{
    auto doc = readListJsonFile(fixture(QStringLiteral("editions/") + QLatin1String(name)));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    if (auto outcome = ListStore(db).importDocument(doc.value()); !outcome)
        qFatal("%s", qPrintable(outcome.error().toString()));
}

QString counts(const ChurnStep& s)
{
    return QStringLiteral("%1->%2 +%3 ~%4 -%5")
        .arg(s.from.label, s.to.label)
        .arg(s.added)
        .arg(s.changed)
        .arg(s.removed);
}

} // namespace

class TestListChurn : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;

private slots:
    void initTestCase()
    {
        // Imported out of order: the churn follows the edition dates, not the import order.
        importFixture(*m_db.db, "edition-c.paceline.json");
        importFixture(*m_db.db, "edition-a.paceline.json");
        importFixture(*m_db.db, "edition-b.paceline.json");
    }

    void countsEachStepInDateOrder()
    {
        auto churn = computeListChurn(*m_db.db, QStringLiteral("test-dul"));
        QVERIFY2(churn, churn ? "" : qPrintable(churn.error().toString()));
        QCOMPARE(churn->listName, QStringLiteral("Test Dual-Use List"));
        QCOMPARE(churn->editions.size(), 3);
        QCOMPARE(churn->steps.size(), 2);
        QCOMPARE(counts(churn->steps.at(0)), QStringLiteral("Edition A->Edition B +6 ~5 -4"));
        QCOMPARE(counts(churn->steps.at(1)), QStringLiteral("Edition B->Edition C +0 ~1 -1"));
        QCOMPARE(churn->steps.at(0).total(), 15);

        // Per category, as the edition comparison counts them (category 3 removed entirely).
        QStringList rows;
        for (const CategoryCounts& c : churn->steps.at(0).categories)
            rows << QStringLiteral("%1:+%2~%3-%4")
                        .arg(c.code)
                        .arg(c.added)
                        .arg(c.changed)
                        .arg(c.removed);
        QCOMPARE(rows.join(QLatin1Char(' ')), QStringLiteral("1:+0~2-1 2:+2~0-0 3:+0~0-3 "
                                                             "4:+3~2-0 5:+1~1-0"));
    }

    void ignoringTypographyLeavesOnlyRealChanges()
    {
        EditionDiffOptions options;
        options.ignoreTypography = true;
        auto churn = computeListChurn(*m_db.db, QStringLiteral("test-dul"), options);
        QVERIFY(churn);
        QVERIFY(churn->options.ignoreTypography);
        // 1.C.1 (spacing) and 4.A.3 (curly quotes) no longer count as changed.
        QCOMPARE(counts(churn->steps.at(0)), QStringLiteral("Edition A->Edition B +6 ~3 -4"));
        QCOMPARE(counts(churn->steps.at(1)), QStringLiteral("Edition B->Edition C +0 ~1 -1"));
    }

    void progressAndCancellation()
    {
        QList<qint64> seen;
        auto churn = computeListChurn(*m_db.db, QStringLiteral("test-dul"), {},
                                      [&seen](qint64 done, qint64 total) {
                                          seen << done;
                                          return total == 2;
                                      });
        QVERIFY(churn);
        QCOMPARE(seen, (QList<qint64>{0, 1, 2}));
        auto stopped = computeListChurn(*m_db.db, QStringLiteral("test-dul"), {},
                                        [](qint64 done, qint64) { return done < 1; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind, Error::Kind::Cancelled);
    }

    void unknownListIsBadInput()
    {
        auto churn = computeListChurn(*m_db.db, QStringLiteral("nope"));
        QVERIFY(!churn);
        QCOMPARE(churn.error().kind, Error::Kind::BadInput);
        QVERIFY(churn.error().message.contains(QStringLiteral("\"nope\"")));
    }

    void choicesAndDefault()
    {
        auto choices = churnListChoices(*m_db.db);
        QVERIFY(choices);
        QCOMPARE(choices->size(), 1);
        QCOMPARE(choices->first().editionCount, 3);
        QCOMPARE(defaultChurnList(*m_db.db).value(), QStringLiteral("test-dul"));

        TempDatabase empty;
        QCOMPARE(defaultChurnList(*empty.db).value(), QString());
        importFixture(*empty.db, "edition-a.paceline.json");
        QCOMPARE(defaultChurnList(*empty.db).value(), QString()); // one edition is no churn
        auto one = computeListChurn(*empty.db, QStringLiteral("test-dul"));
        QVERIFY(one);
        QVERIFY(one->steps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestListChurn)
#include "tst_listchurn.moc"
