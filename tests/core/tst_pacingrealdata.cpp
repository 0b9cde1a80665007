#include "TestSupport.h"

#include "io/ImportService.h"
#include "io/wassenaar/WordDocReader.h"
#include "pacing/ImplementationTracker.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

// The implementation table on real documents from ../shared/data: the Wassenaar lists of
// 2012 and 2013 (Word), EU Annex I as Regulation (EU) 2015/2420 (EUR-Lex PDF), the US CCL of
// 2025 and the timeline. What the test expects comes from the record, not from the program:
// the 3-4 December 2013 plenary added 4.A.5 and 5.A.1.j (timeline CE-019); the EU listed them
// by Delegated Regulation 1382/2014 of 22 October 2014 (CE-020), before 2015/2420; the US
// controls took effect on 7 March 2022 (CE-056), after the effective date was pushed back.
Q_DECLARE_METATYPE(paceline::ImplementationStatus)

class TestPacingRealData : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;
    ImplementationTable m_table;

    void import(const QString& relative)
    {
        const QString path = sharedDataFile(relative);
        QVERIFY2(!path.isEmpty(), qPrintable(relative));
        auto report = importFile(*m_db.db, path, ImportFormat::Auto);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    }

    const ImplementationRow* row(const char* code, RegimeChangeKind kind)
    {
        for (const ImplementationRow& r : m_table.rows)
            if (r.change.code == QLatin1String(code) && r.change.kind == kind)
                return &r;
        return nullptr;
    }

    const Implementation& cell(const ImplementationRow& r, const char* list)
    {
        for (int i = 0; i < m_table.lists.size(); ++i)
            if (m_table.lists[i].key == QLatin1String(list))
                return r.cells[i];
        qFatal("no list %s", list);
    }

private slots:
    void initTestCase()
    {
        if (sharedDataFile(QStringLiteral("wassenaar")).isEmpty())
            QSKIP("../shared/data is absent: real-data test skipped");
        if (auto available = WordDocReader::checkAvailable(); !available)
            QSKIP(qPrintable(available.error().message));
        import(QStringLiteral("wassenaar/WA-LIST-12-1-2012"));
        import(QStringLiteral("wassenaar/WA-LIST-13-1-2013"));
        import(QStringLiteral("eu/eu-2015-2420-annex-i.pdf"));
        import(QStringLiteral("lists/us-ccl-2025.paceline.json"));
        for (const char* file : {"tech_links.csv", "tech_milestones.csv", "control_events.csv"})
            import(QStringLiteral("timeline/") + QLatin1String(file));
        auto table = computeImplementation(*m_db.db);
        QVERIFY2(table, table ? "" : qPrintable(table.error().toString()));
        m_table = table.value();
    }

    void theEuPdfNamesItsActAndDate()
    {
        QStringList keys;
        for (const NationalListInfo& l : m_table.lists)
            keys << l.key;
        keys.sort();
        QCOMPARE(keys, strings({"eu-annex-i", "us-ccl"}));
        QCOMPARE(m_table.regimeListKey, QStringLiteral("wa-dual-use"));
        QCOMPARE(m_table.regimeEditions, strings({"WA-LIST (12) 1", "WA-LIST (13) 1"}));
    }

    void intrusionSoftwareFromDecisionToEachList_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<ImplementationStatus>("usStatus");
        // The CCL words 4A005 as the regime reworded it later ("command and control" for
        // "operation ... communication with"); with only the 2013 wording known, that is a
        // different wording. 5A001.j has no items in the CCL file: the event alone dates it.
        QTest::newRow("4.A.5") << QStringLiteral("4.A.5")
                               << ImplementationStatus::ImplementedDifferently;
        QTest::newRow("5.A.1.j") << QStringLiteral("5.A.1.j") << ImplementationStatus::Implemented;
    }

    void intrusionSoftwareFromDecisionToEachList()
    {
        QFETCH(QString, code);
        QFETCH(ImplementationStatus, usStatus);
        const ImplementationRow* r = row(qPrintable(code), RegimeChangeKind::Added);
        QVERIFY(r);
        QCOMPARE(r->change.toLabel, QStringLiteral("WA-LIST (13) 1"));
        QCOMPARE(r->regimeDate.describe(), QStringLiteral("2013-12-04"));
        QCOMPARE(r->regimeEventExtId, QStringLiteral("CE-019"));

        const Implementation& eu = cell(*r, "eu-annex-i");
        QCOMPARE(eu.status, ImplementationStatus::Implemented);
        QCOMPARE(eu.evidence, EvidenceKind::TimelineEvent);
        QCOMPARE(eu.eventExtId, QStringLiteral("CE-020"));
        QCOMPARE(eu.date.describe(), QStringLiteral("2014-10-22"));
        // The edition bears it out: the entry is in 2015/2420, the EU's only edition here.
        QCOMPARE(eu.editionLabel, QStringLiteral("Regulation (EU) 2015/2420"));
        QCOMPARE(eu.editionDate, QStringLiteral("2015-12-24"));
        QCOMPARE(eu.lag.describe(), QStringLiteral("0.9 y"));

        const Implementation& us = cell(*r, "us-ccl");
        QCOMPARE(us.status, usStatus);
        QCOMPARE(us.evidence, EvidenceKind::TimelineEvent);
        QCOMPARE(us.eventExtId, QStringLiteral("CE-056"));
        QCOMPARE(us.date.describe(), QStringLiteral("2022-03-07"));
        QCOMPARE(us.lag.describe(), QStringLiteral("8.3 y"));
    }

    void theUsWordingOf4A5IsTheLaterOne()
    {
        // With the 2025 Wassenaar list in, the rewording is known: taking up a later wording
        // counts as taking up the 2013 addition.
        import(QStringLiteral("wassenaar/WA-LIST-25-1-Corr-2025.pdf"));
        auto table = computeImplementation(*m_db.db);
        QVERIFY(table);
        m_table = table.value();
        const ImplementationRow* r = row("4.A.5", RegimeChangeKind::Added);
        QVERIFY(r);
        const Implementation& us = cell(*r, "us-ccl");
        QCOMPARE(us.status, ImplementationStatus::Implemented);
        QCOMPARE(us.eventExtId, QStringLiteral("CE-056"));
        QCOMPARE(us.code, QStringLiteral("4A005"));
        QVERIFY(us.text.contains(QLatin1String("command and control")));
        QCOMPARE(us.editionLabel, QStringLiteral("eCFR 2025 (first half)"));
    }
};

QTEST_GUILESS_MAIN(TestPacingRealData)
#include "tst_pacingrealdata.moc"
