// Pieces shared by the numeric types (int.cpp, int_methods.cpp, float.cpp, complex.cpp,
// builtins_number.cpp) and offered to other areas that format or parse numbers: views
// of int values as GMP integers without allocating, raising the pure helpers' errors,
// the text of int()/float()/complex() arguments with Unicode digits mapped to ASCII.
#pragma once

#include "objects/bigint.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/object.h"
#include "support/result.h"
#include "vm/vm.h"

#include <gmp.h>

#include <optional>
#include <string>
#include <string_view>

namespace taipan {

struct Str;

// An owned GMP integer for scratch work, freed at scope exit.
class ScopedMpz {
public:
    ScopedMpz() { mpz_init(m_value); }
    ~ScopedMpz() { mpz_clear(m_value); }
    ScopedMpz(ScopedMpz const&) = delete;
    ScopedMpz& operator=(ScopedMpz const&) = delete;
    mpz_ptr get() { return m_value; }
    operator mpz_ptr() { return m_value; }
    operator mpz_srcptr() const { return m_value; }
    // GMP's macros (mpz_sgn, mpz_odd_p...) dereference their argument.
    __mpz_struct* operator->() { return m_value; }
    __mpz_struct const* operator->() const { return m_value; }

private:
    mpz_t m_value;
};

// A read-only GMP view of any int value (bools and subclasses included). A small int
// is viewed through a limb on the stack, so nothing is allocated; the view must not
// outlive the value or be copied.
class IntView {
public:
    explicit IntView(Value value);
    IntView(IntView const&) = delete;
    IntView& operator=(IntView const&) = delete;
    mpz_srcptr get() const { return m_pointer; }
    operator mpz_srcptr() const { return m_pointer; }
    __mpz_struct const* operator->() const { return m_pointer; }

private:
    mp_limb_t m_limb = 0;
    __mpz_struct m_small;
    mpz_srcptr m_pointer;
};

// The int value of any int instance as an int64_t when it fits; small ints first.
inline bool int_as_int64(Value value, int64_t& out)
{
    if (value.is_small_int()) {
        out = value.as_small_int();
        return true;
    }
    auto fitted = int_to_int64(value);
    if (!fitted)
        return false;
    out = *fitted;
    return true;
}

// A new int from a scratch GMP integer whose value is taken (the scratch is left 0).
Result<Ref<>> new_int_taking(Vm&, mpz_ptr);
// The exact-int copy of any int instance (int(True) is 1): the value itself for ints.
Result<Ref<>> int_exact_copy(Vm&, Value);
// An instance of `type` (int or a subclass) holding `value` (an exact int).
Result<Ref<>> int_subtype_from_int(Vm&, Type& type, Value value);
// Three-way comparison of two int instances (-1, 0, 1).
int int_compare(Value left, Value right);
// str(int) in base 10 with the max_str_digits limit.
Result<std::string> int_to_decimal(Vm&, Value);
Result<Ref<Str>> int_repr(Vm&, Value);
// An int operator for the int methods: NotImplemented unless both operands are ints
// (subclass instances included). int_binary_op (int.h) is the interpreter's entry.
Result<Ref<>> int_number_operation(Vm&, Value left, Value right, BinaryOperator);
// pow(base, exponent, modulus) for three ints.
Result<Ref<>> int_pow_modulo(Vm&, Value base, Value exponent, Value modulus);
// format(int, spec) with the digit limit for decimal presentation types.
Result<Ref<Str>> int_format(Vm&, Value, std::string_view spec);
// The same text appended to `out` as UTF-8.
Result<void> int_format_append(Vm&, std::string& out, Value, std::string_view spec);
// int(x) (PyNumber_Long): __int__, __index__, __trunc__, str/bytes/bytearray.
Result<Ref<>> number_to_int(Vm&, Value);
// int(text, base) for a str, bytes or bytearray argument.
Result<Ref<>> int_from_text(Vm&, Value text, int base);

// An int value seen by format_spec.h's integer formatting (%d, format(x, 'x')...).
class IntDigits final : public IntegerDigits {
public:
    explicit IntDigits(Value value)
        : m_view(value)
    {
    }
    bool is_negative() const override { return mpz_sgn(m_view.get()) < 0; }
    void append_magnitude(std::string& out, int base) const override;
    FormatResult<double> to_double() const override;

private:
    IntView m_view;
};

// float(x) of a str, bytes or bytearray argument; null (no exception) when `text` is
// none of those.
Result<std::optional<double>> float_from_text(Vm&, Value text);
// A float of `type` (float or a subclass).
Result<Ref<>> float_subtype_new(Vm&, Type& type, double);
// The double of a float or int operand of an arithmetic operator; nullopt (no
// exception) for other types, so the operator returns NotImplemented.
Result<std::optional<double>> float_operand(Vm&, Value);
// Float ** float with CPython's special cases (may return a complex for a negative
// base and a fractional exponent).
Result<Ref<>> float_power(Vm&, double base, double exponent);

// Raises a pure helper's error as the Python exception it names.
Raised raise_numeric_error(Vm&, NumericError const&);
Raised raise_format_error(Vm&, FormatError const&);
// OverflowError(34, 'Numerical result out of range'), as C's ERANGE reaches Python.
Raised raise_range_error(Vm&);

// The UTF-8 text of a str/bytes/bytearray argument of int(), float() or complex();
// nullopt when `value` is none of them. `is_bytes` tells which repr its messages use.
struct NumberText {
    std::string text;
    bool is_bytes = false;
};
std::optional<NumberText> number_text(Value);

// CPython parses numbers after mapping each non-ASCII character of a str: Unicode
// white space to ' ', decimal digits (category Nd) to their ASCII digit, anything else
// to '?' (never valid), so '١٢' is 12. ASCII text comes back unchanged.
std::string ascii_number_image(std::string_view utf8);

// The type name of a value as CPython's messages print it.
std::string number_type_name(Value);

} // namespace taipan
