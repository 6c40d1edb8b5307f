// Encoders and decoders for the codecs str.encode and bytes.decode handle natively
// (UTF-8, ASCII, Latin-1, UTF-16, UTF-32 and the charmap codecs), their error
// handlers, the codec-name lookup with every alias of encodings.aliases for them, and
// str.encode itself.
#include "objects/str_codecs.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "objects/tuple.h"
#include "support/unicode.h"
#include "support/utf8.h"
#include "vm/vm.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace taipan {

namespace {

    struct CharmapName {
        char const* name;
        uint8_t index;
    };

#include "charmap_tables.inc"

    static_assert(int(Codec::FirstCharmap) + charmap_count <= 256);

    int charmap_index(Codec codec)
    {
        return int(codec) - int(Codec::FirstCharmap);
    }

    // The byte each code point encodes to in one charmap codec, built on first use.
    std::unordered_map<char32_t, uint8_t> const& charmap_encoding(int index)
    {
        static auto const tables = [] {
            std::vector<std::unordered_map<char32_t, uint8_t>> maps(charmap_count);
            for (int table = 0; table < charmap_count; ++table) {
                for (int byte = 0; byte < 256; ++byte) {
                    char32_t code_point = charmap_decoding[table][byte];
                    if (code_point != 0xFFFE)
                        maps[size_t(table)].emplace(code_point, uint8_t(byte));
                }
            }
            return maps;
        }();
        return tables[size_t(index)];
    }

    enum class ErrorHandler : uint8_t {
        Strict,
        Ignore,
        Replace,
        BackslashReplace,
        XmlCharRefReplace,
        SurrogateEscape,
        SurrogatePass,
        Unknown,
    };

    ErrorHandler parse_error_handler(std::string_view name)
    {
        if (name == "strict")
            return ErrorHandler::Strict;
        if (name == "ignore")
            return ErrorHandler::Ignore;
        if (name == "replace")
            return ErrorHandler::Replace;
        if (name == "backslashreplace")
            return ErrorHandler::BackslashReplace;
        if (name == "xmlcharrefreplace")
            return ErrorHandler::XmlCharRefReplace;
        if (name == "surrogateescape")
            return ErrorHandler::SurrogateEscape;
        if (name == "surrogatepass")
            return ErrorHandler::SurrogatePass;
        return ErrorHandler::Unknown;
    }

