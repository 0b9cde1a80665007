#pragma once

#include "timeline/LagAnalysis.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace paceline {

// One technology's follow-up: years from emergence to the control (an event) or to "today"
// when it is not controlled yet (censored).
struct SurvivalObservation {
    double time = 0;
    bool event = false;
};

// The Kaplan-Meier curve at one distinct time. S(t) and its band hold from `time` until the
// next step.
struct SurvivalStep {
    double time = 0;
    int atRisk = 0;
    int events = 0;
    int censored = 0;
    double survival = 1; // share not yet controlled
    double lower = 1;    // 95 % pointwise interval
    double upper = 1;
};

// A time read off the curve where it reaches one half; empty: not reached.
struct SurvivalMedian {
    std::optional<double> value;
    std::optional<double> lower; // 95 % interval (Brookmeyer-Crowley: where the band meets 0.5)
    std::optional<double> upper;

    // "9.5 y (95% CI 6.1 – not reached)"
    QString describe() const;
};

struct SurvivalCurve {
    QString name;   // "all technologies", "1990s"
    int decade = 0; // first year of the decade of emergence; 0 for all technologies
    int count = 0;
    int events = 0;
    int censored = 0;
    QList<SurvivalStep> steps;
    SurvivalMedian median;

    // Kaplan-Meier with ties broken as usual: at a time with both, the events come first and
    // the censored still count as at risk. Greenwood variance; the band is the log(-log)
    // interval, which stays inside [0, 1] and behaves better than S ± 1.96 se on small sets.
    static SurvivalCurve estimate(const QList<SurvivalObservation>& observations);
    // The first time the curve (or a band) reaches 0.5; when it sits exactly at 0.5 until a
    // later drop, the middle of that stretch (the convention of R's survival and SAS).
    static std::optional<double> firstAtHalf(const QList<SurvivalStep>& steps,
                                             double SurvivalStep::*column);
};

// Time from emergence to a control target, technologies not yet controlled censored at today.
struct SurvivalAnalysis {
    LagTarget target = LagTarget::FirstControl;
    QDate today;
    int withoutEmergence = 0; // left out: no emergence date
    SurvivalCurve all;
    QList<SurvivalCurve> byDecade; // oldest decade first

    static SurvivalAnalysis compute(const QList<TechnologyLag>& lags, LagTarget target,
                                    const QDate& today);
    // Follow-up of one technology; empty without an emergence date. A control dated before
    // emergence is an event at 0; one dated after today does not count yet.
    static std::optional<SurvivalObservation> observe(const TechnologyLag& lag, LagTarget target,
                                                      const QDate& today);
};

} // namespace paceline
