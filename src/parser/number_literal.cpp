// NUMBER token text to a constant, as CPython's parser converts it: ints of any base and
// size (big ones kept as decimal digits, since the front end has no big-int type),
// correctly rounded floats, and imaginary literals.
#include "parser/number_literal.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace taipan {

namespace {

    // CPython applies sys.int_info.default_max_str_digits to decimal int literals, since it
    // converts them with int(str); hexadecimal, octal and binary literals have no limit.
    constexpr size_t max_decimal_digits = 4300;

    std::string without_underscores(std::string_view text)
    {
        std::string out;
        out.reserve(text.size());
        for (char c : text) {
            if (c != '_')
                out += c;
        }
        return out;
    }

    int digit_value(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return c - 'A' + 10;
    }

    // The decimal digits of a number given in `digits` (base 2, 8 or 16, no prefix or
    // underscores). Works in limbs of 10**9, taking several input digits per pass.
    std::string to_decimal(std::string_view digits, int base)
    {
        constexpr uint32_t limb_base = 1000000000;
        int bits_per_digit = base == 16 ? 4 : base == 8 ? 3 : 1;
        // Chunks of up to 27 bits keep limb * chunk_base + carry within 64 bits.
        int digits_per_chunk = 27 / bits_per_digit;
        std::vector<uint32_t> limbs; // little-endian
        for (size_t start = 0; start < digits.size(); start += digits_per_chunk) {
            size_t count = std::min<size_t>(digits_per_chunk, digits.size() - start);
            uint64_t chunk = 0;
            for (size_t i = 0; i < count; ++i)
                chunk = chunk << bits_per_digit | uint64_t(digit_value(digits[start + i]));
            uint64_t multiplier = uint64_t(1) << (bits_per_digit * count);
            uint64_t carry = chunk;
            for (auto& limb : limbs) {
                uint64_t value = uint64_t(limb) * multiplier + carry;
                limb = uint32_t(value % limb_base);
                carry = value / limb_base;
            }
            while (carry) {
                limbs.push_back(uint32_t(carry % limb_base));
                carry /= limb_base;
            }
        }
        if (limbs.empty())
            return "0";
        std::string out = std::to_string(limbs.back());
        for (size_t i = limbs.size() - 1; i-- > 0;) {
            std::string limb = std::to_string(limbs[i]);
            out.append(9 - limb.size(), '0');
            out += limb;
        }
        return out;
    }

    // An int constant from decimal digits without leading zeros ("0" for zero).
    void set_integer(std::string_view digits, Arena& arena, ast::ConstantValue& value)
    {
        constexpr std::string_view int64_max = "9223372036854775807";
        if (digits.size() < int64_max.size() || (digits.size() == int64_max.size() && digits <= int64_max)) {
            int64_t integer = 0;
            std::from_chars(digits.data(), digits.data() + digits.size(), integer);
            value.kind = ast::ConstantValue::Kind::Int;
            value.integer = integer;
            return;
        }
        value.kind = ast::ConstantValue::Kind::BigInt;
        value.text = arena.copy_string(digits);
    }

    // A float literal (digits, '.', exponent; no underscores), correctly rounded. Values
    // beyond the double range become inf and values below it 0.0, as in CPython.
    double parse_float(std::string const& text)
    {
        double result = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
        if (error != std::errc::result_out_of_range)
            return result;
        // from_chars leaves the result alone when out of range: decide the direction from
        // the decimal magnitude, 0.D * 10**(point + exponent) with D the first non-zero digit.
        size_t exponent_start = text.find_first_of("eE");
        std::string_view mantissa = std::string_view(text).substr(0, exponent_start);
        int64_t point = 0;
        bool seen_point = false;
        bool seen_nonzero = false;
        for (char c : mantissa) {
            if (c == '.') {
                seen_point = true;
            } else if (!seen_nonzero) {
                if (c != '0') {
                    seen_nonzero = true;
                    if (!seen_point)
                        ++point;
                } else if (seen_point) {
                    --point;
                }
            } else if (!seen_point) {
                ++point;
            }
        }
        int64_t exponent = 0;
        if (exponent_start != std::string::npos) {
            size_t index = exponent_start + 1;
            bool negative = false;
            if (index < text.size() && (text[index] == '+' || text[index] == '-'))
                negative = text[index++] == '-';
            for (; index < text.size(); ++index)
                exponent = std::min<int64_t>(exponent * 10 + (text[index] - '0'), int64_t(1) << 40);
            if (negative)
                exponent = -exponent;
        }
        return point + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }

} // namespace

bool parse_number_literal(
    std::string_view text, Arena& arena, ast::ConstantValue& value, std::string& error_message)
{
    value = {};
    if (!text.empty() && (text.back() == 'j' || text.back() == 'J')) {
        value.kind = ast::ConstantValue::Kind::Complex;
        value.number = parse_float(without_underscores(text.substr(0, text.size() - 1)));
        return true;
    }
    if (text.size() > 2 && text[0] == '0') {
        char marker = char(text[1] | 0x20);
        int base = marker == 'x' ? 16 : marker == 'o' ? 8 : marker == 'b' ? 2 : 0;
        if (base != 0) {
            std::string digits = without_underscores(text.substr(2));
            size_t first = digits.find_first_not_of('0');
            std::string decimal
                = first == std::string::npos ? "0" : to_decimal(std::string_view(digits).substr(first), base);
            set_integer(decimal, arena, value);
            return true;
        }
    }
    if (text.find_first_of(".eE") != std::string_view::npos) {
        value.kind = ast::ConstantValue::Kind::Float;
        value.number = parse_float(without_underscores(text));
        return true;
    }
    std::string digits = without_underscores(text);
    size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) {
        set_integer("0", arena, value);
        return true;
    }
    std::string_view significant = std::string_view(digits).substr(first);
    if (significant.size() > max_decimal_digits) {
        // CPython: the ValueError of int(str) becomes a SyntaxError with a hint appended.
        error_message = "Exceeds the limit (" + std::to_string(max_decimal_digits)
            + " digits) for integer string conversion: value has " + std::to_string(significant.size())
            + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
              "huge integer literals to avoid decimal conversion limits.";
        return false;
    }
    set_integer(significant, arena, value);
    return true;
}

} // namespace taipan
