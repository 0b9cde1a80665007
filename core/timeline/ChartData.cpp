#include "ChartData.h"

#include "lists/ListStore.h"
#include "timeline/ChartInputs.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace paceline {

namespace {

bool visible(const ChartFilter& f, const QString& label, const PartialDate& d, Confidence c)
{
    if (!f.technologies.isEmpty() && !f.technologies.contains(label))
        return false;
    if (int(c) > int(f.minConfidence))
        return false;
    if (f.from && d.latest() < *f.from)
        return false;
    return !(f.to && d.earliest() > *f.to);
}

ChartFact factOf(const Milestone& m)
{
    ChartFact f;
    f.extId = m.extId;
    f.date = m.date;
    f.kind = m.milestoneClass;
    f.description = m.description;
    f.sourceUrl = m.sourceUrl;
    f.confidence = m.confidence;
    return f;
}

ChartFact factOf(const ControlEvent& e)
{
    ChartFact f;
    f.isEvent = true;
    f.extId = e.extId;
    f.date = e.date;
    f.kind = e.eventType;
    f.regime = regimeGroupOf(e.regime);
    f.regimeText = e.regime;
    f.description = e.description;
    f.sourceUrl = e.sourceUrl;
    f.confidence = e.confidence;
    f.codes = e.codes;
    f.entryText = e.entryCodes;
    return f;
}

void sortLanes(QList<ChartLane>& lanes, const ChartFilter& f)
{
    // Keys computed once per lane: dates and collation keys are too costly per comparison.
    struct Keyed {
        QString category;
        double key = 0;
        QCollatorSortKey name;
        ChartLane lane;
    };
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<Keyed> keyed;
    keyed.reserve(lanes.size());
    for (ChartLane& l : lanes) {
        double key = 0;
        if (f.sort == LaneSort::Emergence)
            key = l.lag.emergence ? decimalYear(l.lag.emergence->date.midpoint())
                                  : std::numeric_limits<double>::max();
        else if (f.sort == LaneSort::Lag)
            key = -l.lag.lag(LagTarget::FirstControl).value_or(-1e9);
        keyed.push_back({f.groupByCategory ? l.technology.category : QString(), key,
                         collator.sortKey(l.technology.name), std::move(l)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.category != b.category)
            return a.category < b.category;
        if (a.key != b.key)
            return a.key < b.key;
        return a.name.compare(b.name) < 0;
    });
    lanes.clear();
    for (Keyed& k : keyed)
        lanes.append(std::move(k.lane));
}

} // namespace

