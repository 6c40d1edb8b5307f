// The format-spec mini-language: parsing with CPython 3.11's validation order and messages,
// then float, int and str presentation (padding, alignment, sign, grouping, alternate
// forms). Digits come from std::to_chars, which rounds exactly like CPython's dtoa.
#include "objects/format_spec.h"

#include "support/python_repr.h"
#include "support/utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace taipan {

namespace {

    FormatError value_error(std::string message)
    {
        return FormatError {FormatError::Kind::ValueError, std::move(message)};
    }

    bool is_digit(char c)
    {
        return c >= '0' && c <= '9';
    }

    bool is_align(char c)
    {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    // CPython names a presentation type by the character itself when it is printable ASCII
    // and by '\x' + its hex value otherwise (no leading zeros: '\x1').
    std::string quoted_type(char32_t type)
    {
        std::string out = "'";
        if (type > 32 && type < 128) {
            out += char(type);
        } else {
            char buffer[16];
            auto end = std::to_chars(buffer, buffer + sizeof buffer, uint32_t(type), 16).ptr;
            out += "\\x";
            out.append(buffer, end);
        }
        out += '\'';
        return out;
    }

    FormatError unknown_code(char32_t type, std::string_view type_name)
    {
        std::string message = "Unknown format code " + quoted_type(type) + " for object of type '";
        message += type_name;
        message += '\'';
        return value_error(std::move(message));
    }

    // Parses a run of decimal digits at spec[position]; -1 when there are none.
    FormatResult<int64_t> parse_number(std::string_view spec, size_t& position)
    {
        int64_t value = -1;
        while (position < spec.size() && is_digit(spec[position])) {
            int digit = spec[position] - '0';
            if (value < 0)
                value = 0;
            if (value > (std::numeric_limits<int64_t>::max() - digit) / 10)
                return Failure {value_error("Too many decimal digits in format string")};
            value = value * 10 + digit;
            ++position;
        }
        return value;
    }

    void append_fill(std::string& out, char32_t fill, int64_t count)
    {
        if (count <= 0)
            return;
        if (fill < 0x80) {
            out.append(size_t(count), char(fill));
            return;
        }
        for (int64_t i = 0; i < count; ++i)
            utf8::append(out, fill);
    }

    // Pads `body` (already in `out` from `start`, `length` code points) to the spec's width.
    void align_in_place(std::string& out, size_t start, int64_t length, FormatSpec const& spec, char align)
    {
        int64_t padding = spec.width - length;
        if (padding <= 0)
            return;
        int64_t left = 0;
        if (align == '>' || align == '=')
            left = padding;
        else if (align == '^')
            left = padding / 2;
        int64_t right = padding - left;
        if (left > 0) {
            std::string fill;
            append_fill(fill, spec.fill, left);
            out.insert(start, fill);
        }
        append_fill(out, spec.fill, right);
    }

    // A number laid out as sign, prefix ("0x"), integer digits (grouped) and the rest
    // (fraction, exponent, '%'), padded as the spec says. `digits` may be "inf" or "nan",
    // which are never grouped.
    void append_number(std::string& out, std::string_view sign, std::string_view prefix,
        std::string_view digits, std::string_view rest, FormatSpec const& spec, int group_size,
        bool numeric = true)
    {
        char align = spec.align ? spec.align : '>';
        char separator = spec.grouping;
        if (!numeric)
            separator = 0;
        int64_t fixed = int64_t(sign.size() + prefix.size() + rest.size());
        int64_t digit_count = int64_t(digits.size());
        int64_t leading_zeros = 0;
        auto grouped_length
            = [&](int64_t count) { return separator ? count + (count - 1) / group_size : count; };
        // CPython: zero padding with '=' pads the digits themselves, so the separators run
        // through the zeros ("00,001,234"), never starting with a separator.
        if (spec.fill == '0' && align == '=' && numeric && spec.width > 0) {
            while (fixed + grouped_length(digit_count + leading_zeros) < spec.width)
                ++leading_zeros;
        }
        int64_t total_digits = digit_count + leading_zeros;
        int64_t length = fixed + grouped_length(total_digits);
        int64_t padding = spec.width > length ? spec.width - length : 0;
        int64_t left = 0, middle = 0, right = 0;
        switch (align) {
        case '<':
            right = padding;
            break;
        case '^':
            left = padding / 2;
            right = padding - left;
            break;
        case '=':
            middle = padding;
            break;
        default:
            left = padding;
            break;
        }
        append_fill(out, spec.fill, left);
        out += sign;
        out += prefix;
        append_fill(out, spec.fill, middle);
        if (!separator) {
            out.append(size_t(leading_zeros), '0');
            out += digits;
        } else {
            for (int64_t i = 0; i < total_digits; ++i) {
                if (i > 0 && (total_digits - i) % group_size == 0)
                    out += separator;
                out += i < leading_zeros ? '0' : digits[size_t(i - leading_zeros)];
            }
        }
        out += rest;
        append_fill(out, spec.fill, right);
    }

    // Digits of |value| for the float presentations: the significant digits and the decimal
    // exponent of the first one, from std::to_chars in scientific notation (shortest when
    // `precision` < 0, else 1 + precision digits, correctly rounded).
    struct DecimalDigits {
        std::string digits;
        int exponent;
    };

    // to_chars needs the whole text in a buffer; no double has more than 767 significant
    // or 1074 fractional digits, so larger precisions only add zeros after these caps.
    constexpr int max_scientific_precision = 800;
    constexpr int max_fixed_precision = 1100;

    DecimalDigits scientific_digits(double magnitude, int64_t precision)
    {
        char buffer[max_scientific_precision + 32];
        std::to_chars_result result;
        if (precision < 0)
            result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::scientific);
        else
            result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::scientific,
                int(std::min<int64_t>(precision, max_scientific_precision)));
        DecimalDigits out;
        char const* p = buffer;
        for (; *p != 'e'; ++p) {
            if (*p != '.')
                out.digits += *p;
        }
        std::from_chars(p + (p[1] == '+' ? 2 : 1), result.ptr, out.exponent);
        if (precision > max_scientific_precision)
            out.digits.append(size_t(precision - max_scientific_precision), '0');
        return out;
    }

    void append_exponent(std::string& out, int exponent, bool upper)
    {
        out += upper ? 'E' : 'e';
        out += exponent < 0 ? '-' : '+';
        unsigned magnitude = unsigned(exponent < 0 ? -exponent : exponent);
        if (magnitude < 10)
            out += '0';
        char buffer[8];
        out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, magnitude).ptr);
    }

    // Lays out significant digits in fixed or exponent notation ('g' and repr styles).
    void layout_digits(std::string& out, DecimalDigits const& decimal, bool use_exponent, bool alternate,
        bool add_dot_zero, bool upper)
    {
        std::string_view digits = decimal.digits;
        int exponent = decimal.exponent;
        if (use_exponent) {
            out += digits[0];
            if (digits.size() > 1 || alternate)
                out += '.';
            out += digits.substr(1);
            append_exponent(out, exponent, upper);
            return;
        }
        std::string_view fraction;
        if (exponent >= 0) {
            size_t integer_digits = size_t(exponent) + 1;
            if (digits.size() <= integer_digits) {
                out += digits;
                out.append(integer_digits - digits.size(), '0');
            } else {
                out += digits.substr(0, integer_digits);
                fraction = digits.substr(integer_digits);
            }
            if (fraction.empty()) {
                if (add_dot_zero)
                    out += ".0";
                else if (alternate)
                    out += '.';
                return;
            }
            out += '.';
            out += fraction;
            return;
        }
        out += "0.";
        out.append(size_t(-exponent - 1), '0');
        out += digits;
    }

    void strip_trailing_zeros(DecimalDigits& decimal)
    {
        size_t end = decimal.digits.size();
        while (end > 1 && decimal.digits[end - 1] == '0')
            --end;
        decimal.digits.resize(end);
    }

    // The unsigned text of a finite |value| for a float presentation type.
    void append_float_body(
        std::string& out, double magnitude, char32_t type, int64_t precision, bool alternate)
    {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        switch (type) {
        case 'e':
        case 'E': {
            if (precision < 0)
                precision = 6;
            DecimalDigits decimal = scientific_digits(magnitude, precision);
            layout_digits(out, decimal, true, alternate, false, upper);
            return;
        }
        case 'f':
        case 'F':
        case '%': {
            if (precision < 0)
                precision = 6;
            if (type == '%')
                magnitude *= 100;
            char buffer[max_fixed_precision + 400];
            int capped = int(std::min<int64_t>(precision, max_fixed_precision));
            auto result
                = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::fixed, capped);
            out.append(buffer, result.ptr);
            if (precision > capped)
                out.append(size_t(precision - capped), '0');
            if (precision == 0 && alternate)
                out += '.';
            if (type == '%')
                out += '%';
            return;
        }
        case 'g':
        case 'G':
        case 'n': {
            if (precision < 0)
                precision = 6;
            if (precision == 0)
                precision = 1;
            DecimalDigits decimal = scientific_digits(magnitude, precision - 1);
            if (!alternate)
                strip_trailing_zeros(decimal);
            bool use_exponent = decimal.exponent < -4 || decimal.exponent >= precision;
            layout_digits(out, decimal, use_exponent, alternate, false, upper);
            return;
        }
        default: {
            // No type: repr's shortest digits without a precision; with one, 'g' whose switch
            // to exponent notation comes one digit earlier, and always a fractional digit.
            DecimalDigits decimal;
            int64_t threshold = 16;
            if (precision < 0) {
                decimal = scientific_digits(magnitude, -1);
            } else {
                if (precision == 0)
                    precision = 1;
                decimal = scientific_digits(magnitude, precision - 1);
                if (!alternate)
                    strip_trailing_zeros(decimal);
                threshold = precision - 1;
            }
            bool use_exponent = decimal.exponent < -4 || decimal.exponent >= threshold;
            layout_digits(out, decimal, use_exponent, alternate, true, false);
            return;
        }
        }
    }

    // Applies the sign rules and layout to an unsigned float text in `body`.
    void append_signed_float(std::string& out, bool negative, std::string_view body, FormatSpec const& spec)
    {
        std::string_view sign;
        if (negative)
            sign = "-";
        else if (spec.sign == '+')
            sign = "+";
        else if (spec.sign == ' ')
            sign = " ";
        size_t integer_end = 0;
        while (integer_end < body.size() && is_digit(body[integer_end]))
            ++integer_end;
        bool numeric = integer_end > 0;
        if (!numeric)
            integer_end = body.size() - (body.size() > 0 && body.back() == '%' ? 1 : 0);
        append_number(out, sign, {}, body.substr(0, integer_end), body.substr(integer_end), spec, 3, numeric);
    }

    bool mantissa_is_zero(std::string_view body)
    {
        for (char c : body) {
            if (c == 'e' || c == 'E' || c == '%')
                break;
            if (c >= '1' && c <= '9')
                return false;
        }
        return true;
    }

    class Int64Digits final : public IntegerDigits {
    public:
        explicit Int64Digits(int64_t value)
            : m_value(value)
        {
        }
        bool is_negative() const override { return m_value < 0; }
        void append_magnitude(std::string& out, int base) const override
        {
            uint64_t magnitude = m_value < 0 ? 0 - uint64_t(m_value) : uint64_t(m_value);
            char buffer[72];
            out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, magnitude, base).ptr);
        }
        FormatResult<double> to_double() const override { return double(m_value); }

    private:
        int64_t m_value;
    };

    // The digits of |value| in `base` (uppercase hex when `upper`), written to `buffer`
    // (72 bytes hold 64 binary digits); returns their end.
    char* int64_magnitude_digits(char* buffer, int64_t value, int base, bool upper)
    {
        uint64_t magnitude = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
        char* end = std::to_chars(buffer, buffer + 72, magnitude, base).ptr;
        if (upper) {
            for (char* c = buffer; c < end; ++c) {
                if (*c >= 'a' && *c <= 'f')
                    *c = char(*c - 'a' + 'A');
            }
        }
        return end;
    }

    // Appends `sign` (0 for none) and `digits` padded to `width` with an ASCII `fill`:
    // '=' pads between the sign and the digits.
    void append_padded_int(
        std::string& out, char sign, std::string_view digits, char fill, char align, int64_t width)
    {
        int64_t length = int64_t(digits.size()) + (sign ? 1 : 0);
        int64_t padding = width > length ? width - length : 0;
        int64_t left = 0, middle = 0, right = 0;
        if (align == '<')
            right = padding;
        else if (align == '^')
            left = padding / 2, right = padding - left;
        else if (align == '=')
            middle = padding;
        else
            left = padding;
        if (left)
            out.append(size_t(left), fill);
        if (sign)
            out += sign;
        if (middle)
            out.append(size_t(middle), fill);
        out += digits;
        if (right)
            out.append(size_t(right), fill);
    }

    // The spec forms most programs use, `[[fill]align][sign]["0"][width]["." precision][type]`
    // with an ASCII fill and type and no 'z', '#' or grouping, read for an int or float
    // (a '0' means '=' alignment). Widths and precisions stop at 9 digits, so a longer one
    // leaves a digit where the type would be. False for any other form, which the
    // general path parses and reports.
    struct CommonSpec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        int64_t width = 0;
        int64_t precision = -1;
        char type = 0;
    };

    bool parse_common_spec(std::string_view spec, CommonSpec& out)
    {
        size_t position = 0;
        if (spec.size() >= 2 && is_align(spec[1]) && static_cast<uint8_t>(spec[0]) < 0x80) {
            out.fill = spec[0];
            out.align = spec[1];
            position = 2;
        } else if (!spec.empty() && is_align(spec[0])) {
            out.align = spec[0];
            position = 1;
        }
        bool fill_given = position >= 2;
        if (position < spec.size()
            && (spec[position] == '+' || spec[position] == '-' || spec[position] == ' '))
            out.sign = spec[position++];
        // As in parse_format_spec: a '0' with no fill given means fill '0' and, without
        // an alignment, '='.
        if (!fill_given && position < spec.size() && spec[position] == '0') {
            out.fill = '0';
            if (!out.align)
                out.align = '=';
            ++position;
        }
        auto read_number = [&](int64_t& number) {
            size_t digits_start = position;
            number = 0;
            while (position < spec.size() && is_digit(spec[position]) && position - digits_start < 9)
                number = number * 10 + (spec[position++] - '0');
            return position > digits_start;
        };
        read_number(out.width);
        if (position < spec.size() && spec[position] == '.' && (++position, !read_number(out.precision)))
            return false;
        if (position + 1 == spec.size() && static_cast<uint8_t>(spec[position]) < 0x80)
            out.type = spec[position++];
        return position == spec.size();
    }

    char sign_character(bool negative, char sign)
    {
        if (negative)
            return '-';
        return sign == '+' || sign == ' ' ? sign : 0;
    }

    // format_int of an int64_t for a common spec with a type of d, x, X, o, b or none;
    // false, with nothing appended, otherwise.
    bool format_int64_common(std::string& out, int64_t value, std::string_view spec)
    {
        CommonSpec parsed;
        if (!parse_common_spec(spec, parsed) || parsed.precision >= 0)
            return false;
        int base = 10;
        switch (parsed.type) {
        case 0:
        case 'd':
            break;
        case 'x':
        case 'X':
            base = 16;
            break;
        case 'o':
            base = 8;
            break;
        case 'b':
            base = 2;
            break;
        default:
            return false;
        }
        char digits[72];
        char* end = int64_magnitude_digits(digits, value, base, parsed.type == 'X');
        append_padded_int(out, sign_character(value < 0, parsed.sign),
            std::string_view(digits, size_t(end - digits)), parsed.fill, parsed.align ? parsed.align : '>',
            parsed.width);
        return true;
    }

    // Fixed-point text of a finite |value| with at most this many decimals goes through
    // a stack buffer (a double has at most 309 integer digits).
    constexpr int64_t max_common_fixed_precision = 100;

    // The sign and fixed-point text of a finite value padded as `fill`, `align` and
    // `width` say ('=' pads after the sign), for the fast paths of 'f' and %f.
    void append_padded_fixed(
        std::string& out, double value, char sign, int64_t precision, char fill, char align, int64_t width)
    {
        char buffer[309 + max_common_fixed_precision + 16];
        char* end = std::to_chars(
            buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed, int(precision))
                        .ptr;
        append_padded_int(out, sign_character(std::signbit(value), sign),
            std::string_view(buffer, size_t(end - buffer)), fill, align, width);
    }

    // format_double for a finite value and a common spec of type 'f' or 'F'; false, with
    // nothing appended, otherwise.
    bool format_double_common(std::string& out, double value, std::string_view spec)
    {
        CommonSpec parsed;
        if (!std::isfinite(value) || !parse_common_spec(spec, parsed)
            || (parsed.type != 'f' && parsed.type != 'F') || parsed.precision > max_common_fixed_precision)
            return false;
        append_padded_fixed(out, value, parsed.sign, parsed.precision < 0 ? 6 : parsed.precision, parsed.fill,
            parsed.align ? parsed.align : '>', parsed.width);
        return true;
    }

} // namespace

