#pragma once

#include "PgCluster.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <memory>

namespace paceline::test {

// A team database "team" on a throwaway cluster, brought to the current team schema, with the
// people of the tests made the plain SQL way: alice and bob (drafters), rita and rob
// (reviewers), carl (chair), ada (admin). Each person has one plain libpq session.
class TeamTestDatabase {
public:
    // false: error() says why.
    bool start();
    void stop();
    const QString& error() const { return m_error; }

    PgCluster& cluster() { return m_cluster; }
    QString conninfo(const QString& user) const;
    PgSession& as(const QString& user);
    PgSession& superuser() { return as(PgCluster::superuser()); }

    // A new draft by author amending 4.A.5; its id ("" and a warning on failure).
    QByteArray newCase(const QString& author, const QByteArray& title);
    // Moves a case in one transaction, with a reason when one is given.
    PgSession::Outcome move(const QString& who, const QByteArray& id, const QByteArray& status,
                            const QByteArray& reason = {});
    // Moves a case along the path, to in_review by alice and on by carl; the first refusal.
    QString bringTo(const QByteArray& id, const QList<QByteArray>& path);
    // A column of a case as text, read by the superuser.
    QString caseField(const QByteArray& id, const QByteArray& column);

private:
    PgCluster m_cluster;
    std::map<QString, std::unique_ptr<PgSession>> m_sessions;
    QString m_error;
};

} // namespace paceline::test
