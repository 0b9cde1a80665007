#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "timeline/ChartData.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

const ChartLane* laneOf(const ChartData& d, const char* label)
{
    for (const ChartLane& l : d.lanes)
        if (l.technology.label == QLatin1String(label))
            return &l;
    return nullptr;
}

const ChartFact* factOf(const ChartData& d, const ChartLane& lane, const char* extId)
{
    for (int i : lane.facts)
        if (d.facts.at(i).extId == QLatin1String(extId))
            return &d.facts.at(i);
    return nullptr;
}

} // namespace

class TestChartData : public QObject {
    Q_OBJECT
private:
    TempDatabase m_db;

    ChartData build(const ChartFilter& f = {})
    {
        auto d = ChartData::fromDatabase(*m_db.db, f);
        if (!d)
            qFatal("%s", qPrintable(d.error().toString()));
        return *d;
    }

private slots:
    void initTestCase() { QVERIFY(installDemoDataset(*m_db.db)); }

    void demoHasTheIntrusionSoftwareLane()
    {
        const ChartData d = build();
        const ChartLane* lane = laneOf(d, "intrusion_software");
        QVERIFY(lane);
        const ChartFact* wa = factOf(d, *lane, "CE-019");
        QVERIFY(wa);
        QCOMPARE(wa->regime, RegimeGroup::Wassenaar);
        QCOMPARE(wa->date.toDisplayString(), QStringLiteral("4 Dec 2013"));
        QCOMPARE(wa->lane, int(lane - d.lanes.data()));
        QCOMPARE(lane->barLabel, QStringLiteral("10.4 y"));
        QVERIFY(qAbs(*lane->barStart - 2003.5) < 0.01); // 2003 -> 1 July
        QVERIFY(qAbs(*lane->barEnd - 2013.92) < 0.01);
        QVERIFY(!d.editions.isEmpty());   // the demo's list editions are reference lines
        QCOMPARE(d.factCount(true), 126); // 80 events; multi-technology ones sit on each lane
        QCOMPARE(d.distinctFactCount(true), 80);
        QCOMPARE(d.distinctFactCount(false), 58);
    }

    void theChainRunsFromEmergenceThroughTheDecisionToEachList()
    {
        const ChartData d = build();
        const ChartLane* lane = laneOf(d, "intrusion_software");
        QVERIFY(lane);
        // Metasploit (2003) -> Wassenaar, 4 Dec 2013 (CE-019) -> EU, 22 Oct 2014 (CE-020) and
        // US, 7 Mar 2022 (CE-056; the IFR of 2021 counts at its delayed effective date).
        QCOMPARE(lane->chain.size(), 3);
        QCOMPARE(lane->chain[0].group, RegimeGroup::Wassenaar);
        QCOMPARE(lane->chain[0].label, QStringLiteral("Wassenaar 10.4 y"));
        QCOMPARE(lane->chain[0].eventId, QStringLiteral("CE-019"));
        QVERIFY(qAbs(lane->chain[0].from - 2003.5) < 0.01);
        QVERIFY(qAbs(lane->chain[0].to - 2013.92) < 0.01);
        QCOMPARE(lane->chain[1].group, RegimeGroup::US);
        QCOMPARE(lane->chain[1].label, QStringLiteral("US +8.3 y"));
        QCOMPARE(lane->chain[1].eventId, QStringLiteral("CE-056"));
        QCOMPARE(lane->chain[1].from, lane->chain[0].to); // one continuous lane
        QCOMPARE(lane->chain[2].label, QStringLiteral("EU +0.9 y"));
        QCOMPARE(lane->chain[2].eventId, QStringLiteral("CE-020"));
        // A national list that came before the regime reads as a negative step.
        TechnologyLag early;
        early.emergence = Milestone{};
        early.emergence->date = PartialDate(1990, 1, 1, PartialDate::Precision::Day);
        early.firstRegimeControl = ControlEvent{};
        early.firstRegimeControl->date = PartialDate(2000, 1, 1, PartialDate::Precision::Day);
        early.firstRegimeControl->regime = QStringLiteral("Wassenaar");
        early.firstUsControl = ControlEvent{};
        early.firstUsControl->date = PartialDate(1998, 1, 1, PartialDate::Precision::Day);
        const QList<ChainLink> chain = chainOf(early);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain[1].label, QStringLiteral("US \u22122.0 y"));
        // Without a regime decision there is no chain, only the bar.
        early.firstRegimeControl.reset();
        QVERIFY(chainOf(early).isEmpty());
    }

    void partialDatesAreRanges()
    {
        const ChartData d = build();
        const ChartLane* lane = laneOf(d, "intrusion_software");
        const ChartFact* year = factOf(d, *lane, "TM-09"); // "2003"
        QVERIFY(year);
        QCOMPARE(year->start, 2003.0);
        QCOMPARE(year->end, 2004.0);
        const ChartFact* month = factOf(d, *lane, "CE-014"); // "2007-12"
        QVERIFY(qAbs(month->start - (2007 + 334.0 / 365)) < 1e-9);
        QCOMPARE(month->end, 2008.0);
        const ChartFact* day = factOf(d, *lane, "CE-019");
        QVERIFY(day->end - day->start < 0.003); // one day wide
    }

    void filters()
    {
        ChartFilter byRegime;
        byRegime.regimes = {RegimeGroup::EU};
        for (const ChartFact& f : build(byRegime).facts)
            QVERIFY(!f.isEvent || f.regime == RegimeGroup::EU);

        ChartFilter byTech;
        byTech.technologies = {QStringLiteral("gaafet")};
        const ChartData g = build(byTech);
        QCOMPARE(g.lanes.size(), 1);
        QCOMPARE(g.lanes.first().barLabel, QStringLiteral("-0.5 y"));

        ChartFilter strict;
        strict.minConfidence = Confidence::High;
        const ChartData s = build(strict);
        for (const ChartFact& f : s.facts)
            QCOMPARE(f.confidence, Confidence::High);
        QVERIFY(!factOf(s, *laneOf(s, "ip_network_surveillance"), "TM-13")); // low confidence

        ChartFilter window;
        window.from = QDate(2013, 12, 31); // a year-only 2013 fact still overlaps
        window.to = QDate(2014, 12, 31);
        const ChartData w = build(window);
        QVERIFY(!w.facts.isEmpty());
        for (const ChartFact& f : w.facts)
            QVERIFY2(f.end > 2013.99 && f.start < 2015.0, qPrintable(f.extId));
        QVERIFY(window.describe().contains(QStringLiteral("Dates: 2013-12-31 to 2014-12-31")));
    }

    void sortingAndGrouping()
    {
        ChartFilter f;
        f.sort = LaneSort::Name;
        const ChartData byName = build(f);
        for (qsizetype i = 1; i < byName.lanes.size(); ++i)
            QVERIFY(byName.lanes.at(i - 1).technology.name.localeAwareCompare(
                        byName.lanes.at(i).technology.name) <= 0);

        f.sort = LaneSort::Lag;
        const ChartData byLag = build(f);
        QCOMPARE(byLag.lanes.first().technology.label,
                 QStringLiteral("metal_additive_manufacturing")); // 24.4 y

        f.sort = LaneSort::Emergence;
        f.groupByCategory = true;
        const ChartData grouped = build(f);
        for (qsizetype i = 1; i < grouped.lanes.size(); ++i)
            QVERIFY(grouped.lanes.at(i - 1).technology.category <=
                    grouped.lanes.at(i).technology.category);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
