#pragma once

#include <utility>
#include <variant>

namespace fstudio {

// A value or an error (std::expected arrives with C++23; GCC 12 does not have it).
template<typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const E &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

} // namespace fstudio
