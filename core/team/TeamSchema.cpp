#include "TeamSchema.h"

#include "team/PgConnection.h"
#include "team/TeamSchemaV1.h"

#include <libpq-fe.h>

namespace paceline {

namespace {

// PostgreSQL 13 brought gen_random_uuid() without an extension; Debian 12 ships 15.
constexpr int kOldestServer = 130000;

// Concurrent inits wait for each other here, then find the step done.
constexpr const char kLock[] = "SELECT pg_advisory_xact_lock(1346587726, 0)";
constexpr const char kCreateSchema[] = "CREATE SCHEMA IF NOT EXISTS paceline";
constexpr const char kCreateVersionTable[] =
    "CREATE TABLE IF NOT EXISTS paceline.team_schema_version ("
    " version integer PRIMARY KEY,"
    " description text NOT NULL,"
    " applied_by text NOT NULL DEFAULT session_user,"
    " applied_at timestamptz NOT NULL DEFAULT now())";
constexpr const char kHasVersionTable[] =
    "SELECT to_regclass('paceline.team_schema_version') IS NOT NULL";
constexpr const char kVersion[] =
    "SELECT coalesce(max(version), 0) FROM paceline.team_schema_version";
constexpr const char kRecordVersion[] =
    "INSERT INTO paceline.team_schema_version (version, description) VALUES ($1, $2)";
constexpr const char kPreconditions[] =
    "SELECT pg_encoding_to_char(d.encoding), r.rolsuper OR r.rolcreaterole "
    "FROM pg_database d, pg_roles r "
    "WHERE d.datname = current_database() AND r.rolname = current_user";

Status checkServer(PgConnection& conn, bool willMigrate)
{
    const int server = PQserverVersion(conn.handle());
    const QString place = QStringLiteral("team database %1").arg(conn.displayName());
    if (server < kOldestServer)
        return makeError(QStringLiteral("PostgreSQL %1 is too old; the team database needs 13 or "
                                        "newer")
                             .arg(server / 10000),
                         place);
    auto pre = conn.exec(QStringLiteral("check the database"), kPreconditions);
    if (!pre)
        return pre.error();
    if (pre->text(0, 0) != QLatin1String("UTF8"))
        return makeError(QStringLiteral("the database's encoding is %1; a team database needs "
                                        "UTF8 (createdb -E UTF8 -T template0)")
                             .arg(pre->text(0, 0)),
                         place);
    if (willMigrate && pre->text(0, 1) != QLatin1String("t"))
        return makeError(QStringLiteral("%1 may not create roles; run team init as a superuser "
                                        "(such as postgres) or a role with CREATEROLE")
                             .arg(conn.user()),
                         place);
    return {};
}

// One migration step: under the lock, so that a second init waits and then finds it done.
Result<bool> applyStep(PgConnection& conn, const TeamMigration& m)
{
    PgTransaction tx(conn);
    if (!tx.begun())
        return tx.begun().error();
    const QString step = QStringLiteral("team schema version %1").arg(m.version);
    for (const char* sql : {kLock, kCreateSchema, kCreateVersionTable})
        if (auto done = conn.exec(step, sql); !done)
            return done.error();
    auto version = conn.exec(step, kVersion);
    if (!version)
        return version.error();
    if (version->integer(0, 0) >= m.version)
        return false;
    for (const auto script : m.scripts)
        if (Status s = conn.script(step, script()); !s)
            return s.error();
    if (auto done = conn.exec(step, kRecordVersion, {m.version, m.description}); !done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace

const std::vector<TeamMigration>& teamMigrations()
{
    static const std::vector<TeamMigration> migrations = {
        {1,
         "cases with revisions, comments, sign-offs, workflow history and audit log; timeline "
         "facts; list editions; roles and row-level security",
         {&teamSchemaV1TablesSql, &teamSchemaV1RulesSql}},
    };
    return migrations;
}

int currentTeamSchemaVersion()
{
    return teamMigrations().back().version;
}

Result<int> teamSchemaVersion(PgConnection& conn)
{
    auto has = conn.exec(QStringLiteral("read the team schema version"), kHasVersionTable);
    if (!has)
        return has.error();
    if (has->text(0, 0) != QLatin1String("t"))
        return 0;
    auto version = conn.exec(QStringLiteral("read the team schema version"), kVersion);
    if (!version)
        return version.error();
    return static_cast<int>(version->integer(0, 0));
}

Result<TeamInitOutcome> initTeamDatabase(PgConnection& conn)
{
    return initTeamDatabase(conn, teamMigrations());
}

Result<TeamInitOutcome> initTeamDatabase(PgConnection& conn,
                                         const std::vector<TeamMigration>& migrations)
{
    const int newest = migrations.back().version;
    TeamInitOutcome outcome;
    auto from = teamSchemaVersion(conn);
    if (!from)
        return from.error();
    outcome.fromVersion = from.value();
    if (Status s = checkServer(conn, outcome.fromVersion < newest); !s)
        return s.error();
    if (outcome.fromVersion > newest)
        return makeError(QStringLiteral("the team schema is at version %1, newer than this "
                                        "Paceline knows (%2); use a newer Paceline")
                             .arg(outcome.fromVersion)
                             .arg(newest),
                         QStringLiteral("team database %1").arg(conn.displayName()));
    for (const TeamMigration& m : migrations) {
        if (m.version <= outcome.fromVersion)
            continue;
        auto applied = applyStep(conn, m);
        if (!applied)
            return applied.error();
        if (applied.value())
            outcome.applied << QStringLiteral("%1: %2").arg(m.version).arg(
                QString::fromUtf8(m.description));
    }
    auto to = teamSchemaVersion(conn);
    if (!to)
        return to.error();
    outcome.toVersion = to.value();
    return outcome;
}

QStringList teamRoleNames()
{
    return {QStringLiteral("drafter"), QStringLiteral("reviewer"), QStringLiteral("chair"),
            QStringLiteral("admin")};
}

Result<bool> addTeamMember(PgConnection& conn, const QString& name, const QString& role)
{
    if (!teamRoleNames().contains(role))
        return badInput(QStringLiteral("unknown team role \"%1\"; choose %2")
                            .arg(role, teamRoleNames().join(QStringLiteral(", "))),
                        QStringLiteral("--role"));
    auto done = conn.exec(QStringLiteral("add %1 as %2").arg(name, role),
                          "SELECT paceline.add_member($1, $2)", {name, role});
    if (!done) {
        // An unsuitable name (invalid_parameter_value) is the caller's input, not a failure.
        if (done.error().message.endsWith(QLatin1String("[SQLSTATE 22023]")))
            return badInput(done.error().message, done.error().place);
        return done.error();
    }
    return done->text(0, 0) == QLatin1String("t");
}

} // namespace paceline