FormatResult<FormatSpec> parse_format_spec(
    std::string_view spec, std::string_view type_name, char32_t default_type)
{
    FormatSpec result;
    size_t position = 0;
    auto invalid = [&] {
        std::string message = "Invalid format specifier '";
        message += spec;
        message += "' for object of type '";
        message += type_name;
        message += '\'';
        return Failure {value_error(std::move(message))};
    };
    utf8::Decoded first = utf8::decode(spec, 0);
    if (first.length > 0 && size_t(first.length) < spec.size() && is_align(spec[size_t(first.length)])) {
        result.fill = first.code_point;
        result.align = spec[size_t(first.length)];
        position = size_t(first.length) + 1;
    } else if (!spec.empty() && is_align(spec[0])) {
        result.align = spec[0];
        position = 1;
    }
    bool fill_given = position >= 2;
    if (position < spec.size() && (spec[position] == '+' || spec[position] == '-' || spec[position] == ' '))
        result.sign = spec[position++];
    if (position < spec.size() && spec[position] == 'z') {
        result.no_negative_zero = true;
        ++position;
    }
    if (position < spec.size() && spec[position] == '#') {
        result.alternate = true;
        ++position;
    }
    // CPython: a '0' before the width means fill '0', and '=' alignment for types whose
    // default alignment is right (numbers), unless a fill or alignment was given.
    if (!fill_given && position < spec.size() && spec[position] == '0') {
        result.fill = '0';
        if (!result.align && default_type != 's')
            result.align = '=';
        ++position;
    }
    result.width = TRY(parse_number(spec, position));
    if (position < spec.size() && (spec[position] == ',' || spec[position] == '_')) {
        result.grouping = spec[position++];
        // A second, identical separator is left to be read as the type ("Cannot specify
        // ',' with ','.").
        char other = result.grouping == ',' ? '_' : ',';
        if (position < spec.size() && spec[position] == other)
            return Failure {value_error("Cannot specify both ',' and '_'.")};
    }
    if (position < spec.size() && spec[position] == '.') {
        ++position;
        result.precision = TRY(parse_number(spec, position));
        if (result.precision < 0)
            return Failure {value_error("Format specifier missing precision")};
    }
    if (position < spec.size()) {
        utf8::Decoded type = utf8::decode(spec, position);
        if (position + size_t(type.length) != spec.size())
            return invalid();
        result.type = type.code_point;
    }
    char32_t effective = result.type ? result.type : default_type;
    if (result.grouping) {
        switch (effective) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0:
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (result.grouping == '_')
                break;
            [[fallthrough]];
        default:
            return Failure {value_error(std::string("Cannot specify '") + result.grouping + "' with "
                + quoted_type(effective) + ".")};
        }
    }
    return result;
}

