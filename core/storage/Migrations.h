#pragma once

#include "util/Result.h"

#include <vector>

namespace paceline {

class Database;

// One step of the schema: brings a database from version - 1 to version.
struct Migration {
    int version;
    const char* description;
    Status (*apply)(Database& db);
};

// The migrations of this Paceline, in order; the last one's version is the current schema.
const std::vector<Migration>& standardMigrations();
int currentSchemaVersion();

// Applies every migration above the database's user_version, each in its own transaction
// that also sets user_version, so an interrupted migration leaves the previous version intact.
Status applyMigrations(Database& db, const std::vector<Migration>& migrations);

} // namespace paceline
