// Value: one 64-bit word holding any Python value, borrowed (no reference is owned).
// Small integers are stored inline with the low bit set (63-bit two's complement);
// everything else is an aligned Object pointer. The all-zero word is "no value": an
// empty local, a missing argument, a null stack slot.
#pragma once

#include <cstdint>

namespace taipan {

struct Object;
struct Type;

class Value {
public:
    constexpr Value() = default;
    Value(Object const* object)
        : m_bits(reinterpret_cast<uint64_t>(object))
    {
    }

    // Small ints: every int64_t in [min_small_int, max_small_int].
    static constexpr int64_t max_small_int = (int64_t {1} << 62) - 1;
    static constexpr int64_t min_small_int = -(int64_t {1} << 62);
    static constexpr bool fits_small_int(int64_t value) { return value >= min_small_int && value <= max_small_int; }
    static constexpr Value small_int(int64_t value)
    {
        Value result;
        result.m_bits = (static_cast<uint64_t>(value) << 1) | 1;
        return result;
    }
    static constexpr Value from_bits(uint64_t bits)
    {
        Value result;
        result.m_bits = bits;
        return result;
    }

    constexpr bool is_null() const { return m_bits == 0; }
    explicit constexpr operator bool() const { return m_bits != 0; }
    constexpr bool is_small_int() const { return (m_bits & 1) != 0; }
    constexpr bool is_object() const { return m_bits != 0 && (m_bits & 1) == 0; }
    constexpr int64_t as_small_int() const { return static_cast<int64_t>(m_bits) >> 1; }
    Object* as_object() const { return reinterpret_cast<Object*>(m_bits); }
    constexpr uint64_t bits() const { return m_bits; }

    // The value's type (int for small ints). Defined in object.h.
    inline Type* type() const;
    // `is` identity.
    constexpr bool is(Value other) const { return m_bits == other.m_bits; }
    constexpr bool operator==(Value const& other) const = default;

private:
    uint64_t m_bits = 0;
};

} // namespace taipan
