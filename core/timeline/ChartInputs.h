#pragma once

#include "cases/CaseTypes.h"
#include "lists/ListStore.h"
#include "timeline/Era.h"
#include "timeline/TimelineTypes.h"
#include "util/Result.h"

#include <QList>

namespace paceline {

class Database;

// Everything the innovation chart is drawn from, read in one go so that it can be read on a
// worker connection and handed to the UI thread.
struct ChartInputs {
    QList<Technology> technologies;
    QList<Milestone> milestones;
    QList<ControlEvent> events;
    QList<EditionInfo> editions;
    QList<CaseRecord> cases;
    QList<Era> eras;
};

Result<ChartInputs> loadChartInputs(Database& db);

} // namespace paceline
