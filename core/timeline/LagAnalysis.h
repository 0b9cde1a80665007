#pragma once

#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace paceline {

class Database;

// What a lag is measured to.
enum class LagTarget { FirstControl, FirstUsControl, FirstEuControl };
QString lagTargetName(LagTarget target);

// One technology's pacing gap. The rules (derived from tech_links.csv, see README):
// - Emergence: the earliest first_demonstration or first_commercial_or_public_release
//   milestone, whatever its confidence; without one, the earliest deployment or "other"
//   milestone (a proxy). mass_diffusion and later_* milestones never count.
// - A control is an event that adds to a list or imposes a licence requirement
//   (countsAsControl). A rule whose effective date a later "delay of effective date" event
//   pushed back counts only at its "effective date" event.
// - First US control: regime US-*; first EU control: regime EU.
// - An analyst judgement on the technology (LagJudgement) overrides the rules.
struct TechnologyLag {
    Technology technology;
    std::optional<Milestone> emergence;
    std::optional<ControlEvent> firstControl;
    std::optional<ControlEvent> firstUsControl;
    std::optional<ControlEvent> firstEuControl;
    // The first control by a multilateral regime (Wassenaar, MTCR, NSG, Australia Group): the
    // regime's decision that national lists then implement.
    std::optional<ControlEvent> firstRegimeControl;

    const std::optional<ControlEvent>& control(LagTarget target) const;
    // Years from emergence to the control, rounded to 0.1; empty when either is missing.
    std::optional<double> lag(LagTarget target) const;
    // A date used has month or year precision.
    bool approximate(LagTarget target) const;
};

class LagAnalysis {
public:
    // (to - from) / 365.25 on the dates' midpoints (year -> 1 July, month -> the 15th),
    // rounded to 0.1 year. Negative when the control came first.
    static double lagYears(const PartialDate& from, const PartialDate& to);
    static bool countsAsControl(const ControlEvent& event);
    static bool isUsRegime(const QString& regime);
    static bool isEuRegime(const QString& regime);
    static bool isMultilateralRegime(const QString& regime);
    // The events that count as controls, less the rules whose effective date a later event
    // pushed back (those count at their "effective date" event).
    static QList<ControlEvent> controllingEvents(const QList<ControlEvent>& events);

    // One entry per technology except "general_regime", in the technologies' order.
    static QList<TechnologyLag> compute(const QList<Technology>& technologies,
                                        const QList<Milestone>& milestones,
                                        const QList<ControlEvent>& events);
    static Result<QList<TechnologyLag>> fromDatabase(Database& db);
};

} // namespace paceline
