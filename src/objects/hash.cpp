// CPython 3.11's hash functions; see hash.h. SipHash-1-3 follows the SipHash paper
// (Aumasson and Bernstein) with one compression and three finalization rounds.
#include "objects/hash.h"

#include <sys/random.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "support/utf8.h"

namespace taipan {

namespace {

    // -1 is the error marker of CPython's C API, so no hash function ever returns it.
    inline HashValue avoid_minus_one(HashValue hash, HashValue replacement = -2)
    {
        return hash == -1 ? replacement : hash;
    }

    // SipHash state that absorbs bytes one at a time or in blocks, so a str can be hashed
    // straight from UTF-8 without building its PEP 393 buffer.
    class SipHash13 {
    public:
        explicit SipHash13(HashKey const& key)
            : m_v0(key.k0 ^ 0x736f6d6570736575ULL)
            , m_v1(key.k1 ^ 0x646f72616e646f6dULL)
            , m_v2(key.k0 ^ 0x6c7967656e657261ULL)
            , m_v3(key.k1 ^ 0x7465646279746573ULL)
        {
        }

        void absorb(void const* data, size_t size)
        {
            auto const* bytes = static_cast<unsigned char const*>(data);
            // Finish a partial block first.
            while (size > 0 && m_pending_bytes != 0) {
                absorb_byte(*bytes++);
                --size;
            }
            while (size >= 8) {
                uint64_t block;
                std::memcpy(&block, bytes, 8);
                if constexpr (std::endian::native == std::endian::big)
                    block = __builtin_bswap64(block);
                compress(block);
                m_length += 8;
                bytes += 8;
                size -= 8;
            }
            while (size > 0) {
                absorb_byte(*bytes++);
                --size;
            }
        }

        void absorb_byte(unsigned char byte)
        {
            m_pending |= uint64_t {byte} << (8 * m_pending_bytes);
            ++m_length;
            if (++m_pending_bytes == 8) {
                compress(m_pending);
                m_pending = 0;
                m_pending_bytes = 0;
            }
        }

        uint64_t finish()
        {
            compress(m_pending | (m_length << 56));
            m_v2 ^= 0xff;
            round();
            round();
            round();
            return m_v0 ^ m_v1 ^ m_v2 ^ m_v3;
        }

    private:
        void round()
        {
            m_v0 += m_v1;
            m_v1 = std::rotl(m_v1, 13);
            m_v1 ^= m_v0;
            m_v0 = std::rotl(m_v0, 32);
            m_v2 += m_v3;
            m_v3 = std::rotl(m_v3, 16);
            m_v3 ^= m_v2;
            m_v0 += m_v3;
            m_v3 = std::rotl(m_v3, 21);
            m_v3 ^= m_v0;
            m_v2 += m_v1;
            m_v1 = std::rotl(m_v1, 17);
            m_v1 ^= m_v2;
            m_v2 = std::rotl(m_v2, 32);
        }

        void compress(uint64_t block)
        {
            m_v3 ^= block;
            round();
            m_v0 ^= block;
        }

        uint64_t m_v0, m_v1, m_v2, m_v3;
        uint64_t m_pending = 0;
        int m_pending_bytes = 0;
        uint64_t m_length = 0;
    };

    // Fills a byte buffer the way CPython expands a numeric PYTHONHASHSEED: the MSVC
    // rand() LCG, taking bits 16..23 of each state.
    void fill_from_lcg(uint32_t seed, unsigned char* out, size_t size)
    {
        uint32_t state = seed;
        for (size_t i = 0; i < size; ++i) {
            state = state * 214013u + 2531011u;
            out[i] = static_cast<unsigned char>((state >> 16) & 0xff);
        }
    }

