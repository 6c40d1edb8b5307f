// The core of str: PEP 393 compact storage (allocation, the cached empty and Latin-1
// one-character strings), conversions from and to UTF-8, equality, ordering, hashing,
// concatenation, repetition, substrings, join, repr, and StrBuilder. The Python-visible
// methods are in str_methods.cpp, str.format in str_format.cpp.
#include "objects/str.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "support/unicode.h"
#include "support/utf8.h"
#include "vm/vm.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <mutex>

namespace taipan {

Type str_type;

namespace {

    HashKey g_hash_key;

    // The bytes one str's code points take, terminator included, rounded up so that a
    // subclass's __dict__ pointer placed after them stays aligned.
    size_t str_data_bytes(int64_t length, uint8_t kind)
    {
        size_t bytes = size_t(length + 1) * kind;
        return (bytes + 7) & ~size_t(7);
    }

    size_t str_variable_size(Object const* object)
    {
        auto const* str = static_cast<Str const*>(object);
        return sizeof(Str) + str_data_bytes(str->length, str->kind);
    }

    // Type::variable_size is not part of TypeSpec, so it is set when the program starts,
    // before initialize_builtin_type runs.
    struct StrTypeSetup {
        StrTypeSetup() { str_type.variable_size = str_variable_size; }
    } const str_type_setup;

    // The cached singletons live in static storage: a Str header followed by room for
    // one code point and the terminator.
    struct StaticStr {
        Str header;
        uint8_t data[8];
    };
    // data() is `this + 1`, so the inline bytes must follow the header with no padding.
    static_assert(sizeof(Str) % alignof(Str) == 0 && sizeof(StaticStr) == sizeof(Str) + 8);

    StaticStr* static_strs()
    {
        static StaticStr* table = [] {
            auto* strs = new StaticStr[257];
            for (int i = 0; i < 257; ++i) {
                Str& str = strs[i].header;
                str.refcount = Object::immortal_refcount;
                str.type = &str_type;
                std::memset(strs[i].data, 0, sizeof strs[i].data);
                if (i == 256) {
                    str.length = 0;
                } else {
                    str.length = 1;
                    strs[i].data[0] = uint8_t(i);
                }
                str.kind = 1;
                str.is_ascii = i < 128 || i == 256;
            }
            return strs;
        }();
        return table;
    }

    template<typename From, typename To>
    void convert_code_units(From const* from, To* to, int64_t count)
    {
        for (int64_t i = 0; i < count; ++i)
            to[i] = To(from[i]);
    }

    // Copies `count` code points of width `from_kind` into a buffer of width `to_kind`
    // (to_kind >= from_kind).
    void copy_widening(uint8_t const* from, uint8_t from_kind, uint8_t* to, uint8_t to_kind, int64_t count)
    {
        if (from_kind == to_kind) {
            std::memcpy(to, from, size_t(count) * from_kind);
            return;
        }
        if (from_kind == 1 && to_kind == 2)
            convert_code_units(from, reinterpret_cast<uint16_t*>(to), count);
        else if (from_kind == 1)
            convert_code_units(from, reinterpret_cast<uint32_t*>(to), count);
        else
            convert_code_units(
                reinterpret_cast<uint16_t const*>(from), reinterpret_cast<uint32_t*>(to), count);
    }

    // Copies code points of any width into a narrower or equal buffer (the caller knows
    // every code point fits).
    void copy_any(Str const& from, int64_t start, int64_t count, uint8_t* to, uint8_t to_kind)
    {
        if (from.kind <= to_kind) {
            copy_widening(from.data() + start * from.kind, from.kind, to, to_kind, count);
            return;
        }
        for (int64_t i = 0; i < count; ++i) {
            char32_t code_point = from.at(start + i);
            if (to_kind == 1)
                to[i] = uint8_t(code_point);
            else
                reinterpret_cast<uint16_t*>(to)[i] = uint16_t(code_point);
        }
    }

