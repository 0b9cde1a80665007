#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

struct pg_conn;

namespace paceline::test {

// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a Unix socket in
// that folder and no TCP port, stopped (and removed) with the object, also when a test fails.
// PostgreSQL refuses to run as root, so as root (CI) the server runs as "nobody". The folder's
// superuser is "postgres"; authentication is "trust", as the tests check rights, not passwords.
class PgCluster {
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // The newest /usr/lib/postgresql/*/bin holding initdb, pg_ctl and postgres; empty if none.
    static QString serverBinDir();

    // pg_hba.conf lines that go before initdb's "trust" ones, such as
    // "local all paula scram-sha-256" for a user who must give a password. Before start().
    void setHbaFirstLines(const QStringList& lines) { m_hbaFirst = lines; }
    // initdb and pg_ctl start (a few seconds). false: error() says why.
    bool start();
    void stop();
    const QString& error() const { return m_error; }

    QString socketDir() const { return m_dir->path(); }
    static QString superuser() { return QStringLiteral("postgres"); }
    // "host=DIR port=5432 dbname=DB user=USER"
    QString conninfo(const QString& user,
                     const QString& database = QStringLiteral("postgres")) const;
    // postgresql:///DB?host=DIR&port=5432&user=USER
    QString url(const QString& user, const QString& database = QStringLiteral("postgres")) const;
    // The server's log so far, for a failing test's message.
    QByteArray log() const;

private:
    bool run(const QString& program, const QStringList& args, int timeoutMs,
             const QString& workingDir = {});
    void stopOrphans();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QStringList m_asServerUser; // runuser -u nobody -- when root
    QStringList m_hbaFirst;
    QString m_error;
    bool m_running = false;
};

// One plain libpq session: the tests speak SQL to the server directly, not through Paceline.
class PgSession {
public:
    explicit PgSession(const QString& conninfo);
    ~PgSession();
    PgSession(const PgSession&) = delete;
    PgSession& operator=(const PgSession&) = delete;

    bool connected() const;
    QString connectError() const;

    struct Outcome {
        bool ok = false;
        QString sqlState; // "42501" for a refused privilege
        QString message;
        qint64 affected = 0;
        QList<QStringList> rows; // NULL as an empty string
    };
    // Parameters are bound ($1, $2, ...), text format.
    Outcome exec(const QByteArray& sql, const QList<QByteArray>& params = {});
    // Sends a statement without waiting for it (a writer that will block on another's lock);
    // result() waits for its outcome.
    bool send(const QByteArray& sql);
    Outcome result();
    // The payloads of the notifications that have arrived (after LISTEN), oldest first.
    QStringList notifications();
    // The first column of the first row ("" when there is none); an error is only warned of.
    QString value(const QByteArray& sql, const QList<QByteArray>& params = {});

private:
    pg_conn* m_conn = nullptr;
};

} // namespace paceline::test
