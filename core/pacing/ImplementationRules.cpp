#include "ImplementationRules.h"

#include "editions/Concordance.h"
#include "timeline/ChartData.h"

#include <algorithm>

namespace paceline {

namespace {

// The earliest event whose date meets [lower, upper]; either end may be open.
const ControlEvent* earliestEvent(const QList<const ControlEvent*>& events,
                                  const std::optional<QDate>& lower,
                                  const std::optional<QDate>& upper)
{
    const ControlEvent* best = nullptr;
    for (const ControlEvent* e : events) {
        if (!e->date.isValid() || (lower && e->date.latest() < *lower) ||
            (upper && e->date.earliest() > *upper))
            continue;
        if (!best || e->date.earliest() < best->date.earliest() ||
            (e->date.earliest() == best->date.earliest() && e->extId < best->extId))
            best = e;
    }
    return best;
}

void takeEvent(Implementation& out, const ControlEvent& e)
{
    out.date = DateSpan::of(e.date);
    out.evidence = EvidenceKind::TimelineEvent;
    out.eventId = e.id;
    out.eventExtId = e.extId;
    out.eventDate = e.date.toIsoString();
    out.eventType = e.eventType;
}

void takeReading(Implementation& out, const NodeReading& r)
{
    out.code = r.code;
    out.text = r.text;
    out.similarity = r.similarity;
}

} // namespace

NodeReading readNode(RegimeChangeKind kind, const ChangeWordings& wordings,
                     const std::optional<NationalNode>& node, bool keepsPreviousCode)
{
    NodeReading r;
    if (!node) {
        if (kind == RegimeChangeKind::Removed)
            r.state = NodeState::Matches;
        else if (kind == RegimeChangeKind::Renumbered && keepsPreviousCode)
            r.state = NodeState::Old;
        return r;
    }
    r.code = node->code;
    r.text = node->text;
    if (kind == RegimeChangeKind::Removed) {
        r.state = NodeState::Old;
        return r;
    }
    const FoldedWords words(node->text);
    double now = 0;
    for (const FoldedWords& w : wordings.after)
        now = std::max(now, words.similarity(w));
    r.similarity = now;
    if (kind != RegimeChangeKind::Changed) {
        r.state = now >= kSameWordingThreshold ? NodeState::Matches : NodeState::Differs;
        return r;
    }
    const double before = words.similarity(wordings.before);
    if (now >= kSameWordingThreshold && now > before)
        r.state = NodeState::Matches;
    else if (before >= kSameWordingThreshold && before >= now)
        r.state = NodeState::Old;
    else
        r.state = NodeState::Differs;
    return r;
}

Implementation decideImplementation(RegimeChangeKind kind, const DateSpan& regimeDate,
                                    const QList<DatedEdition>& editions,
                                    const QList<NodeReading>& readings,
                                    const QList<const ControlEvent*>& events)
{
    Implementation out;
    // An edition dated before the regime could have decided says nothing about taking it up.
    auto mayFollow = [&](int i) {
        return !regimeDate.earliest || editions[i].date.latest() >= *regimeDate.earliest;
    };
    auto firstIn = [&](NodeState state) {
        for (int i = 0; i < editions.size(); ++i)
            if (readings[i].state == state && mayFollow(i))
                return i;
        return -1;
    };
    int k = firstIn(NodeState::Matches);
    out.status = ImplementationStatus::Implemented;
    if (k < 0) {
        k = firstIn(NodeState::Differs);
        out.status = ImplementationStatus::ImplementedDifferently;
    }
    if (k >= 0) {
        // The list may have carried it before: the bracket starts where it last did not.
        while (k > 0 && readings[k - 1].state == readings[k].state)
            --k;
        takeReading(out, readings[k]);
        out.editionId = editions[k].id;
        out.editionLabel = editions[k].label;
        out.editionDate = editions[k].date.toIsoString();
        std::optional<PartialDate> before;
        if (k > 0) {
            before = editions[k - 1].date;
            out.previousEditionLabel = editions[k - 1].label;
            out.previousEditionDate = editions[k - 1].date.toIsoString();
        }
        out.date = DateSpan::by(editions[k].date, before);
        out.evidence = EvidenceKind::Edition;
        std::optional<QDate> lower = out.date.earliest;
        if (!lower || (regimeDate.earliest && *regimeDate.earliest > *lower))
            lower = regimeDate.earliest;
        if (const ControlEvent* e = earliestEvent(events, lower, out.date.latest))
            takeEvent(out, *e);
        out.lag = LagSpan::between(regimeDate, out.date);
        return out;
    }
    // Not in any edition: the newest edition wholly after the decision says "not yet".
    int newest = -1;
    for (int i = 0; i < editions.size(); ++i)
        if (regimeDate.latest && editions[i].date.earliest() >= *regimeDate.latest)
            newest = i;
    // A sourced timeline event that the list controls it outweighs an edition without it: an
    // import can miss items, an analyst's event names them on purpose. The cell says both.
    // An edition that still has the old wording is the stronger word: an event must be later.
    std::optional<QDate> lower = regimeDate.earliest;
    for (int i = 0; i < editions.size(); ++i)
        if (mayFollow(i) && readings[i].state == NodeState::Old &&
            (!lower || editions[i].date.latest() >= *lower))
            lower = editions[i].date.latest().addDays(1);
    const ControlEvent* e = earliestEvent(events, lower, {});
    if (e && kind != RegimeChangeKind::Removed) {
        out.status = ImplementationStatus::Implemented;
        takeEvent(out, *e);
        if (newest >= 0 && editions[newest].date.earliest() > e->date.latest()) {
            out.editionId = editions[newest].id;
            out.editionLabel = editions[newest].label;
            out.editionDate = editions[newest].date.toIsoString();
            out.editionLacksIt = true;
        }
        out.lag = LagSpan::between(regimeDate, out.date);
        return out;
    }
    if (newest < 0) {
        out.status = ImplementationStatus::Unknown;
        return out;
    }
    out.status = ImplementationStatus::NotYetImplemented;
    takeReading(out, readings[newest]);
    out.editionId = editions[newest].id;
    out.editionLabel = editions[newest].label;
    out.editionDate = editions[newest].date.toIsoString();
    out.date.earliest = editions[newest].date.latest().addDays(1);
    out.evidence = EvidenceKind::Edition;
    out.lag = LagSpan::between(regimeDate, out.date);
    return out;
}

RegimeGroup regimeGroupOfList(const QString& listRegimeKey)
{
    const QString key = listRegimeKey.toLower();
    if (key == QLatin1String("wa") || key.startsWith(QLatin1String("wassenaar")))
        return RegimeGroup::Wassenaar;
    if (key == QLatin1String("us") || key.startsWith(QLatin1String("us-")))
        return RegimeGroup::US;
    if (key == QLatin1String("eu"))
        return RegimeGroup::EU;
    if (key == QLatin1String("ag") || key.startsWith(QLatin1String("australia")))
        return RegimeGroup::AustraliaGroup;
    if (key == QLatin1String("mtcr"))
        return RegimeGroup::MTCR;
    if (key == QLatin1String("nsg"))
        return RegimeGroup::NSG;
    return RegimeGroup::National;
}

bool eventConcernsRegime(const QString& eventRegime, const QString& listRegimeKey)
{
    const RegimeGroup group = regimeGroupOfList(listRegimeKey);
    if (group != RegimeGroup::National)
        return regimeGroupOf(eventRegime) == group;
    // A national list: its regime key is the country ("uk" for "UK-national").
    return eventRegime.startsWith(listRegimeKey + QLatin1Char('-'), Qt::CaseInsensitive);
}

bool eventNamesKey(const ControlEvent& event, const QString& key)
{
    for (const QString& code : event.codes) {
        const QString named = concordanceKey(code);
        if (named.isEmpty())
            continue;
        if (named == key || (key.startsWith(named) && key.size() > named.size() &&
                             key[named.size()] == QLatin1Char('.')))
            return true;
    }
    return false;
}

} // namespace paceline