    void store(uint8_t* data, uint8_t kind, int64_t index, char32_t code_point)
    {
        switch (kind) {
        case 1:
            data[index] = uint8_t(code_point);
            break;
        case 2:
            reinterpret_cast<uint16_t*>(data)[index] = uint16_t(code_point);
            break;
        default:
            reinterpret_cast<uint32_t*>(data)[index] = uint32_t(code_point);
            break;
        }
    }

    bool all_ascii(std::string_view text)
    {
        // Eight bytes at a time: the common case of all-ASCII text is checked quickly.
        size_t index = 0;
        for (; index + 8 <= text.size(); index += 8) {
            uint64_t word;
            std::memcpy(&word, text.data() + index, 8);
            if (word & 0x8080808080808080ULL)
                return false;
        }
        for (; index < text.size(); ++index) {
            if (uint8_t(text[index]) >= 0x80)
                return false;
        }
        return true;
    }

} // namespace

void set_hash_key(HashKey const& key)
{
    g_hash_key = key;
}
HashKey const& hash_key()
{
    return g_hash_key;
}

Ref<Str> empty_str()
{
    return ref(&static_strs()[256].header);
}

Ref<Str> single_char_str(Vm& vm, char32_t code_point)
{
    if (code_point < 256)
        return ref(&static_strs()[code_point].header);
    uint8_t kind = str_kind_for(code_point);
    // A one-character allocation only fails on memory exhaustion, which MUST treats as
    // fatal like the rest of the runtime's tiny allocations.
    Ref<Str> str = MUST(allocate_str(vm, 1, kind, false));
    store(str->data(), kind, 0, code_point);
    return str;
}

Result<Ref<Str>> allocate_str(Vm& vm, int64_t length, uint8_t kind, bool is_ascii)
{
    if (length == 0)
        return empty_str();
    if (length < 0 || length > (std::numeric_limits<int64_t>::max() / 4) - 64)
        return vm.raise(ExceptionKind::MemoryError, "");
    Object* memory = TRY(allocate_instance(vm, str_type, str_data_bytes(length, kind)));
    auto* str = static_cast<Str*>(memory);
    str->length = length;
    str->hash = -1;
    str->kind = kind;
    str->is_ascii = is_ascii;
    str->is_interned = false;
    return Ref<Str>::adopt(Value(str));
}

Result<Ref<Str>> new_str(Vm& vm, std::string_view utf8_text)
{
    if (all_ascii(utf8_text)) {
        if (utf8_text.size() == 1)
            return single_char_str(vm, uint8_t(utf8_text[0]));
        Ref<Str> str = TRY(allocate_str(vm, int64_t(utf8_text.size()), 1, true));
        if (!utf8_text.empty())
            std::memcpy(str->data(), utf8_text.data(), utf8_text.size());
        return str;
    }
    int64_t length = 0;
    char32_t max = 0;
    for (size_t index = 0; index < utf8_text.size();) {
        auto decoded = utf8::decode(utf8_text, index);
        max = std::max(max, decoded.code_point);
        index += decoded.length;
        ++length;
    }
    if (length == 1)
        return single_char_str(vm, max);
    uint8_t kind = str_kind_for(max);
    Ref<Str> str = TRY(allocate_str(vm, length, kind, false));
    int64_t position = 0;
    for (size_t index = 0; index < utf8_text.size();) {
        auto decoded = utf8::decode(utf8_text, index);
        store(str->data(), kind, position++, decoded.code_point);
        index += decoded.length;
    }
    return str;
}

Result<Ref<Str>> new_str_from_code_points(Vm& vm, std::u32string_view code_points)
{
    char32_t max = 0;
    for (char32_t code_point : code_points)
        max = std::max(max, code_point);
    if (code_points.size() == 1)
        return single_char_str(vm, max);
    uint8_t kind = str_kind_for(max);
    Ref<Str> str = TRY(allocate_str(vm, int64_t(code_points.size()), kind, max < 0x80));
    for (size_t i = 0; i < code_points.size(); ++i)
        store(str->data(), kind, int64_t(i), code_points[i]);
    return str;
}

Result<Ref<Str>> new_str_latin1(Vm& vm, std::string_view bytes)
{
    if (bytes.size() == 1)
        return single_char_str(vm, uint8_t(bytes[0]));
    Ref<Str> str = TRY(allocate_str(vm, int64_t(bytes.size()), 1, all_ascii(bytes)));
    if (!bytes.empty())
        std::memcpy(str->data(), bytes.data(), bytes.size());
    return str;
}

void append_utf8(std::string& out, Str const& str)
{
    if (str.is_ascii) {
        out.append(str.ascii_view());
        return;
    }
    out.reserve(out.size() + size_t(str.length) * 2);
    for (int64_t i = 0; i < str.length; ++i)
        utf8::append(out, str.at(i));
}

std::string str_to_utf8(Str const& str)
{
    std::string out;
    append_utf8(out, str);
    return out;
}

bool str_equal(Str const& left, Str const& right)
{
    if (&left == &right)
        return true;
    if (left.length != right.length || left.kind != right.kind)
        return false;
    if (left.hash != -1 && right.hash != -1 && left.hash != right.hash)
        return false;
    return std::memcmp(left.data(), right.data(), size_t(left.length) * left.kind) == 0;
}

int str_compare(Str const& left, Str const& right)
{
    int64_t common = std::min(left.length, right.length);
    if (left.kind == 1 && right.kind == 1) {
        int result = common ? std::memcmp(left.data(), right.data(), size_t(common)) : 0;
        if (result != 0)
            return result < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < common; ++i) {
            char32_t a = left.at(i);
            char32_t b = right.at(i);
            if (a != b)
                return a < b ? -1 : 1;
        }
    }
    if (left.length == right.length)
        return 0;
    return left.length < right.length ? -1 : 1;
}

