// Helpers over GMP that Python's int needs with CPython 3.11's exact semantics: string
// conversion with the 4300-digit limit, correctly rounded conversion to float and true
// division, floor division, pow, shifts, to_bytes/from_bytes and round(). Pure
// functions: results go to caller-owned mpz_t values, errors carry CPython's messages.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "support/result.h"

namespace taipan {

struct NumericError {
    // MemoryError is for results too large to build (1 << 2**63), as CPython reports.
    enum Kind { ValueError, OverflowError, ZeroDivisionError, TypeError, MemoryError };
    Kind kind;
    std::string message;
};

template<typename T>
using NumericResult = Result<T, NumericError>;

// sys.int_info.default_max_str_digits and str_digits_check_threshold. The limit is a
// parameter of the conversions (each interpreter keeps its own); 0 means no limit.
constexpr int default_max_str_digits = 4300;
constexpr int max_str_digits_threshold = 640;

// str(int) in base 10; fails when the result would exceed max_str_digits digits.
NumericResult<std::string> bigint_to_decimal(mpz_srcptr value, int max_str_digits);

enum class IntLiteralSource { Str, Bytes };
// int(text, base): `text` is generalized UTF-8 for Str (Unicode white space and decimal
// digits are accepted, as CPython does) or raw bytes for Bytes; base is 0 or 2..36.
NumericResult<void> bigint_from_string(mpz_ptr result, std::string_view text, int base, int max_str_digits,
    IntLiteralSource source = IntLiteralSource::Str);

// float(int), correctly rounded (half to even).
NumericResult<double> bigint_to_double(mpz_srcptr value);
// int / int, correctly rounded.
NumericResult<double> int64_true_divide(int64_t numerator, int64_t denominator);
NumericResult<double> bigint_true_divide(mpz_srcptr numerator, mpz_srcptr denominator);

// int(float) (Truncate), math.floor and math.ceil of a float.
enum class FloatRounding { Truncate, Floor, Ceil };
NumericResult<void> bigint_from_double(
    mpz_ptr result, double value, FloatRounding rounding = FloatRounding::Truncate);
// float.as_integer_ratio(): the denominator is a power of two, the fraction reduced.
NumericResult<void> double_as_integer_ratio(mpz_ptr numerator, mpz_ptr denominator, double value);

// //, % and divmod with Python's signs (the remainder takes the divisor's sign).
NumericResult<void> bigint_floor_divide(mpz_ptr quotient, mpz_srcptr left, mpz_srcptr right);
NumericResult<void> bigint_modulo(mpz_ptr remainder, mpz_srcptr left, mpz_srcptr right);
NumericResult<void> bigint_divmod(mpz_ptr quotient, mpz_ptr remainder, mpz_srcptr left, mpz_srcptr right);
// The int64 forms; precondition: right != 0 and not (left == INT64_MIN and right == -1).
inline int64_t int64_floor_divide(int64_t left, int64_t right)
{
    int64_t quotient = left / right;
    if ((left % right != 0) && ((left < 0) != (right < 0)))
        --quotient;
    return quotient;
}
inline int64_t int64_modulo(int64_t left, int64_t right)
{
    int64_t remainder = left % right;
    if (remainder != 0 && ((remainder < 0) != (right < 0)))
        remainder += right;
    return remainder;
}

// base ** exponent for exponent >= 0.
NumericResult<void> bigint_pow(mpz_ptr result, mpz_srcptr base, mpz_srcptr exponent);
// base ** exponent for exponent < 0: a float, computed as float(base) ** float(exponent).
NumericResult<double> bigint_pow_negative(mpz_srcptr base, mpz_srcptr exponent);
// pow(base, exponent, modulus); a negative exponent uses the modular inverse (3.8+).
NumericResult<void> bigint_pow_modulo(
    mpz_ptr result, mpz_srcptr base, mpz_srcptr exponent, mpz_srcptr modulus);

// << and >> (>> rounds toward minus infinity).
NumericResult<void> bigint_left_shift(mpz_ptr result, mpz_srcptr value, mpz_srcptr count);
NumericResult<void> bigint_right_shift(mpz_ptr result, mpz_srcptr value, mpz_srcptr count);

// int.bit_length() and int.bit_count() (of the absolute value).
uint64_t bigint_bit_length(mpz_srcptr value);
uint64_t bigint_bit_count(mpz_srcptr value);

// int.to_bytes(length, byteorder, signed=...) and int.from_bytes(bytes, byteorder, signed=...).
NumericResult<std::string> bigint_to_bytes(
    mpz_srcptr value, int64_t length, bool little_endian, bool is_signed);
void bigint_from_bytes(mpz_ptr result, std::string_view bytes, bool little_endian, bool is_signed);

// round(int, ndigits): rounds to a multiple of 10**-ndigits, halves to even.
void bigint_round(mpz_ptr result, mpz_srcptr value, mpz_srcptr ndigits);

} // namespace taipan