    HashKey key_from_bytes(unsigned char const* bytes)
    {
        auto load = [](unsigned char const* p) {
            uint64_t value = 0;
            for (int i = 7; i >= 0; --i)
                value = (value << 8) | p[i];
            return value;
        };
        return {load(bytes), load(bytes + 8)};
    }

} // namespace

HashKey hash_key_from_seed(uint32_t seed)
{
    if (seed == 0)
        return {};
    // CPython fills its whole 24-byte secret; the SipHash key is the first 16 bytes.
    unsigned char secret[24];
    fill_from_lcg(seed, secret, sizeof secret);
    return key_from_bytes(secret);
}

HashKey hash_key_random()
{
    unsigned char secret[16];
    size_t filled = 0;
    while (filled < sizeof secret) {
        ssize_t count = getrandom(secret + filled, sizeof secret - filled, 0);
        if (count < 0) {
            if (errno == EINTR)
                continue;
            // No kernel source at all: fall back to /dev/urandom, then to the clock.
            if (FILE* file = std::fopen("/dev/urandom", "rb")) {
                filled += std::fread(secret + filled, 1, sizeof secret - filled, file);
                std::fclose(file);
            }
            if (filled < sizeof secret) {
                uint64_t clock
                    = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
                for (size_t i = filled; i < sizeof secret; ++i, clock = clock * 6364136223846793005ULL + 1)
                    secret[i] = static_cast<unsigned char>(clock >> 56);
                filled = sizeof secret;
            }
            break;
        }
        filled += static_cast<size_t>(count);
    }
    return key_from_bytes(secret);
}

Result<HashKey, std::string> hash_key_from_environment(char const* value)
{
    if (value == nullptr || *value == '\0' || std::strcmp(value, "random") == 0)
        return hash_key_random();
    // CPython parses with strtoul: leading white space and a sign are allowed, the
    // whole rest must be decimal digits, and the result must fit in 32 bits.
    char const* p = value;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        ++p;
    bool negative = false;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    uint64_t seed = 0;
    bool any_digit = false;
    bool too_big = false;
    for (; *p >= '0' && *p <= '9'; ++p) {
        any_digit = true;
        seed = seed * 10 + static_cast<uint64_t>(*p - '0');
        if (seed > 0xFFFFFFFFULL)
            too_big = true;
    }
    if (!any_digit || *p != '\0' || too_big || (negative && seed != 0))
        return Failure {std::string("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "
                                    "\"random\" or an integer in range [0; 4294967295]")};
    return hash_key_from_seed(static_cast<uint32_t>(seed));
}

uint64_t siphash13(HashKey const& key, void const* data, size_t size)
{
    SipHash13 state(key);
    state.absorb(data, size);
    return state.finish();
}

HashValue hash_bytes(HashKey const& key, std::string_view bytes)
{
    if (bytes.empty())
        return 0;
    return avoid_minus_one(static_cast<HashValue>(siphash13(key, bytes.data(), bytes.size())));
}

HashValue hash_str_canonical(HashKey const& key, void const* data, size_t length, int kind)
{
    if (length == 0)
        return 0;
    // PEP 393 storage is native-endian; CPython hashes the memory as it is, so on a
    // big-endian machine hashes differ from x86's exactly as CPython's do.
    return avoid_minus_one(static_cast<HashValue>(siphash13(key, data, length * static_cast<size_t>(kind))));
}

HashValue hash_str_utf8(HashKey const& key, std::string_view text)
{
    if (text.empty())
        return 0;
    char32_t widest = 0;
    bool ascii = true;
    for (unsigned char byte : text) {
        if (byte >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return avoid_minus_one(static_cast<HashValue>(siphash13(key, text.data(), text.size())));
    for (size_t i = 0; i < text.size();) {
        auto decoded = utf8::decode(text, i);
        widest = std::max(widest, decoded.code_point);
        i += static_cast<size_t>(decoded.length);
    }
    int kind = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    SipHash13 state(key);
    for (size_t i = 0; i < text.size();) {
        auto decoded = utf8::decode(text, i);
        i += static_cast<size_t>(decoded.length);
        if (kind == 1) {
            state.absorb_byte(static_cast<unsigned char>(decoded.code_point));
        } else if (kind == 2) {
            uint16_t unit = static_cast<uint16_t>(decoded.code_point);
            state.absorb(&unit, sizeof unit);
        } else {
            uint32_t unit = static_cast<uint32_t>(decoded.code_point);
            state.absorb(&unit, sizeof unit);
        }
    }
    return avoid_minus_one(static_cast<HashValue>(state.finish()));
}

HashValue hash_int64(int64_t value)
{
    // |value| mod (2**61 - 1) with the sign of value; computed on the magnitude so
    // INT64_MIN needs no special case.
    uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    uint64_t reduced = (magnitude & hash_modulus) + (magnitude >> hash_modulus_bits);
    if (reduced >= hash_modulus)
        reduced -= hash_modulus;
    HashValue hash = static_cast<HashValue>(reduced);
    return avoid_minus_one(value < 0 ? -hash : hash);
}

HashValue hash_mpz(mpz_srcptr value)
{
    int sign = mpz_sgn(value);
    if (sign == 0)
        return 0;
    // 2**64 is congruent to 2**3 modulo 2**61 - 1, so the limbs fold from the top with a
    // multiply by 8 each step (kept below 2**64 by reducing as we go).
    size_t limb_count = mpz_size(value);
    static_assert(sizeof(mp_limb_t) == 8);
    uint64_t reduced = 0;
    for (size_t i = limb_count; i-- > 0;) {
        uint64_t limb = mpz_getlimbn(value, static_cast<mp_size_t>(i));
        // reduced * 2**64 + limb == reduced * 8 + limb (mod P).
        reduced = ((reduced << 3) & hash_modulus) | (reduced >> (hash_modulus_bits - 3));
        uint64_t limb_reduced = (limb & hash_modulus) + (limb >> hash_modulus_bits);
        reduced += limb_reduced;
        reduced = (reduced & hash_modulus) + (reduced >> hash_modulus_bits);
        if (reduced >= hash_modulus)
            reduced -= hash_modulus;
    }
    HashValue hash = static_cast<HashValue>(reduced);
    return avoid_minus_one(sign < 0 ? -hash : hash);
}

HashValue hash_double(double value, uintptr_t identity)
{
    if (std::isnan(value))
        return hash_pointer(identity);
    if (std::isinf(value))
        return value > 0 ? hash_infinity : -hash_infinity;
    if (value == 0)
        return 0;
    // value = mantissa * 2**exponent with an integral 53-bit mantissa. Since 2**61 is 1
    // modulo P, multiplying by 2**exponent is a rotation of the 61-bit residue by
    // exponent mod 61 (a negative exponent rotates the other way, 2**-1 being 2**60).
    int exponent;
    double fraction = std::frexp(std::fabs(value), &exponent);
    uint64_t mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
    exponent -= 53;
    int rotation = exponent % hash_modulus_bits;
    if (rotation < 0)
        rotation += hash_modulus_bits;
    uint64_t residue = mantissa; // < 2**53 < P
    if (rotation != 0)
        residue = ((residue << rotation) & hash_modulus) | (residue >> (hash_modulus_bits - rotation));
    if (residue == hash_modulus)
        residue = 0;
    HashValue hash = static_cast<HashValue>(residue);
    return avoid_minus_one(value < 0 ? -hash : hash);
}

HashValue hash_complex(double real, double imaginary, uintptr_t identity)
{
    uint64_t real_hash = static_cast<uint64_t>(hash_double(real, identity));
    uint64_t imaginary_hash = static_cast<uint64_t>(hash_double(imaginary, identity));
    return avoid_minus_one(static_cast<HashValue>(real_hash + hash_imaginary_multiplier * imaginary_hash));
}

HashValue hash_pointer(uintptr_t address)
{
    return avoid_minus_one(static_cast<HashValue>(std::rotr(static_cast<uint64_t>(address), 4)));
}

// The tuple combination uses xxHash64's primes and lane step.
void TupleHasher::add(HashValue item_hash)
{
    m_accumulator += static_cast<uint64_t>(item_hash) * 14029467366897019727ULL;
    m_accumulator = std::rotl(m_accumulator, 31);
    m_accumulator *= 11400714785074694791ULL;
    ++m_length;
}

HashValue TupleHasher::finish() const
{
    uint64_t result = m_accumulator + (m_length ^ (2870177450012600261ULL ^ 3527539ULL));
    // CPython: a tuple whose hash would be -1 gets this constant, not -2.
    return avoid_minus_one(static_cast<HashValue>(result), 1546275796);
}

HashValue hash_tuple(std::span<HashValue const> item_hashes)
{
    TupleHasher hasher;
    for (HashValue item_hash : item_hashes)
        hasher.add(item_hash);
    return hasher.finish();
}

// Members are combined with XOR (order-independent) after a bit shuffle, so that
// nested frozensets and small integer hashes do not cancel out.
void FrozensetHasher::add(HashValue member_hash)
{
    uint64_t hash = static_cast<uint64_t>(member_hash);
    m_accumulator ^= ((hash ^ 89869747ULL) ^ (hash << 16)) * 3644798167ULL;
    ++m_size;
}

HashValue FrozensetHasher::finish() const
{
    uint64_t hash = m_accumulator;
    hash ^= (m_size + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    return avoid_minus_one(static_cast<HashValue>(hash), 590923713);
}

HashValue hash_frozenset(std::span<HashValue const> member_hashes)
{
    FrozensetHasher hasher;
    for (HashValue member_hash : member_hashes)
        hasher.add(member_hash);
    return hasher.finish();
}

} // namespace taipan
