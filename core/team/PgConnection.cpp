#include "PgConnection.h"

#include <libpq-fe.h>

#include <QList>

#include <utility>

namespace paceline {

namespace {

// "message (detail) [SQLSTATE 42501]": the server's words, and the code a program can test.
QString serverMessage(const PGresult* result, const PGconn* conn)
{
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString text = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
    if (const char* detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr)
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail).trimmed());
    if (const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr)
        text += QStringLiteral(" [SQLSTATE %1]").arg(QLatin1String(state));
    return text;
}

} // namespace

PgResult::PgResult(PGresult* result)
    : m_result(result)
{
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

qint64 PgResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString& conninfo)
{
    // expand_dbname: conninfo may be a URL or "key=value" pairs; the keys after it win, so the
    // connection always speaks UTF-8 whatever the server's locale.
    const QByteArray info = conninfo.toUtf8();
    const char* const keys[] = {"dbname", "client_encoding", "application_name", nullptr};
    const char* const values[] = {info.constData(), "UTF8", "paceline", nullptr};
    PGconn* conn = PQconnectdbParams(keys, values, 1);
    if (!conn)
        return makeError(QStringLiteral("out of memory"), QStringLiteral("team database"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        const bool needsPassword = PQconnectionNeedsPassword(conn) != 0;
        PQfinish(conn);
        return makeError(needsPassword
                             ? message + QStringLiteral("; give it in ~/.pgpass (or PGPASSFILE), "
                                                        "not in the connection string")
                             : message,
                         QStringLiteral("team database: connect"));
    }
    // The server's notices ("schema already exists, skipping") are not the user's business.
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::PgConnection(PGconn* conn)
    : m_conn(conn)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Result<PgResult> PgConnection::check(const QString& step, PGresult* result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(result);
    const QString message = serverMessage(result, m_conn);
    PQclear(result);
    return makeError(message, QStringLiteral("team database %1: %2").arg(displayName(), step));
}

Result<PgResult> PgConnection::exec(const QString& step, const char* sql,
                                    std::initializer_list<PgValue> values)
{
    QList<const char*> params;
    params.reserve(static_cast<qsizetype>(values.size()));
    for (const PgValue& v : values)
        params.append(v.isNull() ? nullptr : v.text().constData());
    // Text format both ways; types inferred by the server from the statement.
    return check(step, PQexecParams(m_conn, sql, static_cast<int>(params.size()), nullptr,
                                    params.constData(), nullptr, nullptr, 0));
}

Status PgConnection::script(const QString& step, const char* sql)
{
    auto done = check(step, PQexec(m_conn, sql));
    if (!done)
        return done.error();
    return {};
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::displayName() const
{
    const QString host = QString::fromUtf8(PQhost(m_conn));
    return host + QLatin1Char('/') + QString::fromUtf8(PQdb(m_conn));
}

PgTransaction::PgTransaction(PgConnection& conn)
    : m_conn(conn)
{
    auto begun = m_conn.exec(QStringLiteral("begin a transaction"), "BEGIN");
    if (!begun)
        m_begun = begun.error();
    else
        m_active = true;
}

PgTransaction::~PgTransaction()
{
    if (m_active)
        (void)m_conn.exec(QStringLiteral("roll back"), "ROLLBACK");
}

Status PgTransaction::commit()
{
    auto done = m_conn.exec(QStringLiteral("commit"), "COMMIT");
    m_active = false;
    if (!done)
        return done.error();
    return {};
}

} // namespace paceline
