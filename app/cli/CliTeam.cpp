#include "CliTeam.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "team/PgConnection.h"
#include "team/TeamCheck.h"
#include "team/TeamSchema.h"

namespace paceline::cli {

namespace {

const char kUrlHelp[] =
    "the team database: a libpq URL (postgresql://host/db?sslmode=verify-full) or connection "
    "string (\"host=... dbname=...\"); the password comes from ~/.pgpass or PGPASSFILE, never "
    "from the command line";

int teamInit(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(
        inv, QStringLiteral("URL"),
        QStringLiteral("Make an existing PostgreSQL database (13 or newer, UTF8) a team database: "
                       "the schema \"paceline\" with cases, their review records and audit log, "
                       "the timeline facts and list editions they cite; the group roles "
                       "paceline_drafter, paceline_reviewer, paceline_chair and paceline_admin; "
                       "row-level security and the triggers that enforce them. Run it as a "
                       "superuser (or a role with CREATEROLE) that then owns the schema. A second "
                       "run brings an older team schema up to date and otherwise changes "
                       "nothing."));
    cl.addArgument(QStringLiteral("URL"), QString::fromUtf8(kUrlHelp));
    if (const auto done = cl.parse(out, err))
        return *done;
    if (cl.arguments().isEmpty())
        return report(err, badInput(cl.usageMessage(QStringLiteral("team init needs the URL of "
                                                                   "the team database"))));
    auto conn = PgConnection::open(cl.arguments().first());
    if (!conn)
        return report(err, conn.error());
    auto done = initTeamDatabase(**conn);
    if (!done)
        return report(err, done.error());
    const QString name = (*conn)->displayName();
    if (done->applied.isEmpty()) {
        out << "Team database " << name << " is at team schema version " << done->toVersion
            << "; nothing to do" << Qt::endl;
        return Success;
    }
    out << "Team database " << name << ": team schema version " << done->fromVersion << " -> "
        << done->toVersion << Qt::endl;
    for (const QString& step : done->applied)
        out << "  " << step << Qt::endl;
    out << "Next: paceline-cli team add-user URL NAME --role drafter|reviewer|chair|admin"
        << Qt::endl;
    return Success;
}

int teamAddUser(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(
        inv, QStringLiteral("URL NAME --role ROLE"),
        QStringLiteral("Give a person a team role: NAME becomes a PostgreSQL login role (when it "
                       "is not one yet) and a member of paceline_ROLE. A drafter edits their own "
                       "drafts; a reviewer comments and signs off; a chair also moves cases "
                       "through the workflow and adopts them; an admin also adds users. Run it "
                       "as a team admin or as the role that ran team init. Give the user a "
                       "password with psql's \\password NAME (sent hashed), or let the server "
                       "authenticate them another way (pg_hba.conf)."));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("drafter, reviewer, chair or admin"),
                                  QStringLiteral("ROLE"));
    cl.addOption(role);
    cl.addArgument(QStringLiteral("URL"), QString::fromUtf8(kUrlHelp));
    cl.addArgument(QStringLiteral("NAME"), QStringLiteral("the user's login name"));
    if (const auto done = cl.parse(out, err))
        return *done;
    if (cl.arguments().size() < 2)
        return report(err, badInput(cl.usageMessage(
                               QStringLiteral("team add-user needs the URL and a user NAME"))));
    if (cl.value(role).isEmpty())
        return report(err, badInput(cl.usageMessage(QStringLiteral(
                               "team add-user needs --role drafter|reviewer|chair|admin"))));
    const QString name = cl.arguments().at(1);
    if (!teamRoleNames().contains(cl.value(role)))
        return report(err,
                      badInput(QStringLiteral("unknown team role \"%1\"; choose %2")
                                   .arg(cl.value(role), teamRoleNames().join(QStringLiteral(", "))),
                               QStringLiteral("--role")));
    auto conn = PgConnection::open(cl.arguments().first());
    if (!conn)
        return report(err, conn.error());
    auto added = addTeamMember(**conn, name, cl.value(role));
    if (!added)
        return report(err, added.error());
    out << name << (added.value() ? ": new login role, " : ": existing role, ") << "now a team "
        << cl.value(role) << " in " << (*conn)->displayName() << Qt::endl;
    return Success;
}

int teamCheck(const Invocation& inv, QTextStream& out, QTextStream& err)
{
    CommandLine cl(inv, QStringLiteral("URL"),
                   QStringLiteral("Connect to the team database and report its team schema "
                                  "version, the team roles of the user connected, and whether "
                                  "the audit log's hash chain holds, as the server verifies it. "
                                  "Exit status 1 when the chain is broken."));
    cl.addArgument(QStringLiteral("URL"), QString::fromUtf8(kUrlHelp));
    if (const auto done = cl.parse(out, err))
        return *done;
    if (cl.arguments().isEmpty())
        return report(err, badInput(cl.usageMessage(QStringLiteral("team check needs the URL of "
                                                                   "the team database"))));
    auto conn = PgConnection::open(cl.arguments().first());
    if (!conn)
        return report(err, conn.error());
    auto check = checkTeamDatabase(**conn);
    if (!check)
        return report(err, check.error());
    const QString name = (*conn)->displayName();
    out << name << ": team schema version " << check->schemaVersion << " (current "
        << currentTeamSchemaVersion() << ")" << Qt::endl;
    out << check->user << ": "
        << (check->roles.isEmpty() ? QStringLiteral("no team role")
                                   : check->roles.join(QStringLiteral(", ")))
        << Qt::endl;
    if (check->firstBrokenRow != 0) {
        err << "paceline-cli: " << name << ": audit log: " << check->problem << Qt::endl;
        return Failure;
    }
    out << "audit log: " << check->auditRows << " rows, hash chain intact" << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> teamCommands()
{
    return {
        {QStringLiteral("init"),
         QStringLiteral("create or update the team schema, roles and policies on PostgreSQL"),
         &teamInit},
        {QStringLiteral("add-user"),
         QStringLiteral("give a person a team role: drafter, reviewer, chair or admin"),
         &teamAddUser},
        {QStringLiteral("check"),
         QStringLiteral("schema version, your team roles, the audit log's hash chain"), &teamCheck},
    };
}

} // namespace paceline::cli
