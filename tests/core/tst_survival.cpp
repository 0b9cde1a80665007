#include "timeline/Survival.h"

#include <QtTest>

using namespace paceline;

namespace {

QList<SurvivalObservation> observations(std::initializer_list<std::pair<double, bool>> list)
{
    QList<SurvivalObservation> out;
    for (const auto& [time, event] : list)
        out.append({time, event});
    return out;
}

PartialDate date(const char* iso)
{
    return PartialDate::parse(QLatin1String(iso)).value();
}

TechnologyLag lag(const char* emerged, const char* controlled, const char* usControlled = nullptr)
{
    TechnologyLag l;
    if (emerged) {
        l.emergence = Milestone();
        l.emergence->date = date(emerged);
    }
    if (controlled) {
        l.firstControl = ControlEvent();
        l.firstControl->date = date(controlled);
    }
    if (usControlled) {
        l.firstUsControl = ControlEvent();
        l.firstUsControl->date = date(usControlled);
    }
    return l;
}

void checkStep(const SurvivalStep& s, double time, int atRisk, int events, int censored,
               double survival, double lower, double upper)
{
    QCOMPARE(s.time, time);
    QCOMPARE(s.atRisk, atRisk);
    QCOMPARE(s.events, events);
    QCOMPARE(s.censored, censored);
    QVERIFY2(std::abs(s.survival - survival) < 1e-4, qPrintable(QString::number(s.survival)));
    QVERIFY2(std::abs(s.lower - lower) < 1e-4, qPrintable(QString::number(s.lower)));
    QVERIFY2(std::abs(s.upper - upper) < 1e-4, qPrintable(QString::number(s.upper)));
}

} // namespace

class TestSurvival : public QObject {
    Q_OBJECT
private slots:
    // Eight technologies, years to control; "+" not controlled yet (censored):
    //   1, 2+, 3, 3, 4+, 5, 7, 8+
    //
    //   t   at risk n  events d  S(t)                     sum d / (n (n - d))
    //   1   8          1         7/8           = 0.8750   1/56           = 0.017857
    //   2+  7          0         0.8750                   0.017857
    //   3   6          2         7/8 * 4/6     = 0.5833   + 2/(6*4)      = 0.101190
    //   4+  4          0         0.5833                   0.101190
    //   5   3          1         0.5833 * 2/3  = 0.3889   + 1/(3*2)      = 0.267857
    //   7   2          1         0.3889 * 1/2  = 0.1944   + 1/(2*1)      = 0.767857
    //   8+  1          0         0.1944                   0.767857
    // Greenwood variance S^2 * sum: 0.013672, 0.034433, 0.040509, 0.029032.
    // log(-log) band: se = sqrt(sum) / |ln S|, ends S^exp(+-1.96 se):
    //   t=1: se = 0.133631 / 0.133531 = 1.0007; 0.875^7.1094 = 0.3870, 0.875^0.1407 = 0.9814
    //   t=3: se = 0.318104 / 0.538997 = 0.5902; 0.5833^3.1795 = 0.1802, ^0.3145 = 0.8441
    //   t=5: se = 0.517549 / 0.944462 = 0.5480; 0.3889^2.9271 = 0.0630, ^0.3416 = 0.7242
    //   t=7: se = 0.876275 / 1.637609 = 0.5351; 0.1944^2.8541 = 0.0093, ^0.3504 = 0.5634
    // Median: first S <= 0.5 at t = 5. Its interval: the lower band first reaches 0.5 at
    // t = 1; the upper band never does (0.5634 at the end), so "not reached".
    void handWorkedCurve()
    {
        const SurvivalCurve c = SurvivalCurve::estimate(observations({{5, true},
                                                                      {1, true},
                                                                      {2, false},
                                                                      {3, true},
                                                                      {8, false},
                                                                      {3, true},
                                                                      {4, false},
                                                                      {7, true}}));
        QCOMPARE(c.count, 8);
        QCOMPARE(c.events, 5);
        QCOMPARE(c.censored, 3);
        QCOMPARE(c.steps.size(), 7);
        checkStep(c.steps[0], 1, 8, 1, 0, 0.8750, 0.3870, 0.9814);
        checkStep(c.steps[1], 2, 7, 0, 1, 0.8750, 0.3870, 0.9814);
        checkStep(c.steps[2], 3, 6, 2, 0, 0.5833, 0.1802, 0.8441);
        checkStep(c.steps[3], 4, 4, 0, 1, 0.5833, 0.1802, 0.8441);
        checkStep(c.steps[4], 5, 3, 1, 0, 0.3889, 0.0630, 0.7242);
        checkStep(c.steps[5], 7, 2, 1, 0, 0.1944, 0.0093, 0.5634);
        checkStep(c.steps[6], 8, 1, 0, 1, 0.1944, 0.0093, 0.5634);
        QCOMPARE(c.median.value, 5.0);
        QCOMPARE(c.median.lower, 1.0);
        QVERIFY(!c.median.upper);
        QCOMPARE(c.median.describe(), QStringLiteral("5.0 y (95% CI 1.0 \u2013 not reached)"));
    }

