#pragma once

#include "Error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace pasban {

// Either a value or an Error. C++20 has no std::expected; this is the small part
// of it we need. Accessing the wrong alternative is a programming error (asserts).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        Q_ASSERT(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace pasban
