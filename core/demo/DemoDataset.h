#pragma once

#include "util/Progress.h"
#include "util/Result.h"

namespace paceline {

class Database;

struct DemoSummary {
    int editions = 0;
    int timelineRows = 0;
    int cases = 0;
};

// Fills a database with the demo dataset compiled into the program (resources/demo): the
// Wassenaar Dual-Use List and EU Annex I in summary form, the timeline facts and sample cases.
// One transaction: either everything is there afterwards or nothing changed.
Result<DemoSummary> installDemoDataset(Database& db, const ProgressCallback& progress = {});

// Whether the database already holds list data (the demo is only offered for an empty one).
Result<bool> databaseHasContent(Database& db);

} // namespace paceline
