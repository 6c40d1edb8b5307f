// Text conversions of Python floats: float(str), float.hex/fromhex and round(x, n).
// Decimal conversions go through std::from_chars/std::to_chars, which are exact.
#include "objects/float_text.h"

#include "support/python_repr.h"
#include "support/utf8.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

namespace taipan {

namespace {

    // str.isspace() characters: the strip() that float() and float.fromhex() apply.
    bool is_python_space(char32_t c)
    {
        switch (c) {
        case '\t':
        case '\n':
        case '\v':
        case '\f':
        case '\r':
        case 0x1C:
        case 0x1D:
        case 0x1E:
        case 0x1F:
        case ' ':
        case 0x85:
        case 0xA0:
        case 0x1680:
        case 0x2028:
        case 0x2029:
        case 0x202F:
        case 0x205F:
        case 0x3000:
            return true;
        default:
            return c >= 0x2000 && c <= 0x200A;
        }
    }

    std::string_view strip_python_space(std::string_view text)
    {
        size_t start = 0;
        while (start < text.size()) {
            utf8::Decoded decoded = utf8::decode(text, start);
            if (!is_python_space(decoded.code_point))
                break;
            start += size_t(decoded.length);
        }
        size_t end = text.size();
        while (end > start) {
            size_t previous = end - 1;
            while (previous > start && (static_cast<uint8_t>(text[previous]) & 0xC0) == 0x80)
                --previous;
            if (!is_python_space(utf8::decode(text, previous).code_point))
                break;
            end = previous;
        }
        return text.substr(start, end - start);
    }

    bool equals_ignoring_case(std::string_view text, std::string_view lower)
    {
        if (text.size() != lower.size())
            return false;
        for (size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c != lower[i])
                return false;
        }
        return true;
    }

