#include "TestSupport.h"

#include "demo/DemoDataset.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "timeline/CsvReader.h"
#include "timeline/LagAnalysis.h"
#include "timeline/LagTrend.h"
#include "timeline/TimelineStore.h"

#include <QtTest>

using namespace paceline;
using namespace paceline::test;

namespace {

PartialDate date(const char* iso)
{
    return PartialDate::parse(QLatin1String(iso)).value();
}

Milestone milestone(const char* id, const char* iso, const char* cls, const char* tech = "t")
{
    Milestone m;
    m.extId = QLatin1String(id);
    m.date = date(iso);
    m.milestoneClass = QLatin1String(cls);
    m.technologyLabels = {QLatin1String(tech)};
    return m;
}

ControlEvent controlEvent(const char* id, const char* iso, const char* regime, const char* type,
                          const char* tech = "t")
{
    ControlEvent e;
    e.extId = QLatin1String(id);
    e.date = date(iso);
    e.regime = QLatin1String(regime);
    e.eventType = QLatin1String(type);
    e.technologyLabels = {QLatin1String(tech)};
    return e;
}

Technology tech(const char* label = "t")
{
    Technology t;
    t.label = QLatin1String(label);
    t.name = t.label;
    return t;
}

QString col(const CsvRecord& header, const CsvRecord& row, const char* name)
{
    return row.fields.value(header.fields.indexOf(QLatin1String(name))).trimmed();
}

} // namespace

