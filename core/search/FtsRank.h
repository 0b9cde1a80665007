#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// Registers pl_rank(node_fts, w_code, w_title, w_text) on the connection: matches counted per
// column with the given weights, divided by the square root of the row's length. Unlike bm25
// it needs no corpus-wide document counts, which FTS5 computes by reading every matching row
// of the whole table: 30 ms for a common phrase in 700,000 nodes, whatever the rowid range.
// Lower is better, like bm25.
Status registerFtsRank(Database& db);

} // namespace paceline