FormatResult<void> format_double(
    std::string& out, double value, std::string_view spec, std::string_view type_name)
{
    if (spec.empty()) {
        append_python_float_repr(out, value);
        return {};
    }
    if (format_double_common(out, value, spec))
        return {};
    FormatSpec parsed = TRY(parse_format_spec(spec, type_name, 0));
    return format_double(out, value, parsed, type_name);
}

FormatResult<void> format_double(
    std::string& out, double value, FormatSpec const& spec, std::string_view type_name)
{
    switch (spec.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
        break;
    default:
        return Failure {unknown_code(spec.type, type_name)};
    }
    if (spec.precision > std::numeric_limits<int32_t>::max())
        return Failure {value_error("precision too big")};
    bool negative = std::signbit(value) && !std::isnan(value);
    double magnitude = std::fabs(value);
    bool upper = spec.type == 'E' || spec.type == 'F' || spec.type == 'G';
    std::string body;
    if (std::isnan(magnitude) || std::isinf(magnitude)) {
        body = std::isnan(magnitude) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (spec.type == '%')
            body += '%';
    } else {
        append_float_body(body, magnitude, spec.type, spec.precision, spec.alternate);
        // CPython: 'z' turns a negative result that rounds to zero into a positive zero.
        if (negative && spec.no_negative_zero && mantissa_is_zero(body))
            negative = false;
    }
    append_signed_float(out, negative, body, spec);
    return {};
}