int64_t str_hash(Str& str)
{
    if (str.hash == -1)
        str.hash = hash_str_canonical(g_hash_key, str.data(), size_t(str.length), str.kind);
    return str.hash;
}

char32_t str_max_code_point(Str const& str, int64_t start, int64_t end)
{
    char32_t max = 0;
    if (str.is_ascii)
        return end > start ? 0x7F : 0;
    switch (str.kind) {
    case 1:
        for (int64_t i = start; i < end; ++i)
            max = std::max<char32_t>(max, str.data()[i]);
        break;
    case 2: {
        auto const* data = reinterpret_cast<uint16_t const*>(str.data());
        for (int64_t i = start; i < end; ++i)
            max = std::max<char32_t>(max, data[i]);
        break;
    }
    default: {
        auto const* data = reinterpret_cast<uint32_t const*>(str.data());
        for (int64_t i = start; i < end; ++i)
            max = std::max<char32_t>(max, data[i]);
        break;
    }
    }
    return max;
}

Result<Ref<Str>> str_substring(Vm& vm, Str& str, int64_t start, int64_t end)
{
    if (start < 0)
        start = 0;
    if (end > str.length)
        end = str.length;
    if (start >= end)
        return empty_str();
    if (start == 0 && end == str.length && str.type == &str_type)
        return ref(&str);
    if (end - start == 1)
        return single_char_str(vm, str.at(start));
    int64_t length = end - start;
    if (str.is_ascii) {
        Ref<Str> result = TRY(allocate_str(vm, length, 1, true));
        std::memcpy(result->data(), str.data() + start, size_t(length));
        return result;
    }
    char32_t max = str_max_code_point(str, start, end);
    uint8_t kind = str_kind_for(max);
    Ref<Str> result = TRY(allocate_str(vm, length, kind, max < 0x80));
    copy_any(str, start, length, result->data(), kind);
    return result;
}

Result<Ref<Str>> str_exact_copy(Vm& vm, Str& str)
{
    if (str.type == &str_type)
        return ref(&str);
    if (str.length <= 1)
        return str.length == 0 ? empty_str() : single_char_str(vm, str.at(0));
    Ref<Str> result = TRY(allocate_str(vm, str.length, str.kind, str.is_ascii));
    std::memcpy(result->data(), str.data(), size_t(str.length) * str.kind);
    result->hash = str.hash;
    return result;
}

