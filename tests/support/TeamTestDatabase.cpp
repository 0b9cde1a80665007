#include "TeamTestDatabase.h"

#include "team/PgConnection.h"
#include "team/TeamSchema.h"

namespace paceline::test {

bool TeamTestDatabase::start()
{
    if (!m_cluster.start()) {
        m_error = m_cluster.error();
        return false;
    }
    PgSession admin(m_cluster.conninfo(PgCluster::superuser()));
    const auto created = admin.exec("CREATE DATABASE team TEMPLATE template0 ENCODING 'UTF8'");
    if (!created.ok) {
        m_error = created.message + admin.connectError();
        return false;
    }
    auto conn = PgConnection::open(conninfo(PgCluster::superuser()));
    if (!conn) {
        m_error = conn.error().toString();
        return false;
    }
    auto done = initTeamDatabase(**conn);
    if (!done) {
        m_error = done.error().toString();
        return false;
    }
    const std::pair<const char*, const char*> people[] = {{"alice", "drafter"}, {"bob", "drafter"},
                                                          {"rita", "reviewer"}, {"rob", "reviewer"},
                                                          {"carl", "chair"},    {"ada", "admin"}};
    for (const auto& [name, role] : people) {
        for (const QByteArray& sql : {QByteArray("CREATE ROLE ") + name + " LOGIN",
                                      QByteArray("GRANT paceline_") + role + " TO " + name}) {
            const auto o = superuser().exec(sql);
            if (!o.ok) {
                m_error = o.message;
                return false;
            }
        }
        if (!as(QString::fromLatin1(name)).connected()) {
            m_error = as(QString::fromLatin1(name)).connectError();
            return false;
        }
    }
    return true;
}

void TeamTestDatabase::stop()
{
    m_sessions.clear();
    m_cluster.stop();
}

QString TeamTestDatabase::conninfo(const QString& user) const
{
    return m_cluster.conninfo(user, QStringLiteral("team"));
}

PgSession& TeamTestDatabase::as(const QString& user)
{
    auto& s = m_sessions[user];
    if (!s)
        s = std::make_unique<PgSession>(conninfo(user));
    return *s;
}

QByteArray TeamTestDatabase::newCase(const QString& author, const QByteArray& title)
{
    const auto o = as(author).exec("INSERT INTO paceline.amendment_case (title, kind, "
                                   "target_code, proposed_text) VALUES ($1, 'amend_entry', "
                                   "'4.A.5', 'Systems for intrusion software.') RETURNING id",
                                   {title});
    if (!o.ok || o.rows.isEmpty())
        qWarning("new case: %s", qPrintable(o.message));
    return o.rows.value(0).value(0).toUtf8();
}

PgSession::Outcome TeamTestDatabase::move(const QString& who, const QByteArray& id,
                                          const QByteArray& status, const QByteArray& reason)
{
    PgSession& s = as(who);
    s.exec("BEGIN");
    if (!reason.isEmpty())
        s.exec("SELECT set_config('paceline.reason', $1, true)", {reason});
    auto o = s.exec("UPDATE paceline.amendment_case SET status = $2 WHERE id = $1", {id, status});
    s.exec(o.ok ? "COMMIT" : "ROLLBACK");
    return o;
}

QString TeamTestDatabase::bringTo(const QByteArray& id, const QList<QByteArray>& path)
{
    for (const QByteArray& status : path) {
        const QString who =
            status == "in_review" ? QStringLiteral("alice") : QStringLiteral("carl");
        const auto o = move(who, id, status);
        if (!o.ok || o.affected != 1)
            return QStringLiteral("%1 to %2: %3 (%4 rows)")
                .arg(who, QString::fromLatin1(status), o.message)
                .arg(o.affected);
    }
    return {};
}

QString TeamTestDatabase::caseField(const QByteArray& id, const QByteArray& column)
{
    return superuser().value(
        "SELECT " + column + "::text FROM paceline.amendment_case WHERE id = $1", {id});
}

} // namespace paceline::test
