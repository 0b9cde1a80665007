#include "SyntheticTimeline.h"

#include "storage/Transaction.h"
#include "timeline/TimelineStore.h"

#include <QRandomGenerator>

namespace paceline::bench {

namespace {

PartialDate randomDate(QRandomGenerator& rng, int fromYear, int toYear)
{
    const int year = rng.bounded(fromYear, toYear + 1);
    const int roll = rng.bounded(100);
    if (roll < 15)
        return PartialDate(year, 0, 0, PartialDate::Precision::Year);
    const int month = rng.bounded(1, 13);
    if (roll < 40)
        return PartialDate(year, month, 0, PartialDate::Precision::Month);
    return PartialDate(year, month, rng.bounded(1, 29), PartialDate::Precision::Day);
}

Confidence randomConfidence(QRandomGenerator& rng)
{
    const int roll = rng.bounded(100);
    return roll < 75 ? Confidence::High : roll < 95 ? Confidence::Medium : Confidence::Low;
}

} // namespace

SyntheticTimeline makeSyntheticTimeline(int technologyCount, int eventCount,
                                        int milestonesPerTechnology, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const char* const categories[] = {"Semiconductors",
                                             "Cyber & surveillance",
                                             "AI & computing",
                                             "Biotech & chemical",
                                             "Aerospace & missiles",
                                             "Quantum",
                                             "Nuclear",
                                             "Additive manufacturing",
                                             "Firearms & munitions",
                                             "Materials",
                                             "Sensors",
                                             "Communications"};
    static const char* const regimes[] = {
        "Wassenaar", "US-EAR",          "US-ITAR",     "EU",          "MTCR",
        "NSG",       "Australia Group", "NL-national", "JP-national", "UK-national"};
    static const char* const types[] = {"plenary decision",   "final rule",
                                        "interim final rule", "proposed rule",
                                        "effective date",     "list update",
                                        "notice of inquiry",  "national control",
                                        "guidance",           "delegated regulation (list update)"};
    SyntheticTimeline t;
    for (int i = 0; i < technologyCount; ++i) {
        Technology tech;
        tech.label = QStringLiteral("tech_%1").arg(i, 4, 10, QLatin1Char('0'));
        tech.name = QStringLiteral("Synthetic technology %1").arg(i);
        tech.category = QLatin1String(categories[i % 12]);
        t.technologies.append(tech);
        for (int k = 0; k < milestonesPerTechnology; ++k) {
            Milestone m;
            m.extId = QStringLiteral("TM-S%1-%2").arg(i).arg(k);
            m.date = randomDate(rng, 1975 + k * 4, 2015 + k * 3);
            m.technologyLabels = {tech.label};
            m.milestoneClass = milestoneClasses().at(k % milestoneClasses().size());
            m.milestoneType = m.milestoneClass;
            m.description = QStringLiteral("Milestone %1 of %2").arg(k).arg(tech.name);
            m.sourceUrl = QStringLiteral("https://example.org/m/%1/%2").arg(i).arg(k);
            m.confidence = randomConfidence(rng);
            t.milestones.append(m);
        }
    }
    for (int i = 0; i < eventCount; ++i) {
        ControlEvent e;
        e.extId = QStringLiteral("CE-S%1").arg(i, 5, 10, QLatin1Char('0'));
        e.date = randomDate(rng, 1980, 2026);
        e.regime = QLatin1String(regimes[rng.bounded(10)]);
        e.eventType = QLatin1String(types[rng.bounded(10)]);
        const int techs = rng.bounded(100) < 80 ? 1 : rng.bounded(2, 4);
        for (int k = 0; k < techs; ++k)
            e.technologyLabels.append(t.technologies.at(rng.bounded(technologyCount)).label);
        e.technologyLabels.removeDuplicates();
        e.entryCodes = QStringLiteral("%1A%2")
                           .arg(rng.bounded(10))
                           .arg(rng.bounded(1, 999), 3, 10, QLatin1Char('0'));
        e.codes = extractEntryCodes(e.entryCodes);
        e.description = QStringLiteral("Synthetic control event %1").arg(i);
        e.sourceUrl = QStringLiteral("https://example.org/e/%1").arg(i);
        e.confidence = randomConfidence(rng);
        t.events.append(e);
    }
    return t;
}

Status writeSyntheticTimeline(Database& db, const SyntheticTimeline& t)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    TimelineStore store(db);
    for (const Technology& tech : t.technologies)
        if (auto r = store.upsertTechnology(tech); !r)
            return r.error();
    for (const Milestone& m : t.milestones)
        if (auto r = store.upsertMilestone(m); !r)
            return r.error();
    for (const ControlEvent& e : t.events)
        if (auto r = store.upsertEvent(e); !r)
            return r.error();
    return tx.commit();
}

} // namespace paceline::bench