    // encodings.normalize_encoding after codecs.lookup's lower-casing: runs of
    // characters other than letters, digits and '.' become one '_', and leading or
    // trailing ones are dropped.
    std::string normalize_encoding(std::string_view name)
    {
        std::string out;
        bool pending_separator = false;
        for (char c : name) {
            bool keep
                = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
            if (!keep) {
                pending_separator = !out.empty();
                continue;
            }
            if (pending_separator)
                out += '_';
            pending_separator = false;
            out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
        return out;
    }

    struct CodecAlias {
        char const* name;
        Codec codec;
    };

    // The module names and every alias encodings.aliases lists for these codecs.
    constexpr CodecAlias codec_aliases[] = {
        {"utf_8", Codec::Utf8},
        {"utf8", Codec::Utf8},
        {"u8", Codec::Utf8},
        {"utf", Codec::Utf8},
        {"cp65001", Codec::Utf8},
        {"utf8_ucs2", Codec::Utf8},
        {"utf8_ucs4", Codec::Utf8},
        {"ascii", Codec::Ascii},
        {"646", Codec::Ascii},
        {"ansi_x3.4_1968", Codec::Ascii},
        {"ansi_x3_4_1968", Codec::Ascii},
        {"ansi_x3.4_1986", Codec::Ascii},
        {"cp367", Codec::Ascii},
        {"csascii", Codec::Ascii},
        {"ibm367", Codec::Ascii},
        {"iso646_us", Codec::Ascii},
        {"iso_646.irv_1991", Codec::Ascii},
        {"iso_ir_6", Codec::Ascii},
        {"us", Codec::Ascii},
        {"us_ascii", Codec::Ascii},
        {"latin_1", Codec::Latin1},
        {"latin1", Codec::Latin1},
        {"latin", Codec::Latin1},
        {"l1", Codec::Latin1},
        {"8859", Codec::Latin1},
        {"cp819", Codec::Latin1},
        {"csisolatin1", Codec::Latin1},
        {"ibm819", Codec::Latin1},
        {"iso8859", Codec::Latin1},
        {"iso8859_1", Codec::Latin1},
        {"iso_8859_1", Codec::Latin1},
        {"iso_8859_1_1987", Codec::Latin1},
        {"iso_ir_100", Codec::Latin1},
        {"utf_16", Codec::Utf16},
        {"utf16", Codec::Utf16},
        {"u16", Codec::Utf16},
        {"utf_16_le", Codec::Utf16Le},
        {"utf_16le", Codec::Utf16Le},
        {"unicodelittleunmarked", Codec::Utf16Le},
        {"utf_16_be", Codec::Utf16Be},
        {"utf_16be", Codec::Utf16Be},
        {"unicodebigunmarked", Codec::Utf16Be},
        {"utf_32", Codec::Utf32},
        {"utf32", Codec::Utf32},
        {"u32", Codec::Utf32},
        {"utf_32_le", Codec::Utf32Le},
        {"utf_32le", Codec::Utf32Le},
        {"utf_32_be", Codec::Utf32Be},
        {"utf_32be", Codec::Utf32Be},
        {"utf_8_sig", Codec::Utf8Sig},
        {"unicode_escape", Codec::UnicodeEscape},
        {"raw_unicode_escape", Codec::RawUnicodeEscape},
    };

    Result<std::string> text_argument(Vm& vm, Value value, char const* function, char const* parameter)
    {
        if (!is_str(value))
            return vm.raise(ExceptionKind::TypeError,
                std::string(function) + "() argument '" + parameter + "' must be str, not "
                    + argument_type_name(value));
        return str_to_utf8(as_str(value));
    }

    Raised unknown_handler(Vm& vm, std::string_view name)
    {
        return vm.raise(ExceptionKind::LookupError, "unknown error handler name '" + std::string(name) + "'");
    }

    // --- encoding ---

    struct Encoder {
        Vm& vm;
        Codec codec;
        Str& str;
        std::string_view errors_name;
        ErrorHandler errors;
        std::string out;

        bool little_endian() const
        {
            return codec == Codec::Utf16 || codec == Codec::Utf16Le || codec == Codec::Utf32
                || codec == Codec::Utf32Le;
        }

        // Whether the codec can encode `c` (surrogates only with surrogatepass for the
        // UTF codecs).
        bool encodable(char32_t c) const
        {
            if (is_charmap(codec)) {
                auto const& table = charmap_encoding(charmap_index(codec));
                return table.find(c) != table.end();
            }
            switch (codec) {
            case Codec::Ascii:
                return c < 0x80;
            case Codec::Latin1:
                return c < 0x100;
            case Codec::Utf8:
            case Codec::Utf8Sig:
            case Codec::Utf16:
            case Codec::Utf16Le:
            case Codec::Utf16Be:
            case Codec::Utf32:
            case Codec::Utf32Le:
            case Codec::Utf32Be:
                return !utf8::is_surrogate(c);
            case Codec::UnicodeEscape:
            case Codec::RawUnicodeEscape:
                return true;
            case Codec::FirstCharmap:
                break;
            }
            return false;
        }

        void put16(uint16_t unit)
        {
            if (little_endian()) {
                out += char(unit & 0xFF);
                out += char(unit >> 8);
            } else {
                out += char(unit >> 8);
                out += char(unit & 0xFF);
            }
        }

        void put32(uint32_t unit)
        {
            for (int i = 0; i < 4; ++i) {
                int shift = little_endian() ? 8 * i : 8 * (3 - i);
                out += char((unit >> shift) & 0xFF);
            }
        }

        // Appends `c`, which the codec can represent (or a surrogate being passed).
        void put(char32_t c)
        {
            if (is_charmap(codec)) {
                auto const& table = charmap_encoding(charmap_index(codec));
                auto found = table.find(c);
                // Replacement text ('?', escapes) is ASCII, which every charmap codec
                // here encodes; anything else would have been reported as unencodable.
                out += char(found != table.end() ? found->second : uint8_t(c));
                return;
            }
            switch (codec) {
            case Codec::Ascii:
            case Codec::Latin1:
                out += char(c);
                break;
            case Codec::Utf8:
            case Codec::Utf8Sig:
                utf8::append(out, c);
                break;
            case Codec::UnicodeEscape:
            case Codec::RawUnicodeEscape:
                put_escaped(c);
                break;
            case Codec::Utf16:
            case Codec::Utf16Le:
            case Codec::Utf16Be:
                if (c >= 0x10000) {
                    put16(uint16_t(0xD800 | ((c - 0x10000) >> 10)));
                    put16(uint16_t(0xDC00 | ((c - 0x10000) & 0x3FF)));
                } else {
                    put16(uint16_t(c));
                }
                break;
            case Codec::Utf32:
            case Codec::Utf32Le:
            case Codec::Utf32Be:
                put32(uint32_t(c));
                break;
            case Codec::FirstCharmap:
                break;
            }
        }

        // unicode_escape and raw_unicode_escape: \xhh, \uXXXX, \UXXXXXXXX as needed.
        void put_escaped(char32_t c)
        {
            static char const hex_digits[] = "0123456789abcdef";
            auto escape = [&](char letter, int digits) {
                out += '\\';
                out += letter;
                for (int d = digits - 1; d >= 0; --d)
                    out += hex_digits[(c >> (4 * d)) & 0xF];
            };
            if (c >= 0x10000) {
                escape('U', 8);
            } else if (c >= 0x100) {
                escape('u', 4);
            } else if (codec == Codec::RawUnicodeEscape) {
                out += char(c);
            } else if (c == '\\') {
                out += "\\\\";
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < ' ' || c >= 0x7F) {
                escape('x', 2);
            } else {
                out += char(c);
            }
        }

        char const* reason() const
        {
            if (codec == Codec::Ascii)
                return "ordinal not in range(128)";
            if (codec == Codec::Latin1)
                return "ordinal not in range(256)";
            return is_charmap(codec) ? "character maps to <undefined>" : "surrogates not allowed";
        }

        Raised fail(int64_t start, int64_t end)
        {
            auto encoding = new_str(vm, codec_name(codec));
            auto reason_text = new_str(vm, reason());
            if (encoding.is_error() || reason_text.is_error())
                return Raised {ExceptionPending {}};
            Ref<> start_value = new_int(start);
            Ref<> end_value = new_int(end);
            Value args[] = {encoding.value().value(), Value(&str), start_value.value(), end_value.value(),
                reason_text.value().value()};
            auto exception = new_exception(vm, exception_type(ExceptionKind::UnicodeEncodeError), args);
            if (exception.is_error())
                return Raised {ExceptionPending {}};
            return vm.raise_object(exception.value().value());
        }

        Result<void> handle(int64_t start, int64_t end)
        {
            static char const hex_digits[] = "0123456789abcdef";
            switch (errors) {
            case ErrorHandler::Strict:
                return fail(start, end);
            case ErrorHandler::Unknown:
                return unknown_handler(vm, errors_name);
            case ErrorHandler::Ignore:
                return {};
            case ErrorHandler::Replace:
                for (int64_t i = start; i < end; ++i)
                    put('?');
                return {};
            case ErrorHandler::BackslashReplace:
                for (int64_t i = start; i < end; ++i) {
                    char32_t c = str.at(i);
                    int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
                    put('\\');
                    put(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
                    for (int d = digits - 1; d >= 0; --d)
                        put(char32_t(hex_digits[(c >> (4 * d)) & 0xF]));
                }
                return {};
            case ErrorHandler::XmlCharRefReplace:
                for (int64_t i = start; i < end; ++i) {
                    for (char c : "&#" + std::to_string(uint32_t(str.at(i))) + ";")
                        put(char32_t(c));
                }
                return {};
            case ErrorHandler::SurrogateEscape:
                for (int64_t i = start; i < end; ++i) {
                    char32_t c = str.at(i);
                    if (c < 0xDC80 || c > 0xDCFF)
                        return fail(start, end);
                }
                for (int64_t i = start; i < end; ++i)
                    out += char(str.at(i) - 0xDC00);
                return {};
            case ErrorHandler::SurrogatePass:
                if (codec == Codec::Ascii || codec == Codec::Latin1 || is_charmap(codec))
                    return fail(start, end);
                for (int64_t i = start; i < end; ++i)
                    put(str.at(i));
                return {};
            }
            return {};
        }

        Result<void> run()
        {
            if (codec == Codec::Utf16)
                put16(0xFEFF);
            else if (codec == Codec::Utf32)
                put32(0xFEFF);
            else if (codec == Codec::Utf8Sig)
                out += "\xEF\xBB\xBF";
            if (str.is_ascii
                && (codec == Codec::Utf8 || codec == Codec::Utf8Sig || codec == Codec::Ascii
                    || codec == Codec::Latin1)) {
                out.append(str.ascii_view());
                return {};
            }
            int64_t length = str.length;
            for (int64_t i = 0; i < length;) {
                char32_t c = str.at(i);
                if (encodable(c)) {
                    put(c);
                    ++i;
                    continue;
                }
                int64_t end = i + 1;
                while (end < length && !encodable(str.at(end)))
                    ++end;
                TRY(handle(i, end));
                i = end;
            }
            return {};
        }
    };

    // --- decoding ---

    struct Decoder {
        Vm& vm;
        Codec codec;
        std::string_view data;
        std::string_view errors_name;
        ErrorHandler errors;
        Value source;
        StrBuilder out;
        // CPython names the byte order it decoded with in UTF-16/32 errors.
        Codec error_codec = codec;
        bool final = true;
        // Where decoding stopped: the end, or (not final) an incomplete sequence.
        int64_t consumed = 0;

        Raised fail(int64_t start, int64_t end, char const* reason)
        {
            auto encoding = new_str(vm, codec_name(error_codec));
            auto reason_text = new_str(vm, reason);
            if (encoding.is_error() || reason_text.is_error())
                return Raised {ExceptionPending {}};
            Ref<> object;
            if (source && is_bytes(source)) {
                object = ref(source);
            } else {
                auto bytes = new_bytes(vm, data);
                if (bytes.is_error())
                    return Raised {ExceptionPending {}};
                object = bytes.release_value();
            }
            Ref<> start_value = new_int(start);
            Ref<> end_value = new_int(end);
            Value args[] = {encoding.value().value(), object.value(), start_value.value(), end_value.value(),
                reason_text.value().value()};
            auto exception = new_exception(vm, exception_type(ExceptionKind::UnicodeDecodeError), args);
            if (exception.is_error())
                return Raised {ExceptionPending {}};
            return vm.raise_object(exception.value().value());
        }

        Result<void> handle(int64_t start, int64_t end, char const* reason)
        {
            static char const hex_digits[] = "0123456789abcdef";
            switch (errors) {
            case ErrorHandler::Strict:
            case ErrorHandler::XmlCharRefReplace:
            case ErrorHandler::SurrogatePass:
                return fail(start, end, reason);
            case ErrorHandler::Unknown:
                return unknown_handler(vm, errors_name);
            case ErrorHandler::Ignore:
                return {};
            case ErrorHandler::Replace:
                out.append_code_point(0xFFFD);
                return {};
            case ErrorHandler::BackslashReplace:
                for (int64_t i = start; i < end; ++i) {
                    uint8_t byte = uint8_t(data[size_t(i)]);
                    char text[4] = {'\\', 'x', hex_digits[byte >> 4], hex_digits[byte & 0xF]};
                    out.append_ascii(std::string_view(text, 4));
                }
                return {};
            case ErrorHandler::SurrogateEscape:
                for (int64_t i = start; i < end; ++i) {
                    if (uint8_t(data[size_t(i)]) < 0x80)
                        return fail(start, end, reason);
                }
                for (int64_t i = start; i < end; ++i)
                    out.append_code_point(0xDC00 + uint8_t(data[size_t(i)]));
                return {};
            }
            return {};
        }

        uint8_t byte(int64_t index) const { return uint8_t(data[size_t(index)]); }

        Result<void> decode_utf8()
        {
            int64_t length = int64_t(data.size());
            int64_t i = 0;
            while (i < length) {
                uint8_t lead = byte(i);
                if (lead < 0x80) {
                    // Copy a run of ASCII at once.
                    int64_t end = i + 1;
                    while (end < length && byte(end) < 0x80)
                        ++end;
                    out.append_ascii(data.substr(size_t(i), size_t(end - i)));
                    i = end;
                    continue;
                }
                int needed;
                uint8_t low = 0x80;
                uint8_t high = 0xBF;
                char32_t code_point;
                if (lead >= 0xC2 && lead <= 0xDF) {
                    needed = 1;
                    code_point = lead & 0x1F;
                } else if (lead >= 0xE0 && lead <= 0xEF) {
                    needed = 2;
                    code_point = lead & 0x0F;
                    if (lead == 0xE0)
                        low = 0xA0;
                    else if (lead == 0xED && errors != ErrorHandler::SurrogatePass)
                        high = 0x9F;
                } else if (lead >= 0xF0 && lead <= 0xF4) {
                    needed = 3;
                    code_point = lead & 0x07;
                    if (lead == 0xF0)
                        low = 0x90;
                    else if (lead == 0xF4)
                        high = 0x8F;
                } else {
                    TRY(handle(i, i + 1, "invalid start byte"));
                    ++i;
                    continue;
                }
                int valid = 0;
                char const* reason = nullptr;
                for (int k = 1; k <= needed; ++k) {
                    if (i + k >= length) {
                        reason = "unexpected end of data";
                        break;
                    }
                    uint8_t continuation = byte(i + k);
                    uint8_t minimum = k == 1 ? low : 0x80;
                    uint8_t maximum = k == 1 ? high : 0xBF;
                    if (continuation < minimum || continuation > maximum) {
                        reason = "invalid continuation byte";
                        break;
                    }
                    code_point = (code_point << 6) | (continuation & 0x3F);
                    ++valid;
                }
                if (reason) {
                    if (!final && reason[0] == 'u') {
                        consumed = i;
                        return {};
                    }
                    int64_t end = reason[0] == 'u' ? length : i + 1 + valid;
                    TRY(handle(i, end, reason));
                    i = end;
                    continue;
                }
                out.append_code_point(code_point);
                i += needed + 1;
            }
            consumed = length;
            return {};
        }

        Result<void> decode_single_byte()
        {
            int64_t length = int64_t(data.size());
            consumed = length;
            if (codec == Codec::Latin1) {
                out.append_latin1(data);
                return {};
            }
            for (int64_t i = 0; i < length; ++i) {
                uint8_t b = byte(i);
                if (b < 0x80)
                    out.append_code_point(b);
                else
                    TRY(handle(i, i + 1, "ordinal not in range(128)"));
            }
            return {};
        }

        Result<void> decode_utf16()
        {
            int64_t length = int64_t(data.size());
            int64_t i = 0;
            bool little = codec != Codec::Utf16Be;
            if (codec == Codec::Utf16 && length >= 2) {
                if (byte(0) == 0xFF && byte(1) == 0xFE) {
                    i = 2;
                } else if (byte(0) == 0xFE && byte(1) == 0xFF) {
                    little = false;
                    i = 2;
                }
            }
            error_codec = little ? Codec::Utf16Le : Codec::Utf16Be;
            auto unit_at = [&](int64_t index) -> char32_t {
                return little ? char32_t(byte(index) | byte(index + 1) << 8)
                              : char32_t(byte(index) << 8 | byte(index + 1));
            };
            while (i < length) {
                if (i + 1 >= length) {
                    if (!final)
                        break;
                    TRY(handle(i, length, "truncated data"));
                    i = length;
                    break;
                }
                char32_t unit = unit_at(i);
                if (unit < 0xD800 || unit > 0xDFFF) {
                    out.append_code_point(unit);
                    i += 2;
                    continue;
                }
                if (unit >= 0xDC00) {
                    TRY(handle(i, i + 2, "illegal encoding"));
                    i += 2;
                    continue;
                }
                if (i + 3 >= length) {
                    if (!final)
                        break;
                    TRY(handle(i, length, "unexpected end of data"));
                    i = length;
                    break;
                }
                char32_t second = unit_at(i + 2);
                if (second < 0xDC00 || second > 0xDFFF) {
                    TRY(handle(i, i + 2, "illegal UTF-16 surrogate"));
                    i += 2;
                    continue;
                }
                out.append_code_point(0x10000 + ((unit - 0xD800) << 10) + (second - 0xDC00));
                i += 4;
            }
            consumed = i;
            return {};
        }

        Result<void> decode_utf32()
        {
            int64_t length = int64_t(data.size());
            int64_t i = 0;
            bool little = codec != Codec::Utf32Be;
            if (codec == Codec::Utf32 && length >= 4) {
                if (data.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) {
                    i = 4;
                } else if (data.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
                    little = false;
                    i = 4;
                }
            }
            error_codec = little ? Codec::Utf32Le : Codec::Utf32Be;
            while (i < length) {
                if (i + 3 >= length) {
                    if (!final)
                        break;
                    TRY(handle(i, length, "truncated data"));
                    i = length;
                    break;
                }
                uint32_t value = 0;
                for (int k = 0; k < 4; ++k) {
                    int shift = little ? 8 * k : 8 * (3 - k);
                    value |= uint32_t(byte(i + k)) << shift;
                }
                if (value > 0x10FFFF)
                    TRY(handle(i, i + 4, "code point not in range(0x110000)"));
                else if (value >= 0xD800 && value <= 0xDFFF && errors != ErrorHandler::SurrogatePass)
                    TRY(handle(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"));
                else
                    out.append_code_point(value);
                i += 4;
            }
            consumed = i;
            return {};
        }

        Result<void> decode_charmap()
        {
            char16_t const* table = charmap_decoding[charmap_index(codec)];
            int64_t length = int64_t(data.size());
            for (int64_t i = 0; i < length; ++i) {
                char16_t c = table[byte(i)];
                if (c == 0xFFFE)
                    TRY(handle(i, i + 1, "character maps to <undefined>"));
                else
                    out.append_code_point(c);
            }
            consumed = length;
            return {};
        }

        // The hex digits of a \x, \u or \U escape starting after `i`; false (with `i`
        // after the digits read) when fewer than `count` follow.
        bool read_hex(int64_t& i, int count, char32_t& value)
        {
            value = 0;
            for (; count > 0; --count, ++i) {
                int digit = i < int64_t(data.size()) ? hex_digit(byte(i)) : -1;
                if (digit < 0)
                    return false;
                value = value << 4 | char32_t(digit);
            }
            return true;
        }

        static int hex_digit(uint8_t c)
        {
            if (c >= '0' && c <= '9')
                return c - '0';
            if (c >= 'a' && c <= 'f')
                return c - 'a' + 10;
            if (c >= 'A' && c <= 'F')
                return c - 'A' + 10;
            return -1;
        }

        Result<void> decode_unicode_escape()
        {
            int64_t length = int64_t(data.size());
            int64_t i = 0;
            while (i < length) {
                uint8_t c = byte(i);
                if (c != '\\') {
                    out.append_code_point(c);
                    ++i;
                    continue;
                }
                int64_t start = i++;
                if (i >= length) {
                    TRY(handle(start, length, "\\ at end of string"));
                    break;
                }
                c = byte(i++);
                switch (c) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out.append_code_point(c);
                    break;
                case 'a':
                    out.append_code_point(7);
                    break;
                case 'b':
                    out.append_code_point(8);
                    break;
                case 't':
                    out.append_code_point(9);
                    break;
                case 'n':
                    out.append_code_point(10);
                    break;
                case 'v':
                    out.append_code_point(11);
                    break;
                case 'f':
                    out.append_code_point(12);
                    break;
                case 'r':
                    out.append_code_point(13);
                    break;
                case '0':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7': {
                    char32_t value = c - '0';
                    for (int digits = 1; digits < 3 && i < length && byte(i) >= '0' && byte(i) <= '7';
                         ++digits)
                        value = value * 8 + (byte(i++) - '0');
                    out.append_code_point(value);
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    char32_t value;
                    if (!read_hex(i, count, value)) {
                        char const* reason = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u'                ? "truncated \\uXXXX escape"
                                                      : "truncated \\UXXXXXXXX escape";
                        TRY(handle(start, i, reason));
                        break;
                    }
                    if (value > 0x10FFFF) {
                        TRY(handle(start, i, "illegal Unicode character"));
                        break;
                    }
                    out.append_code_point(value);
                    break;
                }
                case 'N': {
                    // CPython: "\N" or "\N{..." cut off by the end covers the rest of the
                    // input; an empty or unknown name ends the error after what was read.
                    if (i >= length) {
                        TRY(handle(start, length, "malformed \\N character escape"));
                        break;
                    }
                    if (byte(i) != '{') {
                        TRY(handle(start, i, "malformed \\N character escape"));
                        break;
                    }
                    int64_t name_start = ++i;
                    while (i < length && byte(i) != '}')
                        ++i;
                    if (i >= length) {
                        TRY(handle(start, length, "malformed \\N character escape"));
                        break;
                    }
                    if (i == name_start) {
                        TRY(handle(start, i, "malformed \\N character escape"));
                        break;
                    }
                    auto found
                        = unicode::lookup_name(data.substr(size_t(name_start), size_t(i - name_start)));
                    ++i;
                    if (!found) {
                        TRY(handle(start, i, "unknown Unicode character name"));
                        break;
                    }
                    out.append_code_point(*found);
                    break;
                }
                default:
                    // CPython keeps an unknown escape as it is.
                    out.append_code_point('\\');
                    out.append_code_point(c);
                    break;
                }
            }
            consumed = length;
            return {};
        }

        Result<void> decode_raw_unicode_escape()
        {
            int64_t length = int64_t(data.size());
            int64_t i = 0;
            while (i < length) {
                uint8_t c = byte(i);
                if (c != '\\') {
                    out.append_code_point(c);
                    ++i;
                    continue;
                }
                // \u and \U escape only after an odd number of backslashes.
                int64_t start = i;
                while (i < length && byte(i) == '\\')
                    ++i;
                int64_t backslashes = i - start;
                if (backslashes % 2 == 0 || i >= length || (byte(i) != 'u' && byte(i) != 'U')) {
                    out.append_repeated('\\', backslashes);
                    continue;
                }
                out.append_repeated('\\', backslashes - 1);
                int64_t escape_start = i - 1;
                bool wide = byte(i++) == 'U';
                char32_t value;
                if (!read_hex(i, wide ? 8 : 4, value)) {
                    TRY(handle(
                        escape_start, i, wide ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape"));
                    continue;
                }
                if (value > 0x10FFFF) {
                    TRY(handle(escape_start, i, "\\Uxxxxxxxx out of range"));
                    continue;
                }
                out.append_code_point(value);
            }
            consumed = length;
            return {};
        }

        Result<Ref<Str>> run()
        {
            if (is_charmap(codec)) {
                TRY(decode_charmap());
                return out.build(vm);
            }
            switch (codec) {
            case Codec::Utf8:
                TRY(decode_utf8());
                break;
            case Codec::Utf8Sig: {
                // The BOM is skipped; positions in errors count from after it.
                static constexpr std::string_view bom = "\xEF\xBB\xBF";
                if (!final && data.size() < 3 && bom.starts_with(data)) {
                    consumed = 0;
                    break;
                }
                int64_t skipped = data.starts_with(bom) ? 3 : 0;
                if (skipped) {
                    data.remove_prefix(3);
                    source = Value {};
                }
                TRY(decode_utf8());
                consumed += skipped;
                break;
            }
            case Codec::UnicodeEscape:
                TRY(decode_unicode_escape());
                break;
            case Codec::RawUnicodeEscape:
                TRY(decode_raw_unicode_escape());
                break;
            case Codec::Ascii:
            case Codec::Latin1:
                TRY(decode_single_byte());
                break;
            case Codec::Utf16:
            case Codec::Utf16Le:
            case Codec::Utf16Be:
                TRY(decode_utf16());
                break;
            case Codec::Utf32:
            case Codec::Utf32Le:
            case Codec::Utf32Be:
                TRY(decode_utf32());
                break;
            case Codec::FirstCharmap:
                break;
            }
            return out.build(vm);
        }
    };

    Result<Codec> codec_argument(Vm& vm, Value encoding, char const* function)
    {
        if (!encoding)
            return Codec::Utf8;
        std::string name = TRY(text_argument(vm, encoding, function, "encoding"));
        auto codec = lookup_codec(name);
        if (!codec)
            return vm.raise(ExceptionKind::LookupError, "unknown encoding: " + name);
        return *codec;
    }

} // namespace

std::optional<Codec> lookup_codec(std::string_view name)
{
    // The spellings Python code uses most, before the general normalisation.
    if (name == "utf-8" || name == "utf8" || name == "UTF-8")
        return Codec::Utf8;
    std::string normalized = normalize_encoding(name);
    for (auto const& alias : codec_aliases) {
        if (normalized == alias.name)
            return alias.codec;
    }
    // encodings.search_function also tries the name with dots made underscores.
    for (char& c : normalized) {
        if (c == '.')
            c = '_';
    }
    for (auto const& alias : codec_aliases) {
        if (normalized == alias.name)
            return alias.codec;
    }
    auto found = std::lower_bound(std::begin(charmap_names), std::end(charmap_names), normalized,
        [](CharmapName const& entry, std::string const& name) {
            return std::string_view(entry.name) < name;
        });
    if (found != std::end(charmap_names) && normalized == found->name)
        return Codec(int(Codec::FirstCharmap) + found->index);
    return std::nullopt;
}

char const* codec_name(Codec codec)
{
    switch (codec) {
    case Codec::Utf8:
        return "utf-8";
    case Codec::Ascii:
        return "ascii";
    case Codec::Latin1:
        return "latin-1";
    case Codec::Utf16:
        return "utf-16";
    case Codec::Utf16Le:
        return "utf-16-le";
    case Codec::Utf16Be:
        return "utf-16-be";
    case Codec::Utf32:
        return "utf-32";
    case Codec::Utf32Le:
        return "utf-32-le";
    case Codec::Utf32Be:
        return "utf-32-be";
    case Codec::Utf8Sig:
        return "utf-8";
    case Codec::UnicodeEscape:
        return "unicodeescape";
    case Codec::RawUnicodeEscape:
        return "rawunicodeescape";
    case Codec::FirstCharmap:
        break;
    }
    return is_charmap(codec) ? "charmap" : "utf-8";
}

Result<std::string> encode_with_codec(Vm& vm, Codec codec, Str& str, std::string_view errors)
{
    Encoder encoder {vm, codec, str, errors, parse_error_handler(errors), {}};
    TRY(encoder.run());
    return std::move(encoder.out);
}

Result<Ref<Str>> decode_with_codec(Vm& vm, Codec codec, std::string_view data, std::string_view errors,
    Value source, bool final, int64_t* consumed)
{
    Decoder decoder {vm, codec, data, errors, parse_error_handler(errors), source, {}, codec, final, 0};
    Ref<Str> text = TRY(decoder.run());
    if (consumed)
        *consumed = decoder.consumed;
    return text;
}

Result<Ref<Bytes>> encode_str(Vm& vm, Str& str, Value encoding, Value errors)
{
    Codec codec = TRY(codec_argument(vm, encoding, "encode"));
    std::string errors_name
        = errors ? TRY(text_argument(vm, errors, "encode", "errors")) : std::string("strict");
    std::string out = TRY(encode_with_codec(vm, codec, str, errors_name));
    return new_bytes(vm, out);
}

Result<Ref<Str>> decode_bytes(
    Vm& vm, std::string_view data, Value encoding, Value errors, Value source, char const* function_name)
{
    Codec codec = TRY(codec_argument(vm, encoding, function_name));
    std::string errors_name
        = errors ? TRY(text_argument(vm, errors, function_name, "errors")) : std::string("strict");
    return decode_with_codec(vm, codec, data, errors_name, source);
}

Result<Ref<Str>> decode_utf8_strict(Vm& vm, std::string_view data)
{
    return decode_with_codec(vm, Codec::Utf8, data, "strict", Value {});
}

Result<Ref<>> str_encode(Vm& vm, Args args)
{
    Ref<Bytes> bytes = TRY(encode_str(vm, as_str(args[0]), args[1], args[2]));
    return Ref<>(std::move(bytes));
}

} // namespace taipan
