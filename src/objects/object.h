// The object header every heap value starts with (reference count + type), and Ref<T>,
// the owning handle. Ownership rules (STYLE.md): a Ref owns one reference (copy =
// incref, destruction = decref, move = free); Value and T& parameters borrow.
#pragma once

#include "objects/value.h"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace taipan {

struct Object {
    // Statically allocated objects (builtin types, None, True, small-int-free
    // singletons) start here so their count never reaches zero.
    static constexpr int64_t immortal_refcount = int64_t {1} << 60;

    int64_t refcount = 1;
    Type* type = nullptr;
};

// Frees an object whose count reached zero (runs __del__, the type's destructor,
// returns memory). Out of line: the rare path.
void destroy_object(Object*);
#ifdef TAIPAN_REFCOUNT_DEBUG
// See live_objects.h: aborts naming the type.
[[noreturn]] void report_refcount_underflow(Object*);
#endif

inline void incref(Object* object)
{
    ++object->refcount;
}
inline void decref(Object* object)
{
#ifdef TAIPAN_REFCOUNT_DEBUG
    if (object->refcount <= 0) [[unlikely]]
        report_refcount_underflow(object);
#endif
    if (--object->refcount == 0)
        destroy_object(object);
}
inline void incref(Value value)
{
    if (value.is_object())
        ++value.as_object()->refcount;
}
inline void decref(Value value)
{
    if (value.is_object())
        decref(value.as_object());
}
// decref that tolerates null.
inline void xdecref(Value value)
{
    if (value.is_object())
        decref(value.as_object());
}

// Ref<T>: an owned reference. Ref<> (= Ref<Object>) holds any Python value, small ints
// included, so its get() is a Value; Ref<Str>, Ref<Tuple>… hold heap objects of that
// C++ type and give a T*.
template<typename T = Object>
class Ref {
public:
    Ref() = default;
    Ref(std::nullptr_t) { }
    Ref(Ref const& other)
        : m_value(other.m_value)
    {
        incref(m_value);
    }
    Ref(Ref&& other) noexcept
        : m_value(std::exchange(other.m_value, Value {}))
    {
    }
    // Upcasts: Ref<Str> → Ref<>.
    template<typename U>
    Ref(Ref<U> const& other) requires(!std::is_same_v<T, U> && std::is_same_v<T, Object>)
        : m_value(other.value())
    {
        incref(m_value);
    }
    template<typename U>
    Ref(Ref<U>&& other) requires(!std::is_same_v<T, U> && std::is_same_v<T, Object>)
        : m_value(other.leak())
    {
    }
    ~Ref() { xdecref(m_value); }

    Ref& operator=(Ref const& other)
    {
        Value old = m_value;
        m_value = other.m_value;
        incref(m_value);
        xdecref(old);
        return *this;
    }
    Ref& operator=(Ref&& other) noexcept
    {
        if (this != &other) {
            Value old = m_value;
            m_value = std::exchange(other.m_value, Value {});
            xdecref(old);
        }
        return *this;
    }

    // Takes over a reference the caller owns (a new reference from a raw API).
    static Ref adopt(Value value)
    {
        Ref result;
        result.m_value = value;
        return result;
    }
    // Takes a new reference to a borrowed value.
    static Ref borrow(Value value)
    {
        incref(value);
        return adopt(value);
    }
    // Gives up ownership without decref; the caller now owns the reference.
    Value leak() { return std::exchange(m_value, Value {}); }

    Value value() const { return m_value; }
    explicit operator bool() const { return !m_value.is_null(); }
    bool is_null() const { return m_value.is_null(); }

    // T* access; for Ref<> it is only valid when the value is a heap object.
    // reinterpret_cast: every object type derives from Object alone, at offset 0, and
    // T may be incomplete where a Ref<T> is only passed along.
    T* get() const { return reinterpret_cast<T*>(m_value.as_object()); }
    T* operator->() const { return get(); }
    T& operator*() const { return *get(); }
    operator Value() const { return m_value; }

    // Reinterprets an owned reference as a more precise type the caller has checked.
    template<typename U>
    Ref<U> cast() &&
    {
        return Ref<U>::adopt(leak());
    }

private:
    Value m_value;
};

// A new reference to a borrowed value or object.
inline Ref<> ref(Value value)
{
    return Ref<>::borrow(value);
}
template<typename T>
Ref<T> ref(T* object)
{
    return Ref<T>::borrow(Value(object));
}

} // namespace taipan
