#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// Schema version 4, for the Wassenaar Arrangement's own list documents: term.scope (where a
// definition applies, as printed: "Cat 2, 6; ML 8"; NULL when the list gives none) and an
// index of the nodes on the Sensitive and Very Sensitive Lists (core/search/Sensitivity.h).
Status migrateToTermScopeAndSensitivity(Database& db);

} // namespace paceline