    // "inf", "infinity" or "nan" after an optional sign.
    bool parse_special(std::string_view text, bool negative, double& value)
    {
        if (equals_ignoring_case(text, "inf") || equals_ignoring_case(text, "infinity")) {
            value = negative ? -std::numeric_limits<double>::infinity()
                             : std::numeric_limits<double>::infinity();
            return true;
        }
        if (equals_ignoring_case(text, "nan")) {
            value = negative ? -std::numeric_limits<double>::quiet_NaN()
                             : std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        return false;
    }

    bool is_digit(char c)
    {
        return c >= '0' && c <= '9';
    }

    // Copies a run of digits with single underscores between them into `out`.
    bool copy_digits(std::string_view text, size_t& position, std::string& out)
    {
        size_t start = position;
        while (position < text.size()) {
            char c = text[position];
            if (is_digit(c)) {
                out += c;
                ++position;
            } else if (c == '_' && position > start && position + 1 < text.size()
                && is_digit(text[position + 1])) {
                ++position;
            } else {
                break;
            }
        }
        return position > start;
    }

    int hex_value(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

} // namespace

void append_float_repr(std::string& out, double value)
{
    append_python_float_repr(out, value);
}

FormatResult<double> parse_float(std::string_view original)
{
    auto fail = [&] {
        return Failure {FormatError {FormatError::Kind::ValueError,
            "could not convert string to float: " + python_str_repr(original)}};
    };
    std::string_view text = strip_python_space(original);
    size_t position = 0;
    bool negative = false;
    if (position < text.size() && (text[position] == '+' || text[position] == '-'))
        negative = text[position++] == '-';
    double special;
    if (parse_special(text.substr(position), negative, special))
        return special;
    // The literal without underscores, for from_chars.
    std::string literal;
    if (negative)
        literal += '-';
    bool integer_digits = copy_digits(text, position, literal);
    bool fraction_digits = false;
    int64_t significant_position = 0; // decimal exponent of the first nonzero digit's place
    if (position < text.size() && text[position] == '.') {
        literal += '.';
        ++position;
        fraction_digits = copy_digits(text, position, literal);
    }
    if (!integer_digits && !fraction_digits)
        return fail();
    std::string exponent_text;
    if (position < text.size() && (text[position] == 'e' || text[position] == 'E')) {
        literal += 'e';
        ++position;
        if (position < text.size() && (text[position] == '+' || text[position] == '-')) {
            literal += text[position];
            exponent_text += text[position++];
        }
        size_t digits_start = literal.size();
        if (!copy_digits(text, position, literal))
            return fail();
        exponent_text += literal.substr(digits_start);
    }
    if (position != text.size())
        return fail();
    double value = 0;
    auto result = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
        // Decide between overflow (infinity) and underflow (zero) from the position of
        // the first nonzero digit and the exponent.
        size_t point = literal.find('.');
        size_t mantissa_end = literal.find('e');
        if (mantissa_end == std::string::npos)
            mantissa_end = literal.size();
        if (point == std::string::npos || point > mantissa_end)
            point = mantissa_end;
        size_t first = literal.find_first_of("123456789");
        significant_position = first < point ? int64_t(point - first) : -int64_t(first - point - 1);
        int64_t exponent = 0;
        for (char c : exponent_text) {
            if (is_digit(c) && exponent < 100000)
                exponent = exponent * 10 + (c - '0');
        }
        if (!exponent_text.empty() && exponent_text[0] == '-')
            exponent = -exponent;
        bool overflow = significant_position + exponent > 0;
        value = overflow ? std::numeric_limits<double>::infinity() : 0.0;
        if (negative)
            value = -value;
    }
    return value;
}

void append_float_hex(std::string& out, double value)
{
    if (std::isnan(value)) {
        out += "nan";
        return;
    }
    if (std::signbit(value))
        out += '-';
    if (std::isinf(value)) {
        out += "inf";
        return;
    }
    if (value == 0) {
        out += "0x0.0p+0";
        return;
    }
    uint64_t bits = std::bit_cast<uint64_t>(value);
    int biased_exponent = int((bits >> 52) & 0x7FF);
    uint64_t fraction = bits & ((uint64_t(1) << 52) - 1);
    int exponent = biased_exponent == 0 ? -1022 : biased_exponent - 1023;
    out += biased_exponent == 0 ? "0x0." : "0x1.";
    char digits[16];
    for (int i = 12; i >= 0; --i) {
        digits[i] = "0123456789abcdef"[fraction & 0xF];
        fraction >>= 4;
    }
    out.append(digits, 13);
    out += 'p';
    out += exponent < 0 ? '-' : '+';
    char buffer[8];
    out.append(
        buffer, std::to_chars(buffer, buffer + sizeof buffer, exponent < 0 ? -exponent : exponent).ptr);
}

FormatResult<double> float_from_hex(std::string_view original)
{
    auto invalid = [] {
        return Failure {
            FormatError {FormatError::Kind::ValueError, "invalid hexadecimal floating-point string"}};
    };
    auto too_large = [] {
        return Failure {FormatError {
            FormatError::Kind::OverflowError, "hexadecimal value too large to represent as a float"}};
    };
    std::string_view text = strip_python_space(original);
    size_t position = 0;
    bool negative = false;
    if (position < text.size() && (text[position] == '+' || text[position] == '-'))
        negative = text[position++] == '-';
    double special;
    if (parse_special(text.substr(position), negative, special))
        return special;
    if (position + 1 < text.size() && text[position] == '0'
        && (text[position + 1] == 'x' || text[position + 1] == 'X'))
        position += 2;
    // Keep the first 15 significant hex digits (60 bits) and whether any later digit is
    // nonzero; `exponent` is the power of two of the kept digits' last place.
    uint64_t mantissa = 0;
    int kept = 0;
    bool sticky = false;
    int64_t exponent = 0;
    bool any_digit = false;
    bool seen_point = false;
    for (; position < text.size(); ++position) {
        char c = text[position];
        if (c == '.' && !seen_point) {
            seen_point = true;
            continue;
        }
        int digit = hex_value(c);
        if (digit < 0)
            break;
        any_digit = true;
        if (kept < 15) {
            if (mantissa != 0 || digit != 0) {
                mantissa = mantissa * 16 + uint64_t(digit);
                ++kept;
            }
            if (seen_point)
                exponent -= 4;
        } else {
            sticky |= digit != 0;
            if (!seen_point)
                exponent += 4;
        }
    }
    if (!any_digit)
        return invalid();
    if (position < text.size() && (text[position] == 'p' || text[position] == 'P')) {
        ++position;
        bool exponent_negative = false;
        if (position < text.size() && (text[position] == '+' || text[position] == '-'))
            exponent_negative = text[position++] == '-';
        size_t start = position;
        int64_t written = 0;
        while (position < text.size() && is_digit(text[position])) {
            if (written < 1'000'000'000)
                written = written * 10 + (text[position] - '0');
            ++position;
        }
        if (position == start)
            return invalid();
        exponent += exponent_negative ? -written : written;
    }
    // CPython: a value too large is reported even when junk follows it.
    double sign = negative ? -1.0 : 1.0;
    bool complete = position == text.size();
    if (mantissa == 0)
        return complete ? FormatResult<double>(sign * 0.0) : invalid();
    int length = 64 - std::countl_zero(mantissa);
    int64_t top = exponent + length - 1; // the power of two of the leading bit
    if (top > 1023)
        return too_large();
    // Bits the result can hold: 53, fewer for subnormals.
    int64_t precision = top >= -1022 ? 53 : 53 - (-1022 - top);
    if (precision < 0)
        return complete ? FormatResult<double>(sign * 0.0) : invalid();
    int64_t drop = length - precision;
    if (drop > 0) {
        uint64_t dropped = drop >= 64 ? mantissa : mantissa & ((uint64_t(1) << drop) - 1);
        uint64_t half = uint64_t(1) << (drop - 1);
        uint64_t kept_bits = drop >= 64 ? 0 : mantissa >> drop;
        bool round_up = dropped > half || (dropped == half && (sticky || (kept_bits & 1)));
        mantissa = kept_bits + (round_up ? 1 : 0);
        exponent += drop;
        if (mantissa != 0 && exponent + (64 - std::countl_zero(mantissa)) - 1 > 1023)
            return too_large();
    }
    if (!complete)
        return invalid();
    return sign * std::ldexp(double(mantissa), int(exponent));
}

FormatResult<double> round_double(double value, int64_t ndigits)
{
    // CPython: beyond these, every double is already a multiple of 10**-ndigits, or
    // rounds to zero.
    if (ndigits > 323 || !std::isfinite(value) || value == 0)
        return value;
    if (ndigits < -308)
        return std::copysign(0.0, value);
    std::string text;
    if (ndigits >= 0) {
        char buffer[1500];
        auto result
            = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, int(ndigits));
        text.assign(buffer, result.ptr);
    } else {
        // The exact decimal value, then half-even rounding at the 10**-ndigits place.
        char buffer[1500];
        auto result
            = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed, 1100);
        std::string_view exact(buffer, size_t(result.ptr - buffer));
        size_t point = exact.find('.');
        std::string_view integer = exact.substr(0, point);
        bool fraction_nonzero = exact.find_first_of("123456789", point) != std::string_view::npos;
        size_t places = size_t(-ndigits);
        std::string kept;
        char first_dropped = '0';
        bool rest_nonzero = fraction_nonzero;
        if (integer.size() > places) {
            kept = std::string(integer.substr(0, integer.size() - places));
            std::string_view dropped = integer.substr(integer.size() - places);
            first_dropped = dropped[0];
            rest_nonzero |= dropped.substr(1).find_first_not_of('0') != std::string_view::npos;
        } else {
            kept = "0";
            if (integer.size() == places) {
                first_dropped = integer[0];
                rest_nonzero |= integer.substr(1).find_first_not_of('0') != std::string_view::npos;
            } else {
                rest_nonzero |= integer.find_first_not_of('0') != std::string_view::npos;
            }
        }
        bool round_up
            = first_dropped > '5' || (first_dropped == '5' && (rest_nonzero || (kept.back() - '0') % 2 == 1));
        if (round_up) {
            size_t i = kept.size();
            while (i > 0 && kept[i - 1] == '9')
                kept[--i] = '0';
            if (i == 0)
                kept.insert(kept.begin(), '1');
            else
                ++kept[i - 1];
        }
        text = value < 0 ? "-" : "";
        text += kept;
        text += 'e';
        text += std::to_string(places);
    }
    double rounded = 0;
    auto result = std::from_chars(text.data(), text.data() + text.size(), rounded);
    if (result.ec == std::errc::result_out_of_range || std::isinf(rounded))
        return Failure {
            FormatError {FormatError::Kind::OverflowError, "rounded value too large to represent"}};
    // CPython: a result of zero keeps the sign of the input.
    if (rounded == 0)
        rounded = std::copysign(0.0, value);
    return rounded;
}

} // namespace taipan
