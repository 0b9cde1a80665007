#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace paceline {

// A user-readable failure: what went wrong and where (file:line:col, JSON path, SQL step).
struct Error {
    enum class Kind { Failure, BadInput, Cancelled };

    QString message;
    QString place;
    Kind kind = Kind::Failure;

    // "place: message", or the message alone when there is no place.
    QString toString() const
    {
        return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
    }
};

inline Error makeError(QString message, QString place = {})
{
    return Error{std::move(message), std::move(place), Error::Kind::Failure};
}

// The input (a file, a command line) is wrong; nothing was changed.
inline Error badInput(QString message, QString place = {})
{
    return Error{std::move(message), std::move(place), Error::Kind::BadInput};
}

inline Error cancelled()
{
    return Error{QStringLiteral("cancelled; nothing was changed"), {}, Error::Kind::Cancelled};
}

// Fallible core calls return Result<T>: a value or an Error, never an exception.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace paceline
