// Python int semantics over GMP; see bigint.h. GMP truncates where Python rounds or
// floors, so conversions to float and true division round by hand here.
#include "objects/bigint.h"

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <limits>

#include "support/python_repr.h"
#include "support/utf8.h"

namespace taipan {

namespace {

    // A scoped mpz_t for temporaries.
    class Mpz {
    public:
        Mpz() { mpz_init(m_value); }
        ~Mpz() { mpz_clear(m_value); }
        Mpz(Mpz const&) = delete;
        Mpz& operator=(Mpz const&) = delete;
        operator mpz_ptr() { return m_value; }
        operator mpz_srcptr() const { return m_value; }
        // GMP's macros (mpz_sgn, mpz_odd_p, ...) dereference their argument.
        __mpz_struct* operator->() { return m_value; }
        __mpz_struct const* operator->() const { return m_value; }

    private:
        mpz_t m_value;
    };

    Failure<NumericError> error(NumericError::Kind kind, std::string message)
    {
        return Failure {NumericError {kind, std::move(message)}};
    }

    std::string str_digits_limit_message(int max_str_digits)
    {
        return "Exceeds the limit (" + std::to_string(max_str_digits)
            + " digits) for integer string conversion";
    }

    constexpr char const* use_set_int_max_str_digits
        = "use sys.set_int_max_str_digits() to increase the limit";

    // ---- int(text, base) ----