FormatResult<void> format_int(
    std::string& out, int64_t value, std::string_view spec, std::string_view type_name)
{
    if (spec.empty()) {
        char buffer[24];
        out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
        return {};
    }
    if (format_int64_common(out, value, spec))
        return {};
    return format_int(out, Int64Digits(value), spec, type_name);
}

FormatResult<void> format_int(
    std::string& out, IntegerDigits const& value, std::string_view spec, std::string_view type_name)
{
    FormatSpec parsed = TRY(parse_format_spec(spec, type_name, 'd'));
    int base = 10;
    std::string_view prefix;
    switch (parsed.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double converted = TRY(value.to_double());
        return format_double(out, converted, parsed, type_name);
    }
    case 0:
    case 'd':
    case 'n':
    case 'c':
        break;
    case 'b':
        base = 2, prefix = "0b";
        break;
    case 'o':
        base = 8, prefix = "0o";
        break;
    case 'x':
        base = 16, prefix = "0x";
        break;
    case 'X':
        base = 16, prefix = "0X";
        break;
    default:
        return Failure {unknown_code(parsed.type, type_name)};
    }
    if (parsed.precision >= 0)
        return Failure {value_error("Precision not allowed in integer format specifier")};
    if (parsed.no_negative_zero)
        return Failure {value_error("Negative zero coercion (z) not allowed in integer format specifier")};
    if (parsed.type == 'c') {
        if (parsed.sign)
            return Failure {value_error("Sign not allowed with integer format specifier 'c'")};
        if (parsed.alternate)
            return Failure {value_error("Alternate form (#) not allowed with integer format specifier 'c'")};
        std::string hex;
        value.append_magnitude(hex, 16);
        // CPython converts to a C long first, with that conversion's own error.
        bool fits_long = hex.size() < 16
            || (hex.size() == 16 && (hex[0] < '8' || (value.is_negative() && hex == "8000000000000000")));
        if (!fits_long)
            return Failure {
                FormatError {FormatError::Kind::OverflowError, "Python int too large to convert to C long"}};
        uint32_t code_point = 0;
        if (value.is_negative() || hex.size() > 6
            || (std::from_chars(hex.data(), hex.data() + hex.size(), code_point, 16), code_point > 0x10FFFF))
            return Failure {FormatError {FormatError::Kind::OverflowError, "%c arg not in range(0x110000)"}};
        std::string character;
        utf8::append(character, code_point);
        size_t start = out.size();
        out += character;
        align_in_place(out, start, 1, parsed, parsed.align ? parsed.align : '>');
        return {};
    }
    std::string digits;
    value.append_magnitude(digits, base);
    if (parsed.type == 'X') {
        for (char& c : digits) {
            if (c >= 'a' && c <= 'f')
                c = char(c - 'a' + 'A');
        }
    }
    std::string_view sign;
    if (value.is_negative())
        sign = "-";
    else if (parsed.sign == '+')
        sign = "+";
    else if (parsed.sign == ' ')
        sign = " ";
    append_number(
        out, sign, parsed.alternate ? prefix : std::string_view {}, digits, {}, parsed, base == 10 ? 3 : 4);
    return {};
}

