// repr() of str, bytes, float and complex, character for character as CPython 3.11
// writes them (Objects/unicodeobject.c, bytesobject.c, floatobject.c, complexobject.c
// behaviour; the rules are restated at each function).
#include "support/python_repr.h"

#include "support/unicode.h"
#include "support/utf8.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace taipan {

namespace {

    constexpr char hex_digits[] = "0123456789abcdef";

    void append_hex_escape(std::string& out, char letter, uint32_t value, int digits)
    {
        out += '\\';
        out += letter;
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            out += hex_digits[(value >> shift) & 0xF];
    }

    // CPython: repr uses single quotes unless the text contains a single quote and no
    // double quote.
    char choose_quote(std::string_view text)
    {
        bool has_single = text.find('\'') != std::string_view::npos;
        bool has_double = text.find('"') != std::string_view::npos;
        return has_single && !has_double ? '"' : '\'';
    }

    // Appends the escape for an ASCII character shared by str and bytes reprs; returns
    // false for characters that are not ASCII.
    bool append_ascii(std::string& out, uint32_t c, char quote)
    {
        if (c >= 0x80)
            return false;
        if (c == uint32_t(quote) || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c == 0x7F) {
            append_hex_escape(out, 'x', c, 2);
        } else {
            out += char(c);
        }
        return true;
    }

    // Shortest round-trip digits of a finite, non-zero |value|: the digits without
    // leading or trailing zeros, and the decimal exponent of the point, so that
    // value = 0.DIGITS * 10**decimal_point.
    struct ShortestDigits {
        char digits[32];
        int count;
        int decimal_point;
    };

    ShortestDigits shortest_digits(double value)
    {
        char buffer[64];
        auto result = std::to_chars(
            buffer, buffer + sizeof buffer - 1, std::fabs(value), std::chars_format::scientific);
        *result.ptr = '\0';
        // The form is D[.DDD]e[+-]XX.
        ShortestDigits digits {};
        char const* p = buffer;
        for (; p < result.ptr && *p != 'e'; ++p) {
            if (*p != '.')
                digits.digits[digits.count++] = *p;
        }
        int exponent = std::atoi(p + 1);
        while (digits.count > 1 && digits.digits[digits.count - 1] == '0')
            --digits.count;
        digits.decimal_point = exponent + 1;
        return digits;
    }

} // namespace

void append_python_str_repr(std::string& out, std::string_view text)
{
    char quote = choose_quote(text);
    out += quote;
    for (size_t index = 0; index < text.size();) {
        auto decoded = utf8::decode(text, index);
        char32_t c = decoded.code_point;
        if (!append_ascii(out, c, quote)) {
            // Malformed bytes (never produced by the front end) decode as U+FFFD; the
            // output stays valid UTF-8.
            if (!decoded.valid)
                utf8::append(out, c);
            else if (unicode::is_printable(c))
                out.append(text.substr(index, decoded.length));
            else if (c <= 0xFF)
                append_hex_escape(out, 'x', c, 2);
            else if (c <= 0xFFFF)
                append_hex_escape(out, 'u', c, 4);
            else
                append_hex_escape(out, 'U', c, 8);
        }
        index += decoded.length;
    }
    out += quote;
}

void append_python_bytes_repr(std::string& out, std::string_view bytes)
{
    char quote = choose_quote(bytes);
    out += 'b';
    out += quote;
    for (char byte : bytes) {
        uint8_t c = uint8_t(byte);
        if (!append_ascii(out, c, quote))
            append_hex_escape(out, 'x', c, 2);
    }
    out += quote;
}

namespace {

    // CPython's float_repr_style 'short' with format code 'r': the shortest digits that
    // round-trip, in positional notation when -4 < decimal_point <= 16 and otherwise in
    // exponent notation with at least two exponent digits. `add_dot_zero` appends ".0" to
    // integral positional results (float repr does, the parts of a complex repr do not).
    void append_double(std::string& out, double value, bool add_dot_zero, bool always_sign)
    {
        if (std::isnan(value)) {
            out += always_sign ? "+nan" : "nan";
            return;
        }
        if (std::signbit(value))
            out += '-';
        else if (always_sign)
            out += '+';
        if (std::isinf(value)) {
            out += "inf";
            return;
        }
        if (value == 0) {
            out += add_dot_zero ? "0.0" : "0";
            return;
        }
        ShortestDigits digits = shortest_digits(value);
        std::string_view mantissa(digits.digits, digits.count);
        int point = digits.decimal_point;
        if (point > -4 && point <= 16) {
            if (point <= 0) {
                out += "0.";
                out.append(size_t(-point), '0');
                out += mantissa;
            } else if (point >= digits.count) {
                out += mantissa;
                out.append(size_t(point - digits.count), '0');
                if (add_dot_zero)
                    out += ".0";
            } else {
                out += mantissa.substr(0, point);
                out += '.';
                out += mantissa.substr(point);
            }
            return;
        }
        out += mantissa[0];
        if (digits.count > 1) {
            out += '.';
            out += mantissa.substr(1);
        }
        int exponent = point - 1;
        out += 'e';
        out += exponent < 0 ? '-' : '+';
        int magnitude = std::abs(exponent);
        if (magnitude < 10)
            out += '0';
        out += std::to_string(magnitude);
    }

} // namespace

void append_python_float_repr(std::string& out, double value)
{
    append_double(out, value, true, false);
}

// CPython: a complex with a real part of +0.0 prints as its imaginary part alone
// ("1j", "-0j", "nanj"); otherwise "(real±imagj)". NaN parts never show a minus sign.
void append_python_complex_repr(std::string& out, double real, double imag)
{
    if (real == 0 && !std::signbit(real)) {
        append_double(out, imag, false, false);
        out += 'j';
        return;
    }
    out += '(';
    append_double(out, real, false, false);
    append_double(out, imag, false, true);
    out += "j)";
}

std::string python_str_repr(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    append_python_str_repr(out, text);
    return out;
}

std::string python_bytes_repr(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + 3);
    append_python_bytes_repr(out, bytes);
    return out;
}

std::string python_float_repr(double value)
{
    std::string out;
    append_python_float_repr(out, value);
    return out;
}

std::string python_complex_repr(double real, double imag)
{
    std::string out;
    append_python_complex_repr(out, real, imag);
    return out;
}

} // namespace taipan
