#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <QtGlobal>

#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace paceline {

// One prepared statement, finalized on destruction. Values are always bound, never spliced
// into SQL text. Bind indexes are 1-based like SQLite's.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, QLatin1StringView value);
    Statement& bind(int index, const QByteArray& blob);
    // Text already in UTF-8 (bind(QByteArray) binds a blob): no conversion on the way in.
    Statement& bindUtf8(int index, QByteArrayView utf8);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    // Binds NULL for an empty string: optional text columns stay NULL rather than ''.
    Statement& bindOptional(int index, const QString& value);

    // Advances one row. true: a row is available; false: done.
    Result<bool> step();
    // Steps through the remaining rows, calling onRow(const Statement&) for each. onRow may
    // return a Status: the first error stops the walk and is returned.
    template <typename OnRow> Status forEachRow(OnRow&& onRow);
    // Runs a statement that returns no rows, then resets it for reuse.
    Status run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }
    QString sql() const;

private:
    Error stepError(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

template <typename OnRow> Status Statement::forEachRow(OnRow&& onRow)
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        if constexpr (std::is_void_v<std::invoke_result_t<OnRow&, const Statement&>>) {
            onRow(std::as_const(*this));
        } else {
            if (Status s = onRow(std::as_const(*this)); !s)
                return s;
        }
    }
}

} // namespace paceline