FormatResult<void> format_str(
    std::string& out, std::string_view text, std::string_view spec, std::string_view type_name)
{
    if (spec.empty()) {
        out += text;
        return {};
    }
    FormatSpec parsed = TRY(parse_format_spec(spec, type_name, 's'));
    if (parsed.type != 0 && parsed.type != 's')
        return Failure {unknown_code(parsed.type, type_name)};
    if (parsed.sign == ' ')
        return Failure {value_error("Space not allowed in string format specifier")};
    if (parsed.sign)
        return Failure {value_error("Sign not allowed in string format specifier")};
    if (parsed.no_negative_zero)
        return Failure {value_error("Negative zero coercion (z) not allowed in string format specifier")};
    if (parsed.alternate)
        return Failure {value_error("Alternate form (#) not allowed in string format specifier")};
    if (parsed.align == '=')
        return Failure {value_error("'=' alignment not allowed in string format specifier")};
    size_t end = text.size();
    int64_t length = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<uint8_t>(text[i]) & 0xC0) == 0x80)
            continue;
        if (parsed.precision >= 0 && length == parsed.precision) {
            end = i;
            break;
        }
        ++length;
    }
    size_t start = out.size();
    out += text.substr(0, end);
    align_in_place(out, start, length, parsed, parsed.align ? parsed.align : '<');
    return {};
}

} // namespace taipan

