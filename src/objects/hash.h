// CPython 3.11's hash functions, bit for bit: SipHash-1-3 for str and bytes keyed as
// PYTHONHASHSEED keys it, the numeric hashes (value mod 2**61 - 1), tuple, frozenset
// and identity hashes. Pure functions over plain data; the object model calls them.
#pragma once

#include <gmp.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "support/result.h"

namespace taipan {

// Py_hash_t: a signed machine word. -1 never comes out of these functions.
using HashValue = int64_t;

// The numeric hashes reduce modulo this Mersenne prime (sys.hash_info.modulus).
constexpr uint64_t hash_modulus = (uint64_t {1} << 61) - 1;
constexpr int hash_modulus_bits = 61;
constexpr HashValue hash_infinity = 314159; // sys.hash_info.inf
constexpr uint64_t hash_imaginary_multiplier = 1000003; // sys.hash_info.imag

// The 128-bit SipHash key (k0, k1 read little-endian from the 16 secret bytes).
struct HashKey {
    uint64_t k0 = 0;
    uint64_t k1 = 0;
};

// PYTHONHASHSEED=N. Seed 0 is the all-zero key (randomisation off); other seeds fill
// the secret from CPython's linear congruential generator.
HashKey hash_key_from_seed(uint32_t seed);
// A key from the operating system's random source (PYTHONHASHSEED unset or "random").
HashKey hash_key_random();
// The key for a PYTHONHASHSEED value (nullptr when unset). The error is CPython's
// fatal-error text for a bad value.
Result<HashKey, std::string> hash_key_from_environment(char const* value);

// SipHash-1-3 of raw bytes, as an unsigned word (no -1 adjustment).
uint64_t siphash13(HashKey const& key, void const* data, size_t size);

// hash(bytes): 0 for b"", otherwise SipHash-1-3 of the bytes.
HashValue hash_bytes(HashKey const& key, std::string_view bytes);
// hash(str) from PEP 393 storage: `length` code points of `kind` (1, 2 or 4) bytes each,
// in native byte order. `kind` must be the narrowest that holds the widest code point.
HashValue hash_str_canonical(HashKey const& key, void const* data, size_t length, int kind);
// hash(str) from generalized UTF-8 (lone surrogates allowed); allocates nothing.
HashValue hash_str_utf8(HashKey const& key, std::string_view text);

// hash(int).
HashValue hash_int64(int64_t value);
HashValue hash_mpz(mpz_srcptr value);
// hash(float). NaN hashes by object identity since 3.10, so `identity` is the address
// (id()) of the float object; it is unused for other values.
HashValue hash_double(double value, uintptr_t identity);
// hash(complex): hash(real) + 1000003 * hash(imag) in wrapping arithmetic.
HashValue hash_complex(double real, double imaginary, uintptr_t identity);
// object.__hash__: the address rotated right by 4 bits (the low bits are alignment).
HashValue hash_pointer(uintptr_t address);
inline HashValue hash_pointer(void const* address)
{
    return hash_pointer(reinterpret_cast<uintptr_t>(address));
}

// hash(tuple) from its items' hashes (the xxHash-based combination of 3.8+), also
// usable incrementally so a tuple can hash items without collecting them first.
class TupleHasher {
public:
    void add(HashValue item_hash);
    HashValue finish() const;

private:
    uint64_t m_accumulator = 2870177450012600261ULL;
    uint64_t m_length = 0;
};
HashValue hash_tuple(std::span<HashValue const> item_hashes);

// hash(frozenset) from its members' hashes, in any order.
class FrozensetHasher {
public:
    void add(HashValue member_hash);
    HashValue finish() const;

private:
    uint64_t m_accumulator = 0;
    uint64_t m_size = 0;
};
HashValue hash_frozenset(std::span<HashValue const> member_hashes);

} // namespace taipan
