#include "PgCluster.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QVersionNumber>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace paceline::test {

namespace {

constexpr int kPort = 5432; // the socket file's name only: there is no TCP listener

// A socket path must fit in sun_path (108 bytes): a long TMPDIR falls back to /tmp.
QString temporaryBase()
{
    const QString tmp = QDir::tempPath();
    return tmp.size() <= 60 ? tmp : QStringLiteral("/tmp");
}

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::serverBinDir()
{
    QString best;
    QVersionNumber bestVersion;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString& version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        const bool complete = QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() &&
                              QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable() &&
                              QFileInfo(bin + QStringLiteral("/postgres")).isExecutable();
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (complete && (best.isEmpty() || number > bestVersion)) {
            best = bin;
            bestVersion = number;
        }
    }
    return best;
}

bool PgCluster::run(const QString& program, const QStringList& args, int timeoutMs,
                    const QString& workingDir)
{
    QProcess p;
    p.setWorkingDirectory(workingDir.isEmpty() ? m_dir->path() : workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGDATA"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList command =
        m_asServerUser + QStringList{m_bin + QLatin1Char('/') + program} + args;
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2\n%3")
                      .arg(command.join(QLatin1Char(' ')), p.errorString(),
                           QString::fromLocal8Bit(p.readAll()));
        if (p.state() != QProcess::NotRunning)
            p.kill();
        p.waitForFinished(5000);
        return false;
    }
    return true;
}

bool PgCluster::start()
{
    m_bin = serverBinDir();
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql/*/bin");
        return false;
    }
    const passwd* nobody = getpwnam("nobody");
    if (geteuid() == 0) {
        // PostgreSQL refuses root: the folder goes to "nobody", who runs initdb and the server.
        if (!nobody) {
            m_error = QStringLiteral("running as root and there is no user \"nobody\"");
            return false;
        }
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (!runuser.isEmpty())
            m_asServerUser = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"),
                              QStringLiteral("--")};
        else
            m_asServerUser = {
                QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                QStringLiteral("--regid=%1").arg(nobody->pw_gid), QStringLiteral("--clear-groups")};
    }
    stopOrphans();
    m_dir = std::make_unique<QTemporaryDir>(temporaryBase() + QStringLiteral("/pgtest-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return false;
    }
    QFile owner(m_dir->filePath(QStringLiteral("owner.pid")));
    if (!owner.open(QIODevice::WriteOnly) ||
        owner.write(QByteArray::number(QCoreApplication::applicationPid())) < 0) {
        m_error = owner.errorString();
        return false;
    }
    owner.close();
    if (geteuid() == 0 &&
        chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
        m_error = QStringLiteral("cannot hand %1 to nobody").arg(m_dir->path());
        return false;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    // No fsync anywhere: the cluster lives for one test run.
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             120000))
        return false;
    if (!m_hbaFirst.isEmpty()) {
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadWrite)) {
            m_error = hba.errorString();
            return false;
        }
        const QByteArray rest = hba.readAll();
        hba.resize(0);
        hba.seek(0);
        hba.write(m_hbaFirst.join(QLatin1Char('\n')).toUtf8() + '\n' + rest);
    }
    const QString options = QStringLiteral("-k '%1' -p %2 -c listen_addresses='' -c fsync=off "
                                           "-c full_page_writes=off -c synchronous_commit=off")
                                .arg(m_dir->path())
                                .arg(kPort);
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")},
             90000)) {
        m_error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log());
        // pg_ctl may have started a server that was slow to answer.
        m_running = true;
        stop();
        return false;
    }
    m_running = true;
    return true;
}

void PgCluster::stopOrphans()
{
    // A test that crashed never ran its destructor: its server would run on. The folder says
    // whose it was; a server whose test process is gone is stopped and its folder removed.
    const QDir base(temporaryBase());
    for (const QString& name :
         base.entryList({QStringLiteral("pgtest-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = base.filePath(name);
        QFile owner(path + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const pid_t pid = static_cast<pid_t>(owner.readAll().trimmed().toLongLong());
        if (pid <= 0 || kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        if (QFileInfo::exists(path + QStringLiteral("/data/postmaster.pid")))
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), path + QStringLiteral("/data"), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                60000, path);
        QDir(path).removeRecursively();
    }
    m_error.clear();
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Immediate: nothing in a throwaway cluster needs a clean shutdown.
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
        60000);
}

QString PgCluster::conninfo(const QString& user, const QString& database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(m_dir->path())
        .arg(kPort)
        .arg(database, user);
}

QString PgCluster::url(const QString& user, const QString& database) const
{
    // One arg() call: the encoded path's "%2F" must not be taken for a placeholder.
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(database, QString::fromLatin1(QUrl::toPercentEncoding(m_dir->path())),
             QString::number(kPort), user);
}

QByteArray PgCluster::log() const
{
    QFile f(m_dir->filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PgSession::PgSession(const QString& conninfo)
    : m_conn(PQconnectdb(conninfo.toUtf8().constData()))
{
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
}

PgSession::~PgSession()
{
    PQfinish(m_conn);
}

bool PgSession::connected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString PgSession::connectError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

namespace {

PgSession::Outcome outcomeOf(PGresult* r)
{
    PgSession::Outcome o;
    const ExecStatusType status = PQresultStatus(r);
    o.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE))
        o.sqlState = QString::fromLatin1(state);
    o.message = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    o.affected = QByteArray(PQcmdTuples(r)).toLongLong();
    for (int row = 0; row < PQntuples(r); ++row) {
        QStringList cells;
        for (int col = 0; col < PQnfields(r); ++col)
            cells << QString::fromUtf8(PQgetvalue(r, row, col));
        o.rows << cells;
    }
    PQclear(r);
    return o;
}

} // namespace

PgSession::Outcome PgSession::exec(const QByteArray& sql, const QList<QByteArray>& params)
{
    QList<const char*> values;
    for (const QByteArray& p : params)
        values.append(p.constData());
    return outcomeOf(PQexecParams(m_conn, sql.constData(), static_cast<int>(values.size()), nullptr,
                                  values.constData(), nullptr, nullptr, 0));
}

bool PgSession::send(const QByteArray& sql)
{
    return PQsendQueryParams(m_conn, sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0) ==
           1;
}

PgSession::Outcome PgSession::result()
{
    PGresult* first = PQgetResult(m_conn);
    while (PGresult* more = PQgetResult(m_conn))
        PQclear(more);
    return outcomeOf(first);
}

QStringList PgSession::notifications()
{
    QStringList payloads;
    PQconsumeInput(m_conn);
    while (PGnotify* n = PQnotifies(m_conn)) {
        payloads << QString::fromUtf8(n->extra);
        PQfreemem(n);
    }
    return payloads;
}

QString PgSession::value(const QByteArray& sql, const QList<QByteArray>& params)
{
    const Outcome o = exec(sql, params);
    if (!o.ok)
        qWarning("%s: %s", sql.constData(), qPrintable(o.message));
    return o.rows.isEmpty() || o.rows.first().isEmpty() ? QString() : o.rows.first().first();
}

} // namespace paceline::test
