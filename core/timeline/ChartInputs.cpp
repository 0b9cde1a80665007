#include "ChartInputs.h"

#include "cases/CaseStore.h"
#include "timeline/EraStore.h"
#include "timeline/TimelineStore.h"

namespace paceline {

Result<ChartInputs> loadChartInputs(Database& db)
{
    ChartInputs in;
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
    auto editions = ListStore(db).editions();
    if (!editions)
        return editions.error();
    auto cases = CaseStore(db).list();
    if (!cases)
        return cases.error();
    auto eras = EraStore(db).eras();
    if (!eras)
        return eras.error();
    in.technologies = std::move(technologies.value());
    in.milestones = std::move(milestones.value());
    in.events = std::move(events.value());
    in.editions = std::move(editions.value());
    in.cases = std::move(cases.value());
    in.eras = std::move(eras.value());
    return in;
}

} // namespace paceline