class TestLagAnalysis : public QObject {
    Q_OBJECT
private slots:
    void lagYears_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("years");
        QTest::newRow("year to day: 1 July") << "2003"
                                             << "2013-12-04" << 10.4;
        QTest::newRow("month to day: the 15th") << "2019-03"
                                                << "2019-12-06" << 0.7;
        QTest::newRow("year to year") << "2006"
                                      << "2019" << 13.0;
        QTest::newRow("month to month, negative") << "2022-06"
                                                  << "2021-12" << -0.5;
        QTest::newRow("days, same week") << "2013-05-06"
                                         << "2013-05-09" << 0.0;
        QTest::newRow("day to year") << "2020-05-14"
                                     << "2021" << 1.1;
    }
    void lagYears()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, years);
        QCOMPARE(
            LagAnalysis::lagYears(PartialDate::parse(from).value(), PartialDate::parse(to).value()),
            years);
    }

    void countsAsControl_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("entries");
        QTest::addColumn<bool>("counts");
        QTest::newRow("plenary") << "plenary decision"
                                 << "" << true;
        QTest::newRow("plenary, no change") << "plenary decision (no change)"
                                            << "" << false;
        QTest::newRow("plenary, relaxation") << "plenary decision (relaxation)"
                                             << "" << false;
        QTest::newRow("EU delegated") << "delegated regulation (list update)"
                                      << "" << true;
        QTest::newRow("IFR") << "interim final rule"
                             << "" << true;
        QTest::newRow("effective date") << "effective date"
                                        << "" << true;
        QTest::newRow("national") << "national control in force"
                                  << "" << true;
        QTest::newRow("licence withheld") << "licence withheld (national)"
                                          << "" << true;
        QTest::newRow("is-informed") << "is-informed letter (licence requirement)"
                                     << "" << true;
        QTest::newRow("proposed rule") << "proposed rule"
                                       << "" << false;
        QTest::newRow("ANPRM") << "advance notice of proposed rulemaking"
                               << "" << false;
        QTest::newRow("notice of inquiry") << "notice of inquiry"
                                           << "" << false;
        QTest::newRow("delay") << "delay of effective date"
                               << "" << false;
        QTest::newRow("rescission") << "rescission announced (withdrawal)"
                                    << "" << false;
        QTest::newRow("relaxing final rule") << "final rule (relaxation of licence policy)"
                                             << "" << false;
        QTest::newRow("entity list") << "Entity List addition"
                                     << "" << false;
        QTest::newRow("announcement") << "announcement"
                                      << "" << false;
        QTest::newRow("founding with a list") << "founding"
                                              << "MTCR Annex" << true;
        QTest::newRow("founding without") << "founding"
                                          << "" << false;
    }
    void countsAsControl()
    {
        QFETCH(QString, type);
        QFETCH(QString, entries);
        QFETCH(bool, counts);
        ControlEvent e;
        e.eventType = type;
        e.entryCodes = entries;
        QCOMPARE(LagAnalysis::countsAsControl(e), counts);
    }

    void emergencePrefersDemonstrationOrProductThenProxy()
    {
        const QList<Milestone> ms = {
            milestone("TM-1", "2001", "mass_diffusion"),
            milestone("TM-2", "2005-03", "first_commercial_or_public_release"),
            milestone("TM-3", "2004", "first_demonstration"),
            milestone("TM-4", "1999", "deployment", "u"),
            milestone("TM-5", "2000", "other", "u"),
            milestone("TM-6", "1990", "mass_diffusion", "v")};
        const auto lags = LagAnalysis::compute({tech("t"), tech("u"), tech("v")}, ms, {});
        QCOMPARE(lags.at(0).emergence->extId, QStringLiteral("TM-3"));
        QCOMPARE(lags.at(1).emergence->extId, QStringLiteral("TM-4")); // proxy
        QVERIFY(!lags.at(2).emergence);                                // diffusion is no emergence
    }

    void firstControlsPerRegimeAndNegativeLag()
    {
        const QList<ControlEvent> es = {
            controlEvent("CE-1", "2010-05", "US-EAR", "proposed rule"),
            controlEvent("CE-2", "2011-12", "Wassenaar", "plenary decision"),
            controlEvent("CE-3", "2012-10-22", "EU", "delegated regulation (list update)"),
            controlEvent("CE-4", "2013", "US-EAR", "final rule")};
        const auto lags = LagAnalysis::compute(
            {tech()}, {milestone("TM-1", "2012-06", "first_demonstration")}, es);
        const TechnologyLag& l = lags.first();
        QCOMPARE(l.firstControl->extId, QStringLiteral("CE-2"));
        QCOMPARE(l.firstEuControl->extId, QStringLiteral("CE-3"));
        QCOMPARE(l.firstUsControl->extId, QStringLiteral("CE-4"));
        QCOMPARE(l.lag(LagTarget::FirstControl).value(), -0.5); // controlled in anticipation
        QCOMPARE(l.lag(LagTarget::FirstUsControl).value(), 1.0);
        QVERIFY(l.approximate(LagTarget::FirstControl));
    }

    void noControlIsEmpty()
    {
        const auto lags =
            LagAnalysis::compute({tech()}, {milestone("TM-1", "2012", "first_demonstration")},
                                 {controlEvent("CE-1", "2014", "US-EAR", "notice of inquiry")});
        QVERIFY(!lags.first().firstControl);
        QVERIFY(!lags.first().lag(LagTarget::FirstControl));
    }

    void delayedRuleCountsAtItsEffectiveDate()
    {
        ControlEvent delay =
            controlEvent("CE-3", "2022-01-12", "US-EAR", "delay of effective date");
        delay.entryCodes = QStringLiteral("as CE-2");
        const auto lags = LagAnalysis::compute(
            {tech()}, {milestone("TM-1", "2003", "first_demonstration")},
            {controlEvent("CE-2", "2021-10-21", "US-EAR", "interim final rule"), delay,
             controlEvent("CE-4", "2022-03-07", "US-EAR", "effective date")});
        QCOMPARE(lags.first().firstUsControl->extId, QStringLiteral("CE-4"));
    }

    void judgementsOverrideTheRules()
    {
        Technology t = tech();
        t.judgement.emergenceMilestone = QStringLiteral("TM-9"); // another technology's milestone
        t.judgement.excludedEvents = {QStringLiteral("CE-1")};
        const auto lags =
            LagAnalysis::compute({t},
                                 {milestone("TM-1", "2000", "first_demonstration"),
                                  milestone("TM-9", "2002", "other", "x")},
                                 {controlEvent("CE-1", "2001", "US-EAR", "final rule"),
                                  controlEvent("CE-2", "2005", "Wassenaar", "plenary decision")});
        QCOMPARE(lags.first().emergence->extId, QStringLiteral("TM-9"));
        QCOMPARE(lags.first().firstControl->extId, QStringLiteral("CE-2"));
        QVERIFY(!lags.first().firstUsControl);
    }

    void trendOnKnownPoints()
    {
        // y = 2 + 0.5 x exactly: slope 5 years per decade, a clear trend.
        const QList<QPointF> line = {{0, 2}, {1, 2.5}, {2, 3}, {3, 3.5}, {4, 4}};
        const LagTrend t = LagTrend::fit(line);
        QCOMPARE(t.count, 5);
        QVERIFY(qAbs(*t.slope - 0.5) < 1e-12);
        QVERIFY(qAbs(t.intercept - 2.0) < 1e-12);
        QCOMPARE(*t.median, 3.0);
        QVERIFY(t.isClear());
        QCOMPARE(t.sentence().left(43),
                 QStringLiteral("The lag grows by 5.0 years per decade (95 %"));

        // Scatter with slope 0.1 and large residuals: no clear trend.
        const QList<QPointF> noisy = {{0, 5}, {1, -5}, {2, 5}, {3, -5}, {4, 5.4}, {5, -4.6}};
        const LagTrend n = LagTrend::fit(noisy);
        QVERIFY(n.slope);
        QVERIFY(!n.isClear());
        QVERIFY(n.sentence().startsWith(QStringLiteral("No clear trend")));

        const LagTrend down = LagTrend::fit({{2000, 10}, {2010, 5.1}, {2020, 0}, {2005, 7.4}});
        QVERIFY(down.isClear());
        QVERIFY(
            down.sentence().startsWith(QStringLiteral("The lag shrinks by 5.0 years per decade")));

        QVERIFY(!LagTrend::fit({{1, 1}, {2, 2}}).slope);
        QCOMPARE(*LagTrend::medianOf({4, 1, 3, 2}), 2.5);
    }

    void judgementsSurviveTheDatabaseAndOlderFilesMigrate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            const std::vector<Migration> v1(standardMigrations().begin(),
                                            standardMigrations().begin() + 1);
            Database::Options options;
            options.migrations = &v1;
            auto db = Database::open(path, options);
            QVERIFY(db);
            QVERIFY((*db)->exec("INSERT INTO technology (label, name) VALUES ('t', 'T')").ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        TimelineStore store(**db);
        Technology t = tech();
        t.judgement.firstControlEvent = QStringLiteral("CE-2");
        t.judgement.excludedEvents = {QStringLiteral("CE-1"), QStringLiteral("CE-3")};
        t.judgement.note = QStringLiteral("why");
        QVERIFY(store.upsertTechnology(t));
        Technology plain = tech(); // a later import without judgements keeps them
        QVERIFY(store.upsertTechnology(plain));
        auto all = store.technologies();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().judgement.firstControlEvent, QStringLiteral("CE-2"));
        QCOMPARE(all->first().judgement.excludedEvents, t.judgement.excludedEvents);
        QCOMPARE(all->first().judgement.note, QStringLiteral("why"));
    }

    void agreesWithTechLinks()
    {
        const QString path = sharedDataFile(QStringLiteral("timeline/tech_links.csv"));
        PACELINE_REQUIRE_SHARED(path);
        TempDatabase t;
        QVERIFY(installDemoDataset(*t.db));
        auto lags = LagAnalysis::fromDatabase(*t.db);
        QVERIFY(lags);
        QHash<QString, TechnologyLag> byLabel;
        for (const TechnologyLag& l : *lags)
            byLabel.insert(l.technology.label, l);

        auto rows = parseCsv(readAll(path), path);
        QVERIFY(rows);
        const CsvRecord& h = rows->first();
        QVERIFY(rows->size() > 20);
        int compared = 0;
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const CsvRecord& r = rows->at(i);
            const QString label = col(h, r, "technology_label");
            QVERIFY2(byLabel.contains(label), qPrintable(label));
            const TechnologyLag& l = byLabel[label];
            const QString where = label + QStringLiteral(": ");
            QCOMPARE(l.emergence ? l.emergence->extId : QString(),
                     col(h, r, "emergence_milestone_id"));
            QCOMPARE(where + (l.firstControl ? l.firstControl->extId : QString()),
                     where + col(h, r, "first_control_event_id"));
            QCOMPARE(where + (l.firstUsControl ? l.firstUsControl->extId : QString()),
                     where + col(h, r, "first_us_control_event_id"));
            for (auto [column, target] :
                 {std::pair{"lag_to_first_control_years", LagTarget::FirstControl},
                  std::pair{"lag_to_first_us_control_years", LagTarget::FirstUsControl}}) {
                const QString expected = col(h, r, column);
                const auto got = l.lag(target);
                QVERIFY2(expected.isEmpty() == !got, qPrintable(where + QLatin1String(column)));
                if (got) {
                    QVERIFY2(
                        qAbs(*got - expected.toDouble()) < 0.05,
                        qPrintable(where + QStringLiteral("%1 vs %2").arg(*got).arg(expected)));
                    ++compared;
                }
            }
        }
        QVERIFY(compared >= 40);

        // The README's headline: median lag 11.4 years over 20 technologies, range -0.5 to 24.4.
        QList<double> values;
        for (const TechnologyLag& l : *lags)
            if (auto v = l.lag(LagTarget::FirstControl))
                values << *v;
        QCOMPARE(values.size(), 20);
        QCOMPARE(*LagTrend::medianOf(values), 11.4);
        QCOMPARE(*std::min_element(values.begin(), values.end()), -0.5);
        QCOMPARE(*std::max_element(values.begin(), values.end()), 24.4);
    }
};

QTEST_GUILESS_MAIN(TestLagAnalysis)
#include "tst_laganalysis.moc"
