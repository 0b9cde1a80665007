#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// Schema version 7: what a case amends. amendment_case gets target_kind ('entry', 'item',
// 'note' or 'term') and target_name (the defined term, or a note's label). Cases written before
// keep 'entry', except those whose code is an item or a note of their base edition, which say
// so now; an "Amend definition" case of an older version stays aimed at its entry, since its
// base text is the entry's.
Status migrateToCaseTargets(Database& db);

} // namespace paceline
