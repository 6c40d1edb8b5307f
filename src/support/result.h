// Result<T, E>: a value or an error, returned by every function that can fail.
// TRY(expr) propagates the error to the caller; MUST(expr) asserts there is none.
// The front end carries a SyntaxError in E; the runtime's E is a marker meaning
// "a Python exception is pending on the thread state" (DESIGN.md §6).
#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace taipan {

// The runtime's error: "a Python exception is pending on the thread state" (the
// exception object itself waits there). The default E of Result.
struct ExceptionPending { };

template<typename E>
struct Failure {
    E error;
};

template<typename E>
Failure(E) -> Failure<E>;

template<typename T, typename E = ExceptionPending>
class [[nodiscard]] Result;

template<typename T, typename E>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_storage(std::in_place_index<0>, std::move(value))
    {
    }
    template<typename F>
    Result(Failure<F> failure)
        : m_storage(std::in_place_index<1>, std::move(failure.error))
    {
    }
    // Result<Derived> → Result<Base> (Result<Ref<Str>> to Result<Ref<>>).
    template<typename U>
    Result(Result<U, E>&& other) requires(!std::is_same_v<U, T> && std::is_convertible_v<U&&, T>)
        : m_storage(other.is_error() ? std::variant<T, E>(std::in_place_index<1>, other.release_error())
                                     : std::variant<T, E>(std::in_place_index<0>, T(other.release_value())))
    {
    }

    bool is_error() const { return m_storage.index() == 1; }
    T& value() { return std::get<0>(m_storage); }
    T const& value() const { return std::get<0>(m_storage); }
    E& error() { return std::get<1>(m_storage); }
    E const& error() const { return std::get<1>(m_storage); }
    T release_value() { return std::move(std::get<0>(m_storage)); }
    E release_error() { return std::move(std::get<1>(m_storage)); }

private:
    std::variant<T, E> m_storage;
};

// With an empty E (the runtime's ExceptionPending) and a default-constructible T, an
// error carries no data: the Result is the value plus a flag, with none of the
// variant's bookkeeping on the paths every call takes (the runtime's Result<Ref<>> is
// returned by almost every function). A failed Result holds a default T.
template<typename T, typename E>
requires(
    std::is_empty_v<
        E> && !std::is_void_v<T> && std::is_default_constructible_v<T>) class [[nodiscard]] Result<T, E> {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    template<typename F>
    Result(Failure<F>)
        : m_failed(true)
    {
    }
    template<typename U>
    Result(Result<U, E>&& other) requires(!std::is_same_v<U, T> && std::is_convertible_v<U&&, T>)
        : m_failed(other.is_error())
    {
        if (!m_failed)
            m_value = T(other.release_value());
    }

    bool is_error() const { return m_failed; }
    T& value()
    {
        assert(!m_failed);
        return m_value;
    }
    T const& value() const
    {
        assert(!m_failed);
        return m_value;
    }
    E& error() { return m_error; }
    E const& error() const { return m_error; }
    T release_value()
    {
        assert(!m_failed);
        return std::move(m_value);
    }
    E release_error() { return m_error; }

private:
    T m_value {};
    bool m_failed = false;
    [[no_unique_address]] E m_error {};
};

// Result<void, E>.
template<typename E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    template<typename F>
    Result(Failure<F> failure)
        : m_error(std::move(failure.error))
        , m_failed(true)
    {
    }

    bool is_error() const { return m_failed; }
    E& error() { return m_error; }
    E release_error() { return std::move(m_error); }
    void release_value() { }

private:
    E m_error {};
    bool m_failed = false;
};

} // namespace taipan

// Statement expressions (GCC and Clang) let TRY be used inside expressions.
#define TRY(expression)                                                                                      \
    ({                                                                                                       \
        auto&& _taipan_result = (expression);                                                                \
        if (_taipan_result.is_error())                                                                       \
            return ::taipan::Failure {_taipan_result.release_error()};                                       \
        _taipan_result.release_value();                                                                      \
    })

#define MUST(expression)                                                                                     \
    ({                                                                                                       \
        auto&& _taipan_result = (expression);                                                                \
        assert(!_taipan_result.is_error());                                                                  \
        _taipan_result.release_value();                                                                      \
    })