    bool is_ascii_space(unsigned char c)
    {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    int digit_value(unsigned char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z')
            return c - 'A' + 10;
        return 99;
    }

    // CPython parses str after mapping every non-ASCII character: white space to ' ',
    // decimal digits (category Nd) to their ASCII digit, anything else to '?'.
    std::string ascii_image(std::string_view text)
    {
        std::string ascii;
        ascii.reserve(text.size());
        for (size_t i = 0; i < text.size();) {
            auto decoded = utf8::decode(text, i);
            i += static_cast<size_t>(std::max(decoded.length, 1));
            char32_t c = decoded.code_point;
            if (c < 0x80 && decoded.valid)
                ascii += static_cast<char>(c);
            else
                ascii += '?';
        }
        return ascii;
    }

    Failure<NumericError> invalid_literal(std::string_view original, int base, IntLiteralSource source)
    {
        std::string repr
            = source == IntLiteralSource::Str ? python_str_repr(original) : python_bytes_repr(original);
        // CPython formats the repr with %.200R: at most 200 characters, so a long input
        // loses its closing quote.
        size_t characters = 0;
        size_t cut = repr.size();
        for (size_t i = 0; i < repr.size(); ++i) {
            if ((static_cast<unsigned char>(repr[i]) & 0xC0) != 0x80 && characters++ == 200) {
                cut = i;
                break;
            }
        }
        repr.resize(cut);
        return error(NumericError::ValueError,
            "invalid literal for int() with base " + std::to_string(base) + ": " + repr);
    }

    // ---- float rounding ----

    // Rounds (kept_bits_source >> drop) to even, where `sticky` says whether anything
    // non-zero lies below the dropped bits; drop >= 1.
    uint64_t round_half_even(mpz_srcptr value, uint64_t drop, bool sticky, Mpz& scratch)
    {
        mpz_tdiv_q_2exp(scratch, value, drop);
        uint64_t kept = mpz_get_ui(scratch);
        bool half = mpz_tstbit(value, drop - 1);
        bool below_half = sticky || (drop >= 2 && mpz_scan1(value, 0) < drop - 1);
        if (half && (below_half || (kept & 1)))
            ++kept;
        return kept;
    }

} // namespace

NumericResult<std::string> bigint_to_decimal(mpz_srcptr value, int max_str_digits)
{
    if (mpz_fits_slong_p(value))
        return std::to_string(mpz_get_si(value));
    // mpz_sizeinbase overestimates by at most one, so only values near the limit need
    // the exact count that the conversion itself gives.
    size_t estimate = mpz_sizeinbase(value, 10);
    if (max_str_digits > 0 && estimate > static_cast<size_t>(max_str_digits) + 1)
        return error(NumericError::ValueError,
            str_digits_limit_message(max_str_digits) + "; " + use_set_int_max_str_digits);
    std::string text(estimate + 2, '\0');
    mpz_get_str(text.data(), 10, value);
    text.resize(std::strlen(text.c_str()));
    size_t digits = text.size() - (text[0] == '-' ? 1 : 0);
    if (max_str_digits > 0 && digits > static_cast<size_t>(max_str_digits))
        return error(NumericError::ValueError,
            str_digits_limit_message(max_str_digits) + "; " + use_set_int_max_str_digits);
    return text;
}

NumericResult<void> bigint_from_string(
    mpz_ptr result, std::string_view original, int base, int max_str_digits, IntLiteralSource source)
{
    if (base != 0 && (base < 2 || base > 36))
        return error(NumericError::ValueError, "int() base must be >= 2 and <= 36, or 0");
    std::string image;
    std::string_view text = original;
    if (source == IntLiteralSource::Str) {
        bool ascii = std::all_of(
            original.begin(), original.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (!ascii) {
            image = ascii_image(original);
            text = image;
        }
    }
    int const given_base = base;
    size_t i = 0;
    size_t const end = text.size();
    auto at = [&](size_t index) -> unsigned char {
        return index < end ? static_cast<unsigned char>(text[index]) : 0;
    };
    while (i < end && is_ascii_space(at(i)))
        ++i;
    bool negative = false;
    if (at(i) == '+' || at(i) == '-')
        negative = at(i++) == '-';
    // A prefix 0x/0o/0b selects the base (base 0) or may be written (bases 16, 8, 2);
    // an underscore may follow it directly.
    bool after_prefix = false;
    bool zeros_only = false;
    if (at(i) == '0') {
        unsigned char marker = static_cast<unsigned char>(at(i + 1) | 0x20);
        int prefix_base = marker == 'x' ? 16 : marker == 'o' ? 8 : marker == 'b' ? 2 : 0;
        if (base == 0) {
            if (prefix_base != 0)
                base = prefix_base;
            else
                base = 10, zeros_only = true; // "010" is not a Python 3 literal
        }
        if (prefix_base != 0 && prefix_base == base) {
            i += 2;
            after_prefix = true;
        }
    } else if (base == 0) {
        base = 10;
    }
    int const reported_base = given_base;
    // Scan the digit run: single underscores between digits (or right after a prefix).
    size_t digits_start = i;
    size_t digit_count = 0;
    bool previous_underscore = false;
    bool valid = true;
    for (; i < end; ++i) {
        unsigned char c = at(i);
        if (c == '_') {
            if (previous_underscore || (digit_count == 0 && !after_prefix)) {
                valid = false;
                break;
            }
            previous_underscore = true;
            continue;
        }
        if (digit_value(c) >= base)
            break;
        if (zeros_only && c != '0') {
            valid = false;
            break;
        }
        previous_underscore = false;
        ++digit_count;
    }
    if (!valid || previous_underscore || digit_count == 0)
        return invalid_literal(original, reported_base, source);
    bool binary_base = (base & (base - 1)) == 0;
    if (!binary_base && max_str_digits > 0 && digit_count > static_cast<size_t>(max_str_digits))
        return error(NumericError::ValueError,
            str_digits_limit_message(max_str_digits) + ": value has " + std::to_string(digit_count)
                + " digits; " + use_set_int_max_str_digits);
    size_t digits_end = i;
    while (i < end && is_ascii_space(at(i)))
        ++i;
    if (i != end)
        return invalid_literal(original, reported_base, source);

    // Up to 18 decimal digits (fewer in small bases) fit an int64 without overflow.
    if (digit_count <= 12 || (base <= 10 && digit_count <= 18)) {
        int64_t accumulator = 0;
        for (size_t j = digits_start; j < digits_end; ++j) {
            if (at(j) != '_')
                accumulator = accumulator * base + digit_value(at(j));
        }
        mpz_set_si(result, negative ? -accumulator : accumulator);
        return {};
    }
    std::string digits;
    digits.reserve(digit_count);
    for (size_t j = digits_start; j < digits_end; ++j) {
        if (at(j) != '_')
            digits += static_cast<char>(at(j));
    }
    mpz_set_str(result, digits.c_str(), base);
    if (negative)
        mpz_neg(result, result);
    return {};
}

NumericResult<double> bigint_to_double(mpz_srcptr value)
{
    size_t bits = mpz_sizeinbase(value, 2);
    if (bits <= DBL_MANT_DIG)
        return mpz_get_d(value); // exact
    if (bits > DBL_MAX_EXP)
        return error(NumericError::OverflowError, "int too large to convert to float");
    Mpz scratch;
    uint64_t drop = bits - DBL_MANT_DIG;
    Mpz magnitude;
    mpz_abs(magnitude, value);
    double result = std::ldexp(
        static_cast<double>(round_half_even(magnitude, drop, false, scratch)), static_cast<int>(drop));
    if (std::isinf(result))
        return error(NumericError::OverflowError, "int too large to convert to float");
    return mpz_sgn(value) < 0 ? -result : result;
}

NumericResult<double> int64_true_divide(int64_t numerator, int64_t denominator)
{
    if (denominator == 0)
        return error(NumericError::ZeroDivisionError, "division by zero");
    constexpr int64_t exact_limit = int64_t {1} << DBL_MANT_DIG;
    if (numerator >= -exact_limit && numerator <= exact_limit && denominator >= -exact_limit
        && denominator <= exact_limit)
        return static_cast<double>(numerator) / static_cast<double>(denominator);
    Mpz left, right;
    mpz_set_si(left, numerator);
    mpz_set_si(right, denominator);
    return bigint_true_divide(left, right);
}

NumericResult<double> bigint_true_divide(mpz_srcptr numerator, mpz_srcptr denominator)
{
    if (mpz_sgn(denominator) == 0)
        return error(NumericError::ZeroDivisionError, "division by zero");
    bool negative = mpz_sgn(numerator) * mpz_sgn(denominator) < 0;
    if (mpz_sgn(numerator) == 0)
        return mpz_sgn(denominator) < 0 ? -0.0 : 0.0; // as 0.0 / float(denominator)
    size_t numerator_bits = mpz_sizeinbase(numerator, 2);
    size_t denominator_bits = mpz_sizeinbase(denominator, 2);
    if (numerator_bits <= DBL_MANT_DIG && denominator_bits <= DBL_MANT_DIG)
        return mpz_get_d(numerator) / mpz_get_d(denominator); // both exact: one rounding
    int64_t difference = static_cast<int64_t>(numerator_bits) - static_cast<int64_t>(denominator_bits);
    // |quotient| lies in [2**(difference-1), 2**(difference+1)).
    if (difference > DBL_MAX_EXP)
        return error(NumericError::OverflowError, "integer division result too large for a float");
    if (difference < DBL_MIN_EXP - DBL_MANT_DIG - 3)
        return negative ? -0.0 : 0.0;
    // Scale so the integer quotient keeps at least two bits below the last bit the
    // double can hold (53 bits, or fewer for subnormals whose last bit is 2**-1074).
    int64_t const lowest_bit = DBL_MIN_EXP - DBL_MANT_DIG; // -1074
    int64_t shift = std::max<int64_t>(difference - DBL_MANT_DIG - 3, lowest_bit - 2);
    Mpz scaled_numerator, scaled_denominator, quotient, remainder;
    mpz_abs(scaled_numerator, numerator);
    mpz_abs(scaled_denominator, denominator);
    if (shift > 0)
        mpz_mul_2exp(scaled_denominator, scaled_denominator, static_cast<mp_bitcnt_t>(shift));
    else
        mpz_mul_2exp(scaled_numerator, scaled_numerator, static_cast<mp_bitcnt_t>(-shift));
    mpz_tdiv_qr(quotient, remainder, scaled_numerator, scaled_denominator);
    if (mpz_sgn(quotient) == 0)
        return negative ? -0.0 : 0.0; // below 2**-1076: rounds to zero
    int64_t top = static_cast<int64_t>(mpz_sizeinbase(quotient, 2)) + shift; // value < 2**top
    int64_t keep_from = std::max(top - DBL_MANT_DIG, lowest_bit);
    uint64_t drop = static_cast<uint64_t>(keep_from - shift);
    Mpz scratch;
    uint64_t kept = round_half_even(quotient, drop, mpz_sgn(remainder) != 0, scratch);
    double result = std::ldexp(static_cast<double>(kept), static_cast<int>(keep_from));
    if (std::isinf(result))
        return error(NumericError::OverflowError, "integer division result too large for a float");
    return negative ? -result : result;
}

NumericResult<void> bigint_from_double(mpz_ptr result, double value, FloatRounding rounding)
{
    if (std::isinf(value))
        return error(NumericError::OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(value))
        return error(NumericError::ValueError, "cannot convert float NaN to integer");
    switch (rounding) {
    case FloatRounding::Truncate:
        break;
    case FloatRounding::Floor:
        value = std::floor(value);
        break;
    case FloatRounding::Ceil:
        value = std::ceil(value);
        break;
    }
    if (value >= -9.2e18 && value <= 9.2e18)
        mpz_set_si(result, static_cast<long>(value));
    else
        mpz_set_d(result, value); // exact: a double this large is an integer
    return {};
}

NumericResult<void> double_as_integer_ratio(mpz_ptr numerator, mpz_ptr denominator, double value)
{
    if (std::isinf(value))
        return error(NumericError::OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(value))
        return error(NumericError::ValueError, "cannot convert NaN to integer ratio");
    int exponent;
    double fraction = std::frexp(value, &exponent);
    // fraction * 2**53 is an integer; strip its trailing zero bits to reduce.
    int64_t mantissa = static_cast<int64_t>(std::ldexp(fraction, DBL_MANT_DIG));
    exponent -= DBL_MANT_DIG;
    if (mantissa == 0) {
        mpz_set_ui(numerator, 0);
        mpz_set_ui(denominator, 1);
        return {};
    }
    int trailing = __builtin_ctzll(static_cast<uint64_t>(mantissa < 0 ? -mantissa : mantissa));
    mantissa >>= trailing; // exact: only zero bits go
    exponent += trailing;
    mpz_set_si(numerator, mantissa);
    mpz_set_ui(denominator, 1);
    if (exponent > 0)
        mpz_mul_2exp(numerator, numerator, static_cast<mp_bitcnt_t>(exponent));
    else
        mpz_mul_2exp(denominator, denominator, static_cast<mp_bitcnt_t>(-exponent));
    return {};
}

NumericResult<void> bigint_floor_divide(mpz_ptr quotient, mpz_srcptr left, mpz_srcptr right)
{
    if (mpz_sgn(right) == 0)
        return error(NumericError::ZeroDivisionError, "integer division or modulo by zero");
    mpz_fdiv_q(quotient, left, right);
    return {};
}

NumericResult<void> bigint_modulo(mpz_ptr remainder, mpz_srcptr left, mpz_srcptr right)
{
    if (mpz_sgn(right) == 0)
        return error(NumericError::ZeroDivisionError, "integer modulo by zero");
    mpz_fdiv_r(remainder, left, right);
    return {};
}

NumericResult<void> bigint_divmod(mpz_ptr quotient, mpz_ptr remainder, mpz_srcptr left, mpz_srcptr right)
{
    if (mpz_sgn(right) == 0)
        return error(NumericError::ZeroDivisionError, "integer division or modulo by zero");
    mpz_fdiv_qr(quotient, remainder, left, right);
    return {};
}

NumericResult<void> bigint_pow(mpz_ptr result, mpz_srcptr base, mpz_srcptr exponent)
{
    if (mpz_sgn(exponent) == 0) {
        mpz_set_ui(result, 1);
        return {};
    }
    // 0, 1 and -1 stay small for any exponent.
    if (mpz_cmpabs_ui(base, 1) <= 0) {
        if (mpz_sgn(base) < 0 && mpz_even_p(exponent))
            mpz_set_ui(result, 1);
        else
            mpz_set(result, base);
        return {};
    }
    if (!mpz_fits_ulong_p(exponent))
        return error(NumericError::MemoryError, "");
    mpz_pow_ui(result, base, mpz_get_ui(exponent));
    return {};
}

NumericResult<double> bigint_pow_negative(mpz_srcptr base, mpz_srcptr exponent)
{
    // CPython: a negative exponent makes both operands floats, then float ** float.
    double base_value = TRY(bigint_to_double(base));
    double exponent_value = TRY(bigint_to_double(exponent));
    if (base_value == 0)
        return error(NumericError::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    // The exponent is an integer, so a negative base gives a real result.
    double result = std::pow(base_value, exponent_value);
    if (std::isinf(result))
        return error(NumericError::OverflowError, "(34, 'Numerical result out of range')");
    return result;
}

NumericResult<void> bigint_pow_modulo(
    mpz_ptr result, mpz_srcptr base, mpz_srcptr exponent, mpz_srcptr modulus)
{
    if (mpz_sgn(modulus) == 0)
        return error(NumericError::ValueError, "pow() 3rd argument cannot be 0");
    Mpz absolute_modulus;
    mpz_abs(absolute_modulus, modulus);
    if (mpz_cmp_ui(absolute_modulus, 1) == 0) {
        mpz_set_ui(result, 0);
        return {};
    }
    Mpz effective_base, effective_exponent;
    mpz_set(effective_base, base);
    mpz_set(effective_exponent, exponent);
    if (mpz_sgn(exponent) < 0) {
        if (mpz_invert(effective_base, base, absolute_modulus) == 0)
            return error(NumericError::ValueError, "base is not invertible for the given modulus");
        mpz_neg(effective_exponent, exponent);
    }
    mpz_powm(result, effective_base, effective_exponent, absolute_modulus);
    // The result takes the modulus's sign, as % does.
    if (mpz_sgn(modulus) < 0 && mpz_sgn(result) != 0)
        mpz_add(result, result, modulus);
    return {};
}

NumericResult<void> bigint_left_shift(mpz_ptr result, mpz_srcptr value, mpz_srcptr count)
{
    if (mpz_sgn(count) < 0)
        return error(NumericError::ValueError, "negative shift count");
    if (mpz_sgn(value) == 0) {
        mpz_set_ui(result, 0);
        return {};
    }
    // Beyond this the result cannot be allocated; CPython fails the same way.
    if (!mpz_fits_slong_p(count) || mpz_get_si(count) > (int64_t {1} << 40))
        return error(NumericError::MemoryError, "");
    mpz_mul_2exp(result, value, mpz_get_ui(count));
    return {};
}

NumericResult<void> bigint_right_shift(mpz_ptr result, mpz_srcptr value, mpz_srcptr count)
{
    if (mpz_sgn(count) < 0)
        return error(NumericError::ValueError, "negative shift count");
    if (!mpz_fits_ulong_p(count) || mpz_get_ui(count) >= mpz_sizeinbase(value, 2)) {
        mpz_set_si(result, mpz_sgn(value) < 0 ? -1 : 0);
        return {};
    }
    mpz_fdiv_q_2exp(result, value, mpz_get_ui(count));
    return {};
}

uint64_t bigint_bit_length(mpz_srcptr value)
{
    return mpz_sgn(value) == 0 ? 0 : mpz_sizeinbase(value, 2);
}

uint64_t bigint_bit_count(mpz_srcptr value)
{
    if (mpz_sgn(value) >= 0)
        return mpz_popcount(value);
    Mpz magnitude;
    mpz_neg(magnitude, value);
    return mpz_popcount(magnitude);
}

NumericResult<std::string> bigint_to_bytes(
    mpz_srcptr value, int64_t length, bool little_endian, bool is_signed)
{
    if (length < 0)
        return error(NumericError::ValueError, "length argument must be non-negative");
    if (mpz_sgn(value) < 0 && !is_signed)
        return error(NumericError::OverflowError, "can't convert negative int to unsigned");
    // Two's complement of a negative value: 2**(8*length) + value.
    Mpz encoded;
    uint64_t available_bits = static_cast<uint64_t>(length) * 8;
    if (mpz_sgn(value) < 0) {
        // value must be >= -2**(bits-1).
        Mpz magnitude_minus_one;
        mpz_neg(magnitude_minus_one, value);
        mpz_sub_ui(magnitude_minus_one, magnitude_minus_one, 1);
        // CPython: -1 fits in zero bytes (to_bytes(0, signed=True) gives b''), no other
        // negative value does.
        if (length == 0 && mpz_sgn(magnitude_minus_one) == 0)
            return std::string();
        if (length == 0 || bigint_bit_length(magnitude_minus_one) > available_bits - 1)
            return error(NumericError::OverflowError, "int too big to convert");
        mpz_set_ui(encoded, 0);
        mpz_setbit(encoded, available_bits);
        mpz_add(encoded, encoded, value);
    } else {
        uint64_t bits = bigint_bit_length(value);
        if (bits > available_bits || (is_signed && bits == available_bits && bits != 0))
            return error(NumericError::OverflowError, "int too big to convert");
        mpz_set(encoded, value);
    }
    std::string bytes(static_cast<size_t>(length), '\0');
    if (length > 0) {
        size_t written = 0;
        // Most significant byte first; mpz_export writes only the significant bytes.
        size_t size = (mpz_sizeinbase(encoded, 2) + 7) / 8;
        if (mpz_sgn(encoded) != 0)
            mpz_export(bytes.data() + (static_cast<size_t>(length) - size), &written, 1, 1, 1, 0, encoded);
        if (little_endian)
            std::reverse(bytes.begin(), bytes.end());
    }
    return bytes;
}

void bigint_from_bytes(mpz_ptr result, std::string_view bytes, bool little_endian, bool is_signed)
{
    if (bytes.empty()) {
        mpz_set_ui(result, 0);
        return;
    }
    mpz_import(result, bytes.size(), little_endian ? -1 : 1, 1, 1, 0, bytes.data());
    unsigned char top = static_cast<unsigned char>(little_endian ? bytes.back() : bytes.front());
    if (is_signed && (top & 0x80)) {
        Mpz power;
        mpz_setbit(power, bytes.size() * 8);
        mpz_sub(result, result, power);
    }
}

void bigint_round(mpz_ptr result, mpz_srcptr value, mpz_srcptr ndigits)
{
    if (mpz_sgn(ndigits) >= 0) {
        mpz_set(result, value);
        return;
    }
    // 10**k exceeds twice |value| once k > log10(2|value|): everything rounds to 0.
    size_t value_digits = mpz_sizeinbase(value, 10);
    if (!mpz_fits_slong_p(ndigits) || static_cast<size_t>(-mpz_get_si(ndigits)) > value_digits + 1) {
        mpz_set_ui(result, 0);
        return;
    }
    Mpz power, quotient, remainder, twice_remainder;
    mpz_ui_pow_ui(power, 10, static_cast<unsigned long>(-mpz_get_si(ndigits)));
    mpz_fdiv_qr(quotient, remainder, value, power);
    // remainder in [0, power): round up above half, and at half when quotient is odd.
    mpz_mul_2exp(twice_remainder, remainder, 1);
    int comparison = mpz_cmp(twice_remainder, power);
    if (comparison > 0 || (comparison == 0 && mpz_odd_p(quotient)))
        mpz_add_ui(quotient, quotient, 1);
    mpz_mul(result, quotient, power);
}

} // namespace taipan
