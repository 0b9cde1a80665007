#include "LagAnalysis.h"

#include "timeline/ChartData.h"
#include "timeline/TimelineStore.h"

#include <QHash>

#include <cmath>

namespace paceline {

namespace {

const QString kRegimeWide = QStringLiteral("general_regime");

// Wording of event types that add to a list or impose a licence requirement.
const char* const kControlPhrases[] = {
    "plenary decision",    "list update",         "intersessional decision", "final rule",
    "interim rule",        "effective",           "national control",        "licence withheld",
    "licence requirement", "jurisdiction letter", "jurisdiction transfer",   "in force",
};
// Qualifiers that make such an event something else (a relaxation, a non-decision...).
const char* const kNotControlPhrases[] = {
    "relaxation", "no change", "withdrawal", "rescission", "delay", "correction", "proposed",
};

bool containsAny(const QString& text, const auto& phrases)
{
    for (const char* p : phrases)
        if (text.contains(QLatin1String(p)))
            return true;
    return false;
}

qint64 dayKey(const PartialDate& d)
{
    return d.midpoint().toJulianDay();
}

bool earlier(const ControlEvent& a, const ControlEvent& b)
{
    const qint64 da = dayKey(a.date), db = dayKey(b.date);
    return da != db ? da < db : a.extId < b.extId;
}

// Events whose effective date a later "delay of effective date" event names ("as CE-052").
QSet<QString> delayedRules(const QList<ControlEvent>& events)
{
    QSet<QString> out;
    for (const ControlEvent& e : events) {
        if (!e.eventType.contains(QLatin1String("delay of effective date"), Qt::CaseInsensitive))
            continue;
        const QString text =
            e.entryCodes + QLatin1Char(' ') + e.description + QLatin1Char(' ') + e.notes;
        for (const ControlEvent& other : events)
            if (other.extId != e.extId && text.contains(other.extId))
                out.insert(other.extId);
    }
    return out;
}

std::optional<Milestone> chooseEmergence(const Technology& t, const QList<const Milestone*>& own,
                                         const QHash<QString, const Milestone*>& byId)
{
    if (!t.judgement.emergenceMilestone.isEmpty()) {
        const Milestone* m = byId.value(t.judgement.emergenceMilestone);
        return m ? std::optional<Milestone>(*m) : std::nullopt;
    }
    static const QStringList primary = {QStringLiteral("first_demonstration"),
                                        QStringLiteral("first_commercial_or_public_release")};
    static const QStringList proxy = {QStringLiteral("deployment"), QStringLiteral("other")};
    for (const QStringList* classes : {&primary, &proxy}) {
        const Milestone* best = nullptr;
        for (const Milestone* m : own)
            if (classes->contains(m->milestoneClass) &&
                (!best || dayKey(m->date) < dayKey(best->date) ||
                 (dayKey(m->date) == dayKey(best->date) && m->extId < best->extId)))
                best = m;
        if (best)
            return *best;
    }
    return std::nullopt;
}

} // namespace

QString lagTargetName(LagTarget target)
{
    switch (target) {
    case LagTarget::FirstControl:
        return QStringLiteral("first control");
    case LagTarget::FirstUsControl:
        return QStringLiteral("first US control");
    case LagTarget::FirstEuControl:
        return QStringLiteral("first EU control");
    }
    return {};
}

const std::optional<ControlEvent>& TechnologyLag::control(LagTarget target) const
{
    switch (target) {
    case LagTarget::FirstUsControl:
        return firstUsControl;
    case LagTarget::FirstEuControl:
        return firstEuControl;
    case LagTarget::FirstControl:
        break;
    }
    return firstControl;
}

std::optional<double> TechnologyLag::lag(LagTarget target) const
{
    const auto& c = control(target);
    if (!emergence || !c)
        return std::nullopt;
    return LagAnalysis::lagYears(emergence->date, c->date);
}

bool TechnologyLag::approximate(LagTarget target) const
{
    const auto& c = control(target);
    const auto day = PartialDate::Precision::Day;
    return (emergence && emergence->date.precision() != day) || (c && c->date.precision() != day);
}

double LagAnalysis::lagYears(const PartialDate& from, const PartialDate& to)
{
    const double days = double(to.midpoint().toJulianDay() - from.midpoint().toJulianDay());
    return std::round(days / 365.25 * 10.0) / 10.0;
}

bool LagAnalysis::countsAsControl(const ControlEvent& e)
{
    const QString type = e.eventType.toLower();
    if (containsAny(type, kNotControlPhrases))
        return false;
    // A regime's founding or guidelines count when they adopted a list with it.
    if (type.contains(QLatin1String("founding")) || type.startsWith(QLatin1String("guidelines")))
        return !e.entryCodes.trimmed().isEmpty();
    return containsAny(type, kControlPhrases);
}

bool LagAnalysis::isUsRegime(const QString& regime)
{
    return regime.startsWith(QLatin1String("US-"));
}

bool LagAnalysis::isEuRegime(const QString& regime)
{
    return regime == QLatin1String("EU");
}

bool LagAnalysis::isMultilateralRegime(const QString& regime)
{
    switch (regimeGroupOf(regime)) {
    case RegimeGroup::Wassenaar:
    case RegimeGroup::MTCR:
    case RegimeGroup::NSG:
    case RegimeGroup::AustraliaGroup:
        return true;
    default:
        return false;
    }
}

QList<ControlEvent> LagAnalysis::controllingEvents(const QList<ControlEvent>& events)
{
    const QSet<QString> delayed = delayedRules(events);
    QList<ControlEvent> out;
    for (const ControlEvent& e : events)
        if (!delayed.contains(e.extId) && countsAsControl(e))
            out.append(e);
    return out;
}

QList<TechnologyLag> LagAnalysis::compute(const QList<Technology>& technologies,
                                          const QList<Milestone>& milestones,
                                          const QList<ControlEvent>& events)
{
    QHash<QString, const Milestone*> milestoneById;
    QHash<QString, QList<const Milestone*>> milestonesByTech;
    milestoneById.reserve(milestones.size());
    for (const Milestone& m : milestones) {
        milestoneById.insert(m.extId, &m);
        for (const QString& label : m.technologyLabels)
            milestonesByTech[label].append(&m);
    }
    const QSet<QString> delayed = delayedRules(events);
    QHash<QString, const ControlEvent*> eventById;
    QHash<QString, QList<const ControlEvent*>> controlsByTech;
    QHash<QString, bool> countsByType; // a few distinct types across thousands of events
    eventById.reserve(events.size());
    for (const ControlEvent& e : events) {
        eventById.insert(e.extId, &e);
        auto known = countsByType.constFind(e.eventType);
        if (known == countsByType.constEnd() || e.eventType.contains(QLatin1String("founding")) ||
            e.eventType.startsWith(QLatin1String("guidelines")))
            known = countsByType.insert(e.eventType, countsAsControl(e));
        if (!*known || delayed.contains(e.extId))
            continue;
        for (const QString& label : e.technologyLabels)
            controlsByTech[label].append(&e);
    }

    QList<TechnologyLag> out;
    out.reserve(technologies.size());
    for (const Technology& t : technologies) {
        if (t.label == kRegimeWide)
            continue;
        TechnologyLag lag;
        lag.technology = t;
        lag.emergence = chooseEmergence(t, milestonesByTech.value(t.label), milestoneById);
        for (const ControlEvent* e : controlsByTech.value(t.label)) {
            if (t.judgement.excludedEvents.contains(e->extId))
                continue;
            auto keep = [e](std::optional<ControlEvent>& slot) {
                if (!slot || earlier(*e, *slot))
                    slot = *e;
            };
            keep(lag.firstControl);
            if (isUsRegime(e->regime))
                keep(lag.firstUsControl);
            if (isEuRegime(e->regime))
                keep(lag.firstEuControl);
            if (isMultilateralRegime(e->regime))
                keep(lag.firstRegimeControl);
        }
        if (const ControlEvent* chosen = eventById.value(t.judgement.firstControlEvent))
            lag.firstControl = *chosen;
        out.append(std::move(lag));
    }
    return out;
}

Result<QList<TechnologyLag>> LagAnalysis::fromDatabase(Database& db)
{
    TimelineStore store(db);
    auto technologies = store.technologies();
    if (!technologies)
        return technologies.error();
    auto milestones = store.milestones();
    if (!milestones)
        return milestones.error();
    auto events = store.events();
    if (!events)
        return events.error();
    return compute(*technologies, *milestones, *events);
}

} // namespace paceline
