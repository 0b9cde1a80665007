#include "Survival.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

constexpr double kZ95 = 1.959963984540054;
// Products of fractions land a rounding error away from 0.5 (3/4 * 2/3); R uses the same.
constexpr double kTolerance = 1.49e-8;

// The log(-log) interval: a normal interval for log(-log S) with the delta-method variance
// greenwood / (log S)^2, mapped back as S^exp(±z se).
void setBand(SurvivalStep& step, double greenwood)
{
    const double s = step.survival;
    if (s <= 0 || s >= 1) {
        step.lower = step.upper = s;
        return;
    }
    const double se = std::sqrt(greenwood) / std::abs(std::log(s));
    step.lower = std::pow(s, std::exp(kZ95 * se));
    step.upper = std::pow(s, std::exp(-kZ95 * se));
}

QString years(const std::optional<double>& t)
{
    return t ? QString::number(*t, 'f', 1) : QStringLiteral("not reached");
}

} // namespace

QString SurvivalMedian::describe() const
{
    return QStringLiteral("%1 (95% CI %2 \u2013 %3)")
        .arg(value ? years(value) + QStringLiteral(" y") : years(value), years(lower),
             years(upper));
}

std::optional<double> SurvivalCurve::firstAtHalf(const QList<SurvivalStep>& steps,
                                                 double SurvivalStep::*column)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const double v = steps.at(i).*column;
        if (v >= 0.5 + kTolerance)
            continue;
        if (std::abs(v - 0.5) < kTolerance)
            for (qsizetype j = i + 1; j < steps.size(); ++j)
                if (steps.at(j).*column < v - kTolerance)
                    return (steps.at(i).time + steps.at(j).time) / 2.0;
        return steps.at(i).time;
    }
    return std::nullopt;
}

SurvivalCurve SurvivalCurve::estimate(const QList<SurvivalObservation>& observations)
{
    QList<SurvivalObservation> sorted = observations;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.time < b.time; });
    SurvivalCurve curve;
    curve.count = int(sorted.size());
    double s = 1, greenwood = 0;
    int atRisk = curve.count;
    for (qsizetype i = 0; i < sorted.size();) {
        SurvivalStep step;
        step.time = sorted.at(i).time;
        step.atRisk = atRisk;
        for (; i < sorted.size() && sorted.at(i).time == step.time; ++i)
            ++(sorted.at(i).event ? step.events : step.censored);
        if (step.events > 0) {
            s *= 1.0 - double(step.events) / atRisk;
            if (atRisk > step.events)
                greenwood += double(step.events) / (double(atRisk) * (atRisk - step.events));
        }
        step.survival = s;
        setBand(step, greenwood);
        curve.events += step.events;
        curve.censored += step.censored;
        atRisk -= step.events + step.censored;
        curve.steps.append(step);
    }
    curve.median.value = firstAtHalf(curve.steps, &SurvivalStep::survival);
    curve.median.lower = firstAtHalf(curve.steps, &SurvivalStep::lower);
    curve.median.upper = firstAtHalf(curve.steps, &SurvivalStep::upper);
    return curve;
}

std::optional<SurvivalObservation> SurvivalAnalysis::observe(const TechnologyLag& lag,
                                                             LagTarget target, const QDate& today)
{
    if (!lag.emergence)
        return std::nullopt;
    const auto& control = lag.control(target);
    const bool controlled = control && control->date.midpoint() <= today;
    const PartialDate end = controlled ? control->date
                                       : PartialDate(today.year(), today.month(), today.day(),
                                                     PartialDate::Precision::Day);
    return SurvivalObservation{std::max(0.0, LagAnalysis::lagYears(lag.emergence->date, end)),
                               controlled};
}

SurvivalAnalysis SurvivalAnalysis::compute(const QList<TechnologyLag>& lags, LagTarget target,
                                           const QDate& today)
{
    SurvivalAnalysis out;
    out.target = target;
    out.today = today;
    QList<SurvivalObservation> all;
    QMap<int, QList<SurvivalObservation>> byDecade;
    for (const TechnologyLag& lag : lags) {
        const auto o = observe(lag, target, today);
        if (!o) {
            ++out.withoutEmergence;
            continue;
        }
        all.append(*o);
        byDecade[lag.emergence->date.year() / 10 * 10].append(*o);
    }
    out.all = SurvivalCurve::estimate(all);
    out.all.name = QStringLiteral("all technologies");
    for (auto it = byDecade.cbegin(); it != byDecade.cend(); ++it) {
        SurvivalCurve c = SurvivalCurve::estimate(it.value());
        c.decade = it.key();
        c.name = QStringLiteral("%1s").arg(it.key());
        out.byDecade.append(std::move(c));
    }
    return out;
}

} // namespace paceline
