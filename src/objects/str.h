// str: PEP 393-style compact strings. The code points are stored inline after the
// header, 1, 2 or 4 bytes each (the narrowest that fits the widest code point), so
// indexing is O(1), and the hash is CPython's (SipHash-1-3 over those bytes).
// Text enters and leaves as generalized UTF-8 (support/utf8.h: lone surrogates allowed).
#pragma once

#include "objects/hash.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/byte_buffer.h"
#include "support/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace taipan {

class Vm;

struct Str : Object {
    int64_t length = 0; // in code points
    int64_t hash = -1; // cached; -1: not computed yet
    uint8_t kind = 1; // bytes per code point: 1, 2 or 4
    bool is_ascii = true;
    bool is_interned = false;
    // The code points follow: length * kind bytes, then a zero code point.

    uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
    uint8_t const* data() const { return reinterpret_cast<uint8_t const*>(this + 1); }
    char32_t at(int64_t index) const
    {
        switch (kind) {
        case 1:
            return data()[index];
        case 2:
            return reinterpret_cast<uint16_t const*>(data())[index];
        default:
            return reinterpret_cast<uint32_t const*>(data())[index];
        }
    }
    // The text as a std::string_view when every code point is ASCII.
    std::string_view ascii_view() const { return {reinterpret_cast<char const*>(data()), size_t(length)}; }
};

// New strs. Text is generalized UTF-8; invalid input is a caller bug.
Result<Ref<Str>> new_str(Vm&, std::string_view utf8);
Result<Ref<Str>> new_str_from_code_points(Vm&, std::u32string_view code_points);
// Latin-1 bytes as code points 0-255.
Result<Ref<Str>> new_str_latin1(Vm&, std::string_view bytes);
// An uninitialised str of `length` code points of width `kind`; the caller fills
// data() (and must keep the narrowest-kind invariant).
Result<Ref<Str>> allocate_str(Vm&, int64_t length, uint8_t kind, bool is_ascii);
// The empty string and the 256 one-character Latin-1 strings are cached singletons.
Ref<Str> empty_str();
Ref<Str> single_char_str(Vm&, char32_t);

std::string str_to_utf8(Str const&);
// Appends the UTF-8 of `str` to `out`.
void append_utf8(std::string& out, Str const&);
bool str_equal(Str const&, Str const&);
// Codepoint-wise three-way comparison (<0, 0, >0).
int str_compare(Str const&, Str const&);
int64_t str_hash(Str&);
inline bool is_str(Value value)
{
    return value.is_object() && (value.type() == &str_type || value.type()->has_flag(TypeStrSubclass));
}
inline bool is_exact_str(Value value)
{
    return value.is_object() && value.type() == &str_type;
}
inline Str& as_str(Value value)
{
    return *static_cast<Str*>(value.as_object());
}

// Concatenation and repetition (used by the interpreter's fast paths too).
Result<Ref<Str>> str_concat(Vm&, Str const&, Str const&);
Result<Ref<Str>> str_repeat(Vm&, Str&, int64_t count);

// A growing buffer of code points that produces a compact Str at the end; f-strings,
// repr of containers, str.join, formatting build strings through it. It stores code
// points at the narrowest width seen so far (1, 2 or 4 bytes) and widens on demand, so
// building ASCII or Latin-1 text costs one byte per character and build() is a memcpy.
class StrBuilder {
public:
    void append(Str const&);
    // Code points [start, end) of `str`.
    void append_substring(Str const&, int64_t start, int64_t end);
    void append_ascii(std::string_view text); // ASCII only
    void append_latin1(std::string_view bytes); // bytes as code points 0-255
    void append_utf8(std::string_view text);
    void append_code_point(char32_t);
    void append_repeated(char32_t, int64_t count);
    void reserve(int64_t code_points);
    bool empty() const { return m_length == 0; }
    int64_t length() const { return m_length; }
    char32_t max_code_point() const { return m_max; }
    char32_t at(int64_t index) const;
    // Drops the code points from `length` on.
    void truncate(int64_t length);
    Result<Ref<Str>> build(Vm&);

private:
    void widen(uint8_t kind);
    uint8_t* grow(int64_t extra_code_points);

    ByteBuffer m_buffer; // m_length code points of m_kind bytes each
    int64_t m_length = 0;
    uint8_t m_kind = 1;
    char32_t m_max = 0;
};

// The SipHash key of str and bytes hashes: one per process, set by the embedding
// program before any Vm runs (PYTHONHASHSEED), all-zero until then.
void set_hash_key(HashKey const&);
HashKey const& hash_key();

// The narrowest kind (1, 2, 4) that holds `max_code_point`.
inline uint8_t str_kind_for(char32_t max_code_point)
{
    return max_code_point < 0x100 ? 1 : max_code_point < 0x10000 ? 2 : 4;
}
// A new str of code points [start, end) of `str` (the same object when that is all
// of it and `str` is exactly a str).
Result<Ref<Str>> str_substring(Vm&, Str&, int64_t start, int64_t end);
// `separator`.join(items) for items already checked to be strs.
Result<Ref<Str>> str_join(Vm&, Str const& separator, std::span<Value const> items);
// repr(str) as CPython writes it.
Result<Ref<Str>> str_repr(Vm&, Str const&);
// An exact-str copy of a str subclass instance (str(x) for x a str subclass).
Result<Ref<Str>> str_exact_copy(Vm&, Str&);
// The largest code point of code points [start, end).
char32_t str_max_code_point(Str const&, int64_t start, int64_t end);
// CPython's sys.getsizeof(str).
int64_t str_sizeof(Str const&);

} // namespace taipan