Result<Ref<Str>> str_concat(Vm& vm, Str const& left, Str const& right)
{
    if (right.length == 0 && left.type == &str_type)
        return ref(const_cast<Str*>(&left));
    if (left.length == 0 && right.type == &str_type)
        return ref(const_cast<Str*>(&right));
    if (left.length > std::numeric_limits<int64_t>::max() / 4 - right.length)
        return vm.raise(ExceptionKind::OverflowError, "strings are too large to concat");
    int64_t length = left.length + right.length;
    uint8_t kind = std::max(left.kind, right.kind);
    if (length == 1)
        return single_char_str(vm, left.length ? left.at(0) : right.at(0));
    Ref<Str> result = TRY(allocate_str(vm, length, kind, left.is_ascii && right.is_ascii));
    copy_widening(left.data(), left.kind, result->data(), kind, left.length);
    copy_widening(right.data(), right.kind, result->data() + left.length * kind, kind, right.length);
    return result;
}

Result<Ref<Str>> str_repeat(Vm& vm, Str& str, int64_t count)
{
    if (count <= 0 || str.length == 0)
        return empty_str();
    if (count == 1 && str.type == &str_type)
        return ref(&str);
    if (str.length > std::numeric_limits<int64_t>::max() / 4 / count)
        return vm.raise(ExceptionKind::OverflowError, "repeated string is too long");
    int64_t length = str.length * count;
    if (length == 1)
        return single_char_str(vm, str.at(0));
    Ref<Str> result = TRY(allocate_str(vm, length, str.kind, str.is_ascii));
    size_t unit = size_t(str.length) * str.kind;
    uint8_t* out = result->data();
    if (unit == 1) {
        std::memset(out, str.data()[0], size_t(count));
        return result;
    }
    // Doubling copies: log2(count) memcpy calls instead of `count`.
    std::memcpy(out, str.data(), unit);
    size_t done = unit;
    size_t total = unit * size_t(count);
    while (done < total) {
        size_t chunk = std::min(done, total - done);
        std::memcpy(out + done, out, chunk);
        done += chunk;
    }
    return result;
}

Result<Ref<Str>> str_join(Vm& vm, Str const& separator, std::span<Value const> items)
{
    if (items.empty())
        return empty_str();
    if (items.size() == 1 && is_exact_str(items[0]))
        return ref(items[0]).cast<Str>();
    int64_t length = separator.length * int64_t(items.size() - 1);
    uint8_t kind = separator.kind;
    bool ascii = separator.is_ascii || items.size() == 1;
    for (Value item : items) {
        Str const& str = as_str(item);
        if (length > std::numeric_limits<int64_t>::max() / 4 - str.length)
            return vm.raise(ExceptionKind::OverflowError, "join() result is too long for a Python string");
        length += str.length;
        kind = std::max(kind, str.kind);
        ascii = ascii && str.is_ascii;
    }
    if (items.size() == 1 || separator.length == 0) {
        // The separator's width does not count when it never appears.
        kind = 1;
        ascii = true;
        for (Value item : items) {
            kind = std::max(kind, as_str(item).kind);
            ascii = ascii && as_str(item).is_ascii;
        }
    }
    if (length == 0)
        return empty_str();
    if (length == 1) {
        for (Value item : items) {
            if (as_str(item).length)
                return single_char_str(vm, as_str(item).at(0));
        }
        return single_char_str(vm, separator.at(0));
    }
    Ref<Str> result = TRY(allocate_str(vm, length, kind, ascii));
    uint8_t* out = result->data();
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0 && separator.length) {
            copy_widening(separator.data(), separator.kind, out, kind, separator.length);
            out += separator.length * kind;
        }
        Str const& str = as_str(items[i]);
        copy_widening(str.data(), str.kind, out, kind, str.length);
        out += str.length * kind;
    }
    return result;
}