namespace taipan {

namespace {

    // printf-style padding expressed as a format spec: '-' left-aligns with spaces, '0' pads
    // with zeros after the sign and prefix, otherwise spaces on the left.
    FormatSpec layout_of(PercentSpec const& spec)
    {
        FormatSpec layout;
        layout.width = spec.width;
        if (spec.left) {
            layout.align = '<';
        } else if (spec.zero) {
            layout.align = '=';
            layout.fill = '0';
        } else {
            layout.align = '>';
        }
        return layout;
    }

    std::string_view percent_sign(bool negative, PercentSpec const& spec)
    {
        if (negative)
            return "-";
        if (spec.plus)
            return "+";
        if (spec.space)
            return " ";
        return {};
    }

} // namespace

FormatResult<void> percent_format_double(std::string& out, double value, PercentSpec const& spec)
{
    if ((spec.type == 'f' || spec.type == 'F') && std::isfinite(value) && !spec.alternate
        && spec.precision <= max_common_fixed_precision) {
        FormatSpec layout = layout_of(spec);
        append_padded_fixed(out, value,
            spec.plus        ? '+'
                : spec.space ? ' '
                             : 0,
            spec.precision < 0 ? 6 : spec.precision, char(layout.fill), layout.align, layout.width);
        return {};
    }
    if (spec.precision > std::numeric_limits<int32_t>::max())
        return Failure {value_error("precision too big")};
    bool negative = std::signbit(value) && !std::isnan(value);
    double magnitude = std::fabs(value);
    bool upper = spec.type == 'E' || spec.type == 'F' || spec.type == 'G';
    std::string body;
    if (std::isnan(magnitude) || std::isinf(magnitude))
        body = std::isnan(magnitude) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    else
        append_float_body(body, magnitude, char32_t(spec.type), spec.precision, spec.alternate);
    size_t integer_end = 0;
    while (integer_end < body.size() && is_digit(body[integer_end]))
        ++integer_end;
    bool numeric = integer_end > 0;
    if (!numeric)
        integer_end = body.size();
    append_number(out, percent_sign(negative, spec), {}, std::string_view(body).substr(0, integer_end),
        std::string_view(body).substr(integer_end), layout_of(spec), 3, numeric);
    return {};
}

void percent_format_int(std::string& out, IntegerDigits const& value, PercentSpec const& spec)
{
    int base = 10;
    std::string_view prefix;
    if (spec.type == 'o')
        base = 8, prefix = "0o";
    else if (spec.type == 'x')
        base = 16, prefix = "0x";
    else if (spec.type == 'X')
        base = 16, prefix = "0X";
    std::string digits;
    value.append_magnitude(digits, base);
    if (spec.precision > int64_t(digits.size()))
        digits.insert(0, size_t(spec.precision) - digits.size(), '0');
    if (spec.type == 'X') {
        for (char& c : digits) {
            if (c >= 'a' && c <= 'f')
                c = char(c - 'a' + 'A');
        }
    }
    append_number(out, percent_sign(value.is_negative(), spec), spec.alternate ? prefix : std::string_view {},
        digits, {}, layout_of(spec), 3);
}

void percent_format_int(std::string& out, int64_t value, PercentSpec const& spec)
{
    if (spec.alternate || spec.precision >= 0) {
        percent_format_int(out, Int64Digits(value), spec);
        return;
    }
    // No prefix and no minimum digit count: the sign and digits padded as layout_of says.
    int base = spec.type == 'o' ? 8 : spec.type == 'x' || spec.type == 'X' ? 16 : 10;
    char digits[72];
    char* end = int64_magnitude_digits(digits, value, base, spec.type == 'X');
    std::string_view sign = percent_sign(value < 0, spec);
    FormatSpec layout = layout_of(spec);
    append_padded_int(out, sign.empty() ? 0 : sign[0], std::string_view(digits, size_t(end - digits)),
        char(layout.fill), layout.align, layout.width);
}

void percent_format_text(std::string& out, std::string_view text, PercentSpec const& spec)
{
    size_t end = text.size();
    int64_t length = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<uint8_t>(text[i]) & 0xC0) == 0x80)
            continue;
        if (spec.precision >= 0 && length == spec.precision) {
            end = i;
            break;
        }
        ++length;
    }
    FormatSpec layout;
    layout.width = spec.width;
    size_t start = out.size();
    out += text.substr(0, end);
    align_in_place(out, start, length, layout, spec.left ? '<' : '>');
}

} // namespace taipan
