#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Stratus {

// An error a user can act on: what went wrong, and where when that is known
// ("stratus.json:12: functions[1].timeoutMs: must be a positive integer").
struct Error
{
    // What a caller may act on besides the message (the command line's exit code 3, say).
    // NoResponders and Timeout: a NATS request that nothing answered, or not in time.
    enum class Cause { Other, Unreachable, NoResponders, Timeout };

    QString message;
    Cause cause = Cause::Other;
};

// std::expected is C++23; this is the subset the project uses. Errors are values:
// nothing in core throws across a Qt boundary.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    // Safe to call on success too (QVERIFY2 evaluates its message eagerly): empty then.
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_state);
    }
    const QString &errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

struct Ok
{
};

using Status = Result<Ok>;

inline Error makeError(QString message, Error::Cause cause = Error::Cause::Other)
{
    return Error{std::move(message), cause};
}

// The same error told with more context ("target prod: " + its message): its cause is kept.
inline Error rewordError(const Error &error, QString message)
{
    return Error{std::move(message), error.cause};
}

} // namespace Stratus