    // 1, 2, 2+, 3. At t = 2 the event comes first, so the censored one is still at risk:
    //   t=1: n=4, d=1, S = 3/4 = 0.75, sum = 1/12; se = 0.288675/0.287682 = 1.0035,
    //        band 0.75^7.1473 = 0.1279 .. 0.75^0.1399 = 0.9605
    //   t=2: n=3, d=1, c=1, S = 3/4 * 2/3 = 0.5, sum = 1/12 + 1/6 = 1/4;
    //        se = 0.5/0.693147 = 0.7213, band 0.5^4.1116 = 0.0578 .. 0.5^0.2432 = 0.8449
    //   t=3: n=1, d=1, S = 0 (band 0 .. 0)
    // (censored first, t=2 would have n=2 and S = 0.375.) S sits at exactly 0.5 on [2, 3),
    // so the median is the middle, 2.5; the lower band reaches 0.5 at 1, the upper at 3.
    void tiesPutEventsBeforeCensoring()
    {
        const SurvivalCurve c =
            SurvivalCurve::estimate(observations({{2, false}, {1, true}, {2, true}, {3, true}}));
        QCOMPARE(c.steps.size(), 3);
        checkStep(c.steps[0], 1, 4, 1, 0, 0.75, 0.1279, 0.9605);
        checkStep(c.steps[1], 2, 3, 1, 1, 0.5, 0.0578, 0.8449);
        checkStep(c.steps[2], 3, 1, 1, 0, 0, 0, 0);
        QCOMPARE(c.median.value, 2.5);
        QCOMPARE(c.median.lower, 1.0);
        QCOMPARE(c.median.upper, 3.0);
        QCOMPARE(c.median.describe(), QStringLiteral("2.5 y (95% CI 1.0 \u2013 3.0)"));
    }

    void allCensoredNeverReachesTheMedian()
    {
        const SurvivalCurve c =
            SurvivalCurve::estimate(observations({{4, false}, {2, false}, {9, false}}));
        QCOMPARE(c.events, 0);
        QCOMPARE(c.censored, 3);
        for (const SurvivalStep& s : c.steps) {
            QCOMPARE(s.survival, 1.0);
            QCOMPARE(s.lower, 1.0);
        }
        QVERIFY(!c.median.value && !c.median.lower && !c.median.upper);
        QCOMPARE(c.median.describe(),
                 QStringLiteral("not reached (95% CI not reached \u2013 not reached)"));
    }

    void emptyInput()
    {
        const SurvivalCurve c = SurvivalCurve::estimate({});
        QCOMPARE(c.count, 0);
        QVERIFY(c.steps.isEmpty());
        QVERIFY(!c.median.value);
        const SurvivalAnalysis a =
            SurvivalAnalysis::compute({}, LagTarget::FirstControl, QDate(2026, 1, 1));
        QCOMPARE(a.all.count, 0);
        QVERIFY(a.byDecade.isEmpty());
        QCOMPARE(a.withoutEmergence, 0);
    }

    // Emergence to control, or to today when the target has no control yet or only a future one.
    void technologiesBecomeObservations()
    {
        const QDate today(2010, 7, 1);
        const QList<TechnologyLag> lags = {
            lag("2001-07-01", "2004-07-01"),               // event at 3.0
            lag("2003-07-01", nullptr),                    // censored at today: 7.0
            lag(nullptr, "2005-01-01"),                    // no emergence: left out
            lag("1998-07-01", "1996-07-01", "1999-07-01"), // controlled before: event at 0
            lag("1995-07-01", "2012-07-01"),               // control after today: censored 15.0
        };
        const SurvivalAnalysis any =
            SurvivalAnalysis::compute(lags, LagTarget::FirstControl, today);
        QCOMPARE(any.withoutEmergence, 1);
        QCOMPARE(any.all.count, 4);
        QCOMPARE(any.all.events, 2);
        QCOMPARE(any.all.censored, 2);
        QList<double> times;
        for (const SurvivalStep& s : any.all.steps)
            times << s.time;
        QCOMPARE(times, (QList<double>{0, 3, 7, 15}));
        QCOMPARE(any.all.steps.first().events, 1);
        QCOMPARE(any.all.steps.last().censored, 1);

        // By decade of emergence, oldest first.
        QCOMPARE(any.byDecade.size(), 2);
        QCOMPARE(any.byDecade[0].name, QStringLiteral("1990s"));
        QCOMPARE(any.byDecade[0].count, 2);
        QCOMPARE(any.byDecade[1].decade, 2000);
        QCOMPARE(any.byDecade[1].count, 2);

        // First US control: only the fourth has one (1.0 year after emergence).
        const SurvivalAnalysis us =
            SurvivalAnalysis::compute(lags, LagTarget::FirstUsControl, today);
        QCOMPARE(us.all.events, 1);
        QCOMPARE(us.all.censored, 3);
        QCOMPARE(us.all.steps.first().time, 1.0);
        QVERIFY(!us.all.median.value);
    }
};

QTEST_GUILESS_MAIN(TestSurvival)
#include "tst_survival.moc"