QList<ChainLink> chainOf(const TechnologyLag& lag)
{
    QList<ChainLink> chain;
    if (!lag.emergence || !lag.firstRegimeControl)
        return chain;
    const ControlEvent& decision = *lag.firstRegimeControl;
    const RegimeGroup regime = regimeGroupOf(decision.regime);
    const double decided = decimalYear(decision.date.midpoint());
    chain.append({regime, decimalYear(lag.emergence->date.midpoint()), decided,
                  QStringLiteral("%1 %2 y")
                      .arg(regimeGroupName(regime))
                      .arg(LagAnalysis::lagYears(lag.emergence->date, decision.date), 0, 'f', 1),
                  decision.extId});
    for (const auto& [group, control] : {std::pair{RegimeGroup::US, &lag.firstUsControl},
                                         std::pair{RegimeGroup::EU, &lag.firstEuControl}}) {
        if (!*control)
            continue;
        const double years = LagAnalysis::lagYears(decision.date, (*control)->date);
        chain.append({group, decided, decimalYear((*control)->date.midpoint()),
                      QStringLiteral("%1 %2%3 y")
                          .arg(regimeGroupName(group),
                               years < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"))
                          .arg(std::abs(years), 0, 'f', 1),
                      (*control)->extId});
    }
    return chain;
}

RegimeGroup regimeGroupOf(const QString& regime)
{
    if (regime.startsWith(QLatin1String("Wassenaar")))
        return RegimeGroup::Wassenaar;
    if (regime.startsWith(QLatin1String("US")))
        return RegimeGroup::US;
    if (regime == QLatin1String("EU"))
        return RegimeGroup::EU;
    if (regime == QLatin1String("MTCR"))
        return RegimeGroup::MTCR;
    if (regime == QLatin1String("NSG"))
        return RegimeGroup::NSG;
    if (regime.startsWith(QLatin1String("Australia")))
        return RegimeGroup::AustraliaGroup;
    return RegimeGroup::National;
}

QString regimeGroupName(RegimeGroup g)
{
    switch (g) {
    case RegimeGroup::Wassenaar:
        return QStringLiteral("Wassenaar");
    case RegimeGroup::US:
        return QStringLiteral("US");
    case RegimeGroup::EU:
        return QStringLiteral("EU");
    case RegimeGroup::MTCR:
        return QStringLiteral("MTCR");
    case RegimeGroup::NSG:
        return QStringLiteral("NSG");
    case RegimeGroup::AustraliaGroup:
        return QStringLiteral("Australia Group");
    case RegimeGroup::National:
        return QStringLiteral("National");
    }
    return {};
}

const QList<RegimeGroup>& allRegimeGroups()
{
    static const QList<RegimeGroup> all = {RegimeGroup::Wassenaar, RegimeGroup::US,
                                           RegimeGroup::EU,        RegimeGroup::MTCR,
                                           RegimeGroup::NSG,       RegimeGroup::AustraliaGroup,
                                           RegimeGroup::National};
    return all;
}

double decimalYear(const QDate& day)
{
    return day.year() + double(day.dayOfYear() - 1) / day.daysInYear();
}

bool ChartFilter::isDefault() const
{
    return regimes.isEmpty() && technologies.isEmpty() && minConfidence == Confidence::Low &&
           !from && !to;
}

QString ChartFilter::describe() const
{
    QStringList parts;
    if (technologies.isEmpty())
        parts << QStringLiteral("Technologies: all");
    else if (!technologyText.isEmpty()) // "\u0001" is the chart's label for "none matches"
        parts << QStringLiteral("Technologies: \u201c%1\u201d (%2)")
                     .arg(technologyText)
                     .arg(technologies.size() -
                          (technologies.contains(QStringLiteral("\u0001")) ? 1 : 0));
    else
        parts << QStringLiteral("Technologies: %1 chosen").arg(technologies.size());
    QStringList names;
    for (RegimeGroup g : allRegimeGroups())
        if (regimes.contains(g))
            names << regimeGroupName(g);
    parts << (regimes.isEmpty() ? QStringLiteral("Regimes: all")
              : names.isEmpty()
                  ? QStringLiteral("Regimes: none")
                  : QStringLiteral("Regimes: %1").arg(names.join(QStringLiteral(", "))));
    parts << (minConfidence == Confidence::Low ? QStringLiteral("Confidence: any")
              : minConfidence == Confidence::High
                  ? QStringLiteral("Confidence: high only")
                  : QStringLiteral("Confidence \u2265 %1").arg(confidenceName(minConfidence)));
    // Whole years as the chart's From and To boxes choose them, else the dates.
    const bool wholeYears = (!from || (from->month() == 1 && from->day() == 1)) &&
                            (!to || (to->month() == 12 && to->day() == 31));
    if (!from && !to)
        parts << QStringLiteral("Years: all");
    else if (wholeYears)
        parts << QStringLiteral("Years: %1\u2013%2")
                     .arg(from ? QString::number(from->year()) : QString(),
                          to ? QString::number(to->year()) : QString());
    else
        parts << QStringLiteral("Dates: %1 to %2")
                     .arg(from ? from->toString(Qt::ISODate) : QStringLiteral("start"),
                          to ? to->toString(Qt::ISODate) : QStringLiteral("end"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QSet<QString> technologiesMatching(const QList<Technology>& technologies, const QString& text)
{
    QSet<QString> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    for (const Technology& t : technologies)
        if (t.name.contains(needle, Qt::CaseInsensitive) ||
            t.label.contains(needle, Qt::CaseInsensitive))
            out.insert(t.label);
    return out;
}

int ChartData::factCount(bool events) const
{
    return int(std::count_if(facts.begin(), facts.end(),
                             [events](const ChartFact& f) { return f.isEvent == events; }));
}

int ChartData::distinctFactCount(bool events) const
{
    QSet<QString> ids;
    for (const ChartFact& f : facts)
        if (f.isEvent == events)
            ids.insert(f.extId);
    return int(ids.size());
}

ChartData ChartData::build(const QList<Technology>& technologies,
                           const QList<Milestone>& milestones, const QList<ControlEvent>& events,
                           const QList<EditionInfo>& editions, const ChartFilter& filter)
{
    ChartData out;
    QHash<QString, qsizetype> laneOf;
    const QList<TechnologyLag> lags = LagAnalysis::compute(technologies, milestones, events);
    QHash<QString, const TechnologyLag*> lagOf;
    for (const TechnologyLag& l : lags)
        lagOf.insert(l.technology.label, &l);
    QList<ChartLane> lanes;
    for (const Technology& t : technologies) {
        if (!filter.technologies.isEmpty() && !filter.technologies.contains(t.label))
            continue;
        ChartLane lane;
        lane.technology = t;
        if (const TechnologyLag* l = lagOf.value(t.label))
            lane.lag = *l;
        laneOf.insert(t.label, lanes.size());
        lanes.append(std::move(lane));
    }
    // One fact per (fact, lane); built only for the lanes that show it.
    const auto place = [&](const auto& source, Confidence confidence) {
        for (const QString& label : source.technologyLabels) {
            const auto it = laneOf.constFind(label);
            if (it == laneOf.constEnd() || !visible(filter, label, source.date, confidence))
                continue;
            ChartFact fact = factOf(source);
            fact.start = decimalYear(source.date.earliest());
            fact.end = decimalYear(source.date.latest().addDays(1));
            lanes[*it].facts.append(int(out.facts.size()));
            out.facts.append(std::move(fact));
        }
    };
    out.facts.reserve(milestones.size() + events.size() * 3 / 2);
    for (const Milestone& m : milestones)
        place(m, m.confidence);
    for (const ControlEvent& e : events)
        if (filter.regimes.isEmpty() || filter.regimes.contains(regimeGroupOf(e.regime)))
            place(e, e.confidence);

    for (ChartLane& lane : lanes) {
        const auto& lag = lane.lag;
        if (lag.emergence && lag.firstControl) {
            lane.barStart = decimalYear(lag.emergence->date.midpoint());
            lane.barEnd = decimalYear(lag.firstControl->date.midpoint());
            lane.barLabel =
                QStringLiteral("%1 y").arg(*lag.lag(LagTarget::FirstControl), 0, 'f', 1);
        }
        lane.chain = chainOf(lag);
        if (!lane.facts.isEmpty() || lane.barStart)
            out.lanes.append(std::move(lane));
    }
    sortLanes(out.lanes, filter);
    // Lane numbers follow the sorted order; facts of dropped lanes are never referenced.
    for (qsizetype i = 0; i < out.lanes.size(); ++i)
        for (int f : out.lanes.at(i).facts)
            out.facts[f].lane = int(i);

    out.minX = std::numeric_limits<double>::max();
    out.maxX = std::numeric_limits<double>::lowest();
    for (const ChartFact& f : out.facts) {
        out.minX = std::min(out.minX, f.start);
        out.maxX = std::max(out.maxX, f.end);
    }
    if (out.facts.isEmpty())
        out.minX = out.maxX = 0;
    for (const EditionInfo& e : editions) {
        const auto date = PartialDate::parse(e.date);
        if (!date)
            continue;
        out.editions.append({QStringLiteral("%1 %2").arg(e.listName, e.label), *date,
                             decimalYear(date->midpoint()), e.label});
    }
    return out;
}

Result<ChartData> ChartData::fromDatabase(Database& db, const ChartFilter& filter)
{
    auto in = loadChartInputs(db);
    if (!in)
        return in.error();
    ChartData out = build(in->technologies, in->milestones, in->events, in->editions, filter);
    out.eras = placeEras(in->eras, filter, QDate::currentDate());
    return out;
}

} // namespace paceline
