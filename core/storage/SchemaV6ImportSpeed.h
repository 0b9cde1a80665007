#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// Schema version 6, for imports that keep their speed as editions pile up:
// - no index of nodes by code alone. Every edition put one entry into each part of it (the same
//   codes recur edition after edition), so an import rewrote the whole index and its cost grew
//   with every edition loaded. A code is looked up edition by edition through the
//   (edition_id, code) index instead.
// - node_fts merges its segments eight at a time instead of four: each import adds a segment,
//   and merging in fours made indexing a third dearer (13.3 against 9.9 G instructions for the
//   first 40 editions of the synthetic corpus; sixteen saved hardly more). A search reads a
//   few more segments: p95 about 1 ms slower on 700,000 nodes, far inside its 20 ms budget.
Status migrateToImportSpeed(Database& db);

} // namespace paceline
