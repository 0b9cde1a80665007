#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// Schema step for the lag analysis: per-technology analyst judgements that the timeline
// rows cannot express (a proxy emergence milestone, a chosen or excluded control event).
Status migrateToLagJudgements(Database& db);

} // namespace paceline
