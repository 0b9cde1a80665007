#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace paceline {

// One value for a $n placeholder, sent as UTF-8 text (or NULL); the server casts it to the
// column's type. Values are always bound, never spliced into SQL text.
class PgValue {
public:
    PgValue(const QString& text)
        : m_text(text.toUtf8())
    {
    }
    PgValue(const char* utf8)
        : m_text(utf8)
    {
    }
    PgValue(qint64 number)
        : m_text(QByteArray::number(number))
    {
    }
    PgValue(int number)
        : m_text(QByteArray::number(number))
    {
    }
    PgValue(bool flag)
        : m_text(flag ? "true" : "false")
    {
    }
    PgValue(std::nullopt_t)
        : m_null(true)
    {
    }

    bool isNull() const { return m_null; }
    const QByteArray& text() const { return m_text; }

private:
    QByteArray m_text;
    bool m_null = false;
};

// The rows of one statement, cleared on destruction. Rows and columns are 0-based.
class PgResult {
public:
    explicit PgResult(pg_result* result);
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const;

private:
    pg_result* m_result = nullptr;
};

// One connection to a team database, closed on destruction. libpq directly rather than QtSql's
// QPSQL driver: no extra Qt driver package, every value bound through PQexecParams the way
// our SQLite code binds, and the raw connection for LISTEN/NOTIFY later; connection strings and
// URLs, .pgpass, service files and TLS (sslmode=verify-full) are libpq's own.
class PgConnection {
public:
    // conninfo: "postgresql://host/db?sslmode=verify-full" or "host=... dbname=...".
    static Result<std::unique_ptr<PgConnection>> open(const QString& conninfo);

    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    // Runs one statement; step names it in the error ("create the schema").
    Result<PgResult> exec(const QString& step, const char* sql,
                          std::initializer_list<PgValue> values = {});
    // Runs SQL of several statements and no parameters (a migration script of the program).
    Status script(const QString& step, const char* sql);

    // The role this connection logged in as.
    QString user() const;
    // "host/db" for messages, never the password.
    QString displayName() const;
    pg_conn* handle() const { return m_conn; }

private:
    explicit PgConnection(pg_conn* conn);
    Result<PgResult> check(const QString& step, pg_result* result);

    pg_conn* m_conn = nullptr;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() succeeded.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& conn);
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    PgConnection& m_conn;
    Status m_begun;
    bool m_active = false;
};

} // namespace paceline
