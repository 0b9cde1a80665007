#include "TeamCheck.h"

#include "team/PgConnection.h"
#include "team/TeamSchema.h"

namespace paceline {

namespace {

constexpr const char kRoles[] =
    "SELECT coalesce(string_agg(r, ',' ORDER BY o), '') "
    "FROM unnest(ARRAY['drafter', 'reviewer', 'chair', 'admin']) WITH ORDINALITY AS t(r, o) "
    "WHERE pg_has_role(session_user, 'paceline_' || r, 'USAGE')";
constexpr const char kVerify[] =
    "SELECT rows_checked, coalesce(first_broken_id, 0), coalesce(problem, '') "
    "FROM paceline.verify_audit_log()";

} // namespace

Result<TeamCheck> checkTeamDatabase(PgConnection& conn)
{
    TeamCheck check;
    auto version = teamSchemaVersion(conn);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return badInput(QStringLiteral("not a team database (no team schema); run paceline-cli "
                                       "team init URL first"),
                        QStringLiteral("team database %1").arg(conn.displayName()));
    check.schemaVersion = version.value();
    check.user = conn.user();
    auto roles = conn.exec(QStringLiteral("read the user's team roles"), kRoles);
    if (!roles)
        return roles.error();
    check.roles = roles->text(0, 0).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto chain = conn.exec(QStringLiteral("verify the audit log"), kVerify);
    if (!chain)
        return chain.error();
    check.auditRows = chain->integer(0, 0);
    check.firstBrokenRow = chain->integer(0, 1);
    check.problem = chain->text(0, 2);
    return check;
}

} // namespace paceline