// repr() of an ASCII str, written straight into a str of the right length.
static Result<Ref<Str>> ascii_str_repr(Vm& vm, Str const& str)
{
    std::string_view text = str.ascii_view();
    int64_t singles = 0, doubles = 0, two_character_escapes = 0, hex_escapes = 0;
    for (char c : text) {
        if (c >= 0x20 && c < 0x7F) {
            singles += c == '\'';
            doubles += c == '"';
            two_character_escapes += c == '\\';
        } else if (c == '\t' || c == '\n' || c == '\r') {
            ++two_character_escapes;
        } else {
            ++hex_escapes;
        }
    }
    // CPython: single quotes unless the text holds a single quote and no double quote.
    char quote = singles && !doubles ? '"' : '\'';
    int64_t escaped_quotes = quote == '\'' ? singles : 0;
    int64_t extra = escaped_quotes + two_character_escapes + 3 * hex_escapes;
    Ref<Str> result = TRY(allocate_str(vm, str.length + 2 + extra, 1, true));
    char* out = reinterpret_cast<char*>(result->data());
    *out++ = quote;
    if (extra == 0) {
        std::memcpy(out, text.data(), text.size());
        out += text.size();
    } else {
        static char const hex_digits[] = "0123456789abcdef";
        for (char c : text) {
            if (c == quote || c == '\\') {
                *out++ = '\\';
                *out++ = c;
            } else if (c >= 0x20 && c < 0x7F) {
                *out++ = c;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                *out++ = '\\';
                *out++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
            } else {
                *out++ = '\\';
                *out++ = 'x';
                *out++ = hex_digits[(c >> 4) & 0xF];
                *out++ = hex_digits[c & 0xF];
            }
        }
    }
    *out = quote;
    return result;
}

Result<Ref<Str>> str_repr(Vm& vm, Str const& str)
{
    if (str.is_ascii)
        return ascii_str_repr(vm, str);
    // CPython: single quotes unless the text holds a single quote and no double quote.
    bool has_single = false;
    bool has_double = false;
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    char32_t quote = has_single && !has_double ? '"' : '\'';
    StrBuilder builder;
    builder.reserve(str.length + 2);
    builder.append_code_point(quote);
    static char const hex_digits[] = "0123456789abcdef";
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        if (c == quote || c == '\\') {
            builder.append_code_point('\\');
            builder.append_code_point(c);
        } else if (c == '\t') {
            builder.append_ascii("\\t");
        } else if (c == '\n') {
            builder.append_ascii("\\n");
        } else if (c == '\r') {
            builder.append_ascii("\\r");
        } else if (c >= 0x20 && c < 0x7F) {
            builder.append_code_point(c);
        } else if (c >= 0x80 && unicode::is_printable(c)) {
            builder.append_code_point(c);
        } else {
            char buffer[12];
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            buffer[0] = '\\';
            buffer[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int d = 0; d < digits; ++d)
                buffer[2 + d] = hex_digits[(c >> (4 * (digits - 1 - d))) & 0xF];
            builder.append_ascii(std::string_view(buffer, size_t(2 + digits)));
        }
    }
    builder.append_code_point(quote);
    return builder.build(vm);
}

int64_t str_sizeof(Str const& str)
{
    // CPython 3.11 (64-bit): a compact ASCII str is a 48-byte header plus the text and
    // its terminator; other compact strs have a 72-byte header.
    if (str.is_ascii)
        return 48 + str.length + 1;
    return 72 + (str.length + 1) * str.kind;
}

// --- StrBuilder ---

void StrBuilder::widen(uint8_t kind)
{
    if (kind <= m_kind)
        return;
    // In place, from the last code point back: each one's new place starts at or after
    // its old one, so nothing is overwritten before it is read.
    m_buffer.extend(size_t(m_length) * (kind - m_kind));
    uint8_t* data = m_buffer.data();
    for (int64_t i = m_length - 1; i >= 0; --i)
        store(data, kind, i, at(i));
    m_kind = kind;
}

uint8_t* StrBuilder::grow(int64_t extra_code_points)
{
    m_length += extra_code_points;
    return m_buffer.extend(size_t(extra_code_points) * m_kind);
}

