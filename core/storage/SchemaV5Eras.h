#pragma once

#include "util/Result.h"

namespace paceline {

class Database;

// Schema version 5: the `era` table, named periods drawn as bands behind the innovation chart
// (core/timeline/Era.h). Dates are ISO partial dates whose precision follows their form.
Status migrateToEras(Database& db);

} // namespace paceline
