#pragma once

#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QList>

namespace paceline {
class Database;
}

namespace paceline::bench {

// A deterministic timeline shaped like the demo: technologies in a dozen categories, milestones
// of every class and control events of every regime and type, with a mix of day, month and
// year precision and of confidence; some events name two or three technologies.
struct SyntheticTimeline {
    QList<Technology> technologies;
    QList<Milestone> milestones;
    QList<ControlEvent> events;
};

SyntheticTimeline makeSyntheticTimeline(int technologies, int events,
                                        int milestonesPerTechnology = 3, quint32 seed = 1);
// Writes it in one transaction.
Status writeSyntheticTimeline(Database& db, const SyntheticTimeline& timeline);

} // namespace paceline::bench