void StrBuilder::reserve(int64_t code_points)
{
    m_buffer.reserve(size_t(code_points) * m_kind);
}

char32_t StrBuilder::at(int64_t index) const
{
    uint8_t const* data = m_buffer.data();
    switch (m_kind) {
    case 1:
        return data[index];
    case 2:
        return reinterpret_cast<uint16_t const*>(data)[index];
    default:
        return reinterpret_cast<uint32_t const*>(data)[index];
    }
}

void StrBuilder::truncate(int64_t length)
{
    if (length >= m_length)
        return;
    m_length = length;
    m_buffer.truncate(size_t(length) * m_kind);
    // The widest code point may have gone; recompute it so build() keeps the narrowest
    // kind.
    m_max = 0;
    for (int64_t i = 0; i < m_length; ++i)
        m_max = std::max(m_max, at(i));
}

void StrBuilder::append(Str const& str)
{
    append_substring(str, 0, str.length);
}

void StrBuilder::append_substring(Str const& str, int64_t start, int64_t end)
{
    if (end <= start)
        return;
    if (str.kind > m_kind) {
        char32_t max = str_max_code_point(str, start, end);
        widen(str_kind_for(max));
        m_max = std::max(m_max, max);
    } else if (!str.is_ascii) {
        m_max = std::max(m_max, str_max_code_point(str, start, end));
    } else {
        m_max = std::max<char32_t>(m_max, 0x7F);
    }
    uint8_t* out = grow(end - start);
    copy_any(str, start, end - start, out, m_kind);
}

void StrBuilder::append_ascii(std::string_view text)
{
    if (text.empty())
        return;
    m_max = std::max<char32_t>(m_max, 0x7F);
    if (m_kind == 1) {
        m_buffer.append(text.data(), text.size());
        m_length += int64_t(text.size());
        return;
    }
    uint8_t* out = grow(int64_t(text.size()));
    copy_widening(reinterpret_cast<uint8_t const*>(text.data()), 1, out, m_kind, int64_t(text.size()));
}

void StrBuilder::append_latin1(std::string_view bytes)
{
    for (char byte : bytes)
        append_code_point(uint8_t(byte));
}

void StrBuilder::append_utf8(std::string_view text)
{
    if (all_ascii(text)) {
        append_ascii(text);
        return;
    }
    for (size_t index = 0; index < text.size();) {
        auto decoded = utf8::decode(text, index);
        append_code_point(decoded.code_point);
        index += decoded.length;
    }
}

void StrBuilder::append_code_point(char32_t code_point)
{
    if (code_point > m_max) {
        m_max = code_point;
        widen(str_kind_for(code_point));
    }
    if (m_kind == 1) {
        m_buffer.push_back(uint8_t(code_point));
        ++m_length;
        return;
    }
    store(grow(1), m_kind, 0, code_point);
}

void StrBuilder::append_repeated(char32_t code_point, int64_t count)
{
    if (count <= 0)
        return;
    if (code_point > m_max) {
        m_max = code_point;
        widen(str_kind_for(code_point));
    }
    if (m_kind == 1) {
        std::memset(m_buffer.extend(size_t(count)), int(code_point), size_t(count));
        m_length += count;
        return;
    }
    uint8_t* out = grow(count);
    for (int64_t i = 0; i < count; ++i)
        store(out, m_kind, i, code_point);
}

Result<Ref<Str>> StrBuilder::build(Vm& vm)
{
    if (m_length == 0)
        return empty_str();
    if (m_length == 1)
        return single_char_str(vm, at(0));
    // m_kind only widens, so after truncate() it may be wider than the text needs.
    uint8_t kind = str_kind_for(m_max);
    Ref<Str> str = TRY(allocate_str(vm, m_length, kind, m_max < 0x80));
    if (kind == m_kind) {
        std::memcpy(str->data(), m_buffer.data(), m_buffer.size());
    } else {
        for (int64_t i = 0; i < m_length; ++i)
            store(str->data(), kind, i, at(i));
    }
    return str;
}

} // namespace taipan
