#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace paceline {

class PgConnection;

// One step of the team schema, like the local Migration: applied once, in its own transaction,
// and recorded in paceline.team_schema_version.
struct TeamMigration {
    int version;
    const char* description;
    std::vector<const char* (*)()> scripts;
};

const std::vector<TeamMigration>& teamMigrations();
int currentTeamSchemaVersion();

struct TeamInitOutcome {
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied; // "1: cases, review records, ..." per step run now
};

// Brings the team database to the current schema: creates the schema "paceline", the group
// roles paceline_drafter, _reviewer, _chair and _admin, the tables, policies and triggers; a
// second run applies only newer steps, or nothing. Needs a role that may create roles (a
// superuser, or one with CREATEROLE that owns the database). Concurrent runs wait for each other.
Result<TeamInitOutcome> initTeamDatabase(PgConnection& conn);
// The same with other steps (tests: a later version, a step that fails).
Result<TeamInitOutcome> initTeamDatabase(PgConnection& conn,
                                         const std::vector<TeamMigration>& migrations);

// The team schema version of the database; 0 when it has none.
Result<int> teamSchemaVersion(PgConnection& conn);

// The team roles a user may be given.
QStringList teamRoleNames(); // drafter, reviewer, chair, admin

// Makes NAME a login role (when it is not one yet) holding the team role. Returns whether a new
// login role was created. Runs as an admin of the team (or the role that ran init).
Result<bool> addTeamMember(PgConnection& conn, const QString& name, const QString& role);

} // namespace paceline
