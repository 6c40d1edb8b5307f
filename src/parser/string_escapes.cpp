// Escape decoding for str and bytes literals. The str decoder reproduces CPython's
// positions in its error messages, which count bytes of an intermediate text in which
// every non-ASCII character has been spelled as a \UXXXXXXXX escape.
#include "parser/string_escapes.h"

#include "support/unicode.h"
#include "support/utf8.h"

#include <cstdio>

namespace taipan {

namespace {

    int hex_digit_value(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // The one-character escapes str and bytes literals share (\\ \' \" \a \b \f \n \r
    // \t \v): their value, or 0 when `c` starts another kind of escape.
    char simple_escape_value(char c)
    {
        switch (c) {
        case '\\':
        case '\'':
        case '"':
            return c;
        case 'a':
            return '\a';
        case 'b':
            return '\b';
        case 'f':
            return '\f';
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        case 'v':
            return '\v';
        default:
            return 0;
        }
    }

    bool is_octal_digit(char c)
    {
        return c >= '0' && c <= '7';
    }

    bool has_non_ascii(std::string_view text)
    {
        for (char c : text) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return true;
        }
        return false;
    }

    // CPython: before decoding, the parser rewrites each non-ASCII character as a
    // "\U%08x" escape (and a backslash that precedes one, or ends the text, as "\u005c"),
    // so the decoder only ever sees ASCII. The positions in its error messages count
    // bytes of this rewritten text, so Taipan builds the same text when it matters.
    std::string spell_non_ascii_as_escapes(std::string_view body)
    {
        std::string spelled;
        spelled.reserve(body.size() * 2);
        size_t index = 0;
        while (index < body.size()) {
            if (body[index] == '\\') {
                spelled += body[index++];
                if (index >= body.size() || static_cast<unsigned char>(body[index]) >= 0x80) {
                    spelled += "u005c";
                    if (index >= body.size())
                        break;
                }
            }
            if (static_cast<unsigned char>(body[index]) >= 0x80) {
                while (index < body.size() && static_cast<unsigned char>(body[index]) >= 0x80) {
                    auto decoded = utf8::decode(body, index);
                    char escape[16];
                    std::snprintf(
                        escape, sizeof escape, "\\U%08x", static_cast<unsigned>(decoded.code_point));
                    spelled += escape;
                    index += decoded.length;
                }
            } else {
                spelled += body[index++];
            }
        }
        return spelled;
    }

    // The message of the UnicodeDecodeError the codec raises for text[start, end), as
    // CPython words it once the parser has turned it into a SyntaxError.
    EscapeError unicode_escape_error(std::string_view text, size_t start, size_t end, char const* reason)
    {
        char buffer[160];
        if (end == start + 1 && start < text.size()) {
            std::snprintf(buffer, sizeof buffer,
                "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %zu: %s",
                static_cast<unsigned char>(text[start]), start, reason);
        } else {
            std::snprintf(buffer, sizeof buffer,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start,
                end - 1, reason);
        }
        return EscapeError {buffer};
    }

    // Decodes ASCII text with backslash escapes (the 'unicodeescape' codec).
    Result<void, EscapeError> decode_unicode_escapes(std::string_view text, std::string& out)
    {
        size_t index = 0;
        size_t const size = text.size();
        while (index < size) {
            char c = text[index];
            if (c != '\\') {
                out += c;
                ++index;
                continue;
            }
            size_t const start = index++;
            if (index >= size) {
                // CPython: a backslash that ends the text (an f-string literal cut before a
                // brace, as in f"\{x}") was rewritten as "\u005c": it stays a backslash.
                out += '\\';
                break;
            }
            c = text[index++];
            if (c == '\n')
                continue;
            if (char value = simple_escape_value(c)) {
                out += value;
                continue;
            }
            switch (c) {
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7': {
                // Up to three digits; values above 0o377 are kept (CPython only warns).
                char32_t value = c - '0';
                for (int digits = 1; digits < 3 && index < size && is_octal_digit(text[index]); ++digits)
                    value = value * 8 + (text[index++] - '0');
                utf8::append(out, value);
                break;
            }
            case 'x':
            case 'u':
            case 'U': {
                int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                char const* reason = c == 'x' ? "truncated \\xXX escape"
                    : c == 'u'                ? "truncated \\uXXXX escape"
                                              : "truncated \\UXXXXXXXX escape";
                uint32_t value = 0;
                for (; count > 0; --count, ++index) {
                    int digit = index < size ? hex_digit_value(text[index]) : -1;
                    if (digit < 0)
                        return Failure {unicode_escape_error(text, start, index, reason)};
                    value = value * 16 + digit;
                }
                if (value > 0x10FFFF)
                    return Failure {unicode_escape_error(text, start, index, "illegal Unicode character")};
                utf8::append(out, value);
                break;
            }
            case 'N': {
                char const* reason = "malformed \\N character escape";
                if (index < size && text[index] == '{') {
                    size_t const name_start = ++index;
                    while (index < size && text[index] != '}')
                        ++index;
                    if (index < size && index > name_start) {
                        std::string_view name = text.substr(name_start, index - name_start);
                        ++index;
                        if (auto code_point = unicode::lookup_name(name)) {
                            utf8::append(out, *code_point);
                            break;
                        }
                        reason = "unknown Unicode character name";
                    }
                }
                return Failure {unicode_escape_error(text, start, index, reason)};
            }
            default:
                // An unknown escape stays as written (a DeprecationWarning in CPython).
                out += '\\';
                out += c;
                break;
            }
        }
        return {};
    }

} // namespace

Result<void, EscapeError> decode_string_escapes(std::string_view body, std::string& out)
{
    if (body.find('\\') == std::string_view::npos) {
        out += body;
        return {};
    }
    if (!has_non_ascii(body))
        return decode_unicode_escapes(body, out);
    return decode_unicode_escapes(spell_non_ascii_as_escapes(body), out);
}

Result<void, EscapeError> decode_bytes_escapes(std::string_view body, std::string& out)
{
    size_t index = 0;
    size_t const size = body.size();
    while (index < size) {
        char c = body[index];
        if (c != '\\') {
            out += c;
            ++index;
            continue;
        }
        size_t const start = index++;
        if (index >= size)
            return Failure {EscapeError {"(value error) Trailing \\ in string"}};
        c = body[index++];
        if (c == '\n')
            continue;
        if (char value = simple_escape_value(c)) {
            out += value;
            continue;
        }
        switch (c) {
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            // CPython: values above 0o377 keep only their low eight bits (b"\777" is b"\xff").
            unsigned value = c - '0';
            for (int digits = 1; digits < 3 && index < size && is_octal_digit(body[index]); ++digits)
                value = value * 8 + (body[index++] - '0');
            out += static_cast<char>(value & 0xFF);
            break;
        }
        case 'x': {
            int high = index + 1 < size ? hex_digit_value(body[index]) : -1;
            int low = index + 1 < size ? hex_digit_value(body[index + 1]) : -1;
            if (high < 0 || low < 0)
                return Failure {
                    EscapeError {"(value error) invalid \\x escape at position " + std::to_string(start)}};
            out += static_cast<char>(high * 16 + low);
            index += 2;
            break;
        }
        default:
            out += '\\';
            out += c;
            break;
        }
    }
    return {};
}

} // namespace taipan
