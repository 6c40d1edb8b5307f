// int's engine: making ints (tagged small ints, GMP-backed IntObjects), reading them
// back, and the arithmetic every int operator and the interpreter's slow path share,
// with small-int fast paths that allocate nothing. The Python-visible methods, bool
// and int.__new__ are in int_methods.cpp.
#include "objects/int.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/hash.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <charconv>
#include <climits>
#include <cmath>

namespace taipan {

// --- views and construction ---

IntView::IntView(Value value)
{
    if (value.is_small_int()) {
        int64_t number = value.as_small_int();
        // Small ints are 63-bit, so the magnitude always fits one 64-bit limb.
        m_limb = static_cast<mp_limb_t>(number < 0 ? -number : number);
        mpz_roinit_n(&m_small, &m_limb, number < 0 ? -1 : (number == 0 ? 0 : 1));
        m_pointer = &m_small;
    } else {
        m_pointer = static_cast<IntObject*>(value.as_object())->value;
    }
}

static Result<Ref<IntObject>> new_int_object(Vm& vm, Type& type)
{
    return make_object<IntObject>(vm, type, 0);
}

Ref<> new_int(int64_t value)
{
    if (Value::fits_small_int(value)) [[likely]]
        return Ref<>::adopt(Value::small_int(value));
    Ref<IntObject> object = MUST(new_int_object(Vm::current(), int_type));
    mpz_set_si(object->value, value);
    return object;
}

Result<Ref<>> new_int(Vm& vm, mpz_srcptr value)
{
    if (mpz_fits_slong_p(value)) {
        int64_t small = mpz_get_si(value);
        if (Value::fits_small_int(small))
            return Ref<>::adopt(Value::small_int(small));
    }
    Ref<IntObject> object = TRY(new_int_object(vm, int_type));
    mpz_set(object->value, value);
    return Ref<>(std::move(object));
}

Result<Ref<>> new_int_taking(Vm& vm, mpz_ptr value)
{
    if (mpz_fits_slong_p(value)) {
        int64_t small = mpz_get_si(value);
        if (Value::fits_small_int(small)) {
            mpz_set_ui(value, 0);
            return Ref<>::adopt(Value::small_int(small));
        }
    }
    Ref<IntObject> object = TRY(new_int_object(vm, int_type));
    mpz_swap(object->value, value);
    return Ref<>(std::move(object));
}

Result<Ref<>> new_int_from_uint64(Vm& vm, uint64_t value)
{
    if (value <= static_cast<uint64_t>(Value::max_small_int))
        return Ref<>::adopt(Value::small_int(static_cast<int64_t>(value)));
    Ref<IntObject> object = TRY(new_int_object(vm, int_type));
    mpz_set_ui(object->value, value);
    return Ref<>(std::move(object));
}

Result<Ref<>> int_exact_copy(Vm& vm, Value value)
{
    if (is_exact_int(value))
        return ref(value);
    return new_int(vm, static_cast<IntObject*>(value.as_object())->value);
}

Result<Ref<>> int_subtype_from_int(Vm& vm, Type& type, Value value)
{
    if (&type == &int_type)
        return ref(value);
    Ref<IntObject> object = TRY(new_int_object(vm, type));
    IntView view(value);
    mpz_set(object->value, view);
    return Ref<>(std::move(object));
}

std::optional<int64_t> int_to_int64(Value value)
{
    if (value.is_small_int())
        return value.as_small_int();
    mpz_srcptr number = static_cast<IntObject*>(value.as_object())->value;
    if (!mpz_fits_slong_p(number))
        return std::nullopt;
    return static_cast<int64_t>(mpz_get_si(number));
}

void int_to_mpz(Value value, mpz_ptr out)
{
    if (value.is_small_int())
        mpz_set_si(out, value.as_small_int());
    else
        mpz_set(out, static_cast<IntObject*>(value.as_object())->value);
}

int int_sign(Value value)
{
    if (value.is_small_int()) {
        int64_t number = value.as_small_int();
        return (number > 0) - (number < 0);
    }
    return mpz_sgn(static_cast<IntObject*>(value.as_object())->value);
}

Result<double> int_to_double(Vm& vm, Value value)
{
    if (value.is_small_int()) {
        // Magnitudes up to 2**53 convert exactly; larger ones round as the hardware
        // does, which is round-half-even like CPython's conversion.
        return static_cast<double>(value.as_small_int());
    }
    auto converted = bigint_to_double(static_cast<IntObject*>(value.as_object())->value);
    if (converted.is_error())
        return raise_numeric_error(vm, converted.error());
    return converted.value();
}

int int_max_str_digits(Vm& vm)
{
    return vm.sys_state.max_str_digits;
}

int int_compare(Value left, Value right)
{
    if (left.is_small_int() && right.is_small_int()) {
        int64_t a = left.as_small_int();
        int64_t b = right.as_small_int();
        return (a > b) - (a < b);
    }
    IntView a(left);
    IntView b(right);
    int comparison = mpz_cmp(a, b);
    return (comparison > 0) - (comparison < 0);
}

// --- errors ---

Raised raise_numeric_error(Vm& vm, NumericError const& error)
{
    switch (error.kind) {
    case NumericError::ValueError:
        return vm.raise(ExceptionKind::ValueError, error.message);
    case NumericError::OverflowError:
        if (error.message == "(34, 'Numerical result out of range')")
            return raise_range_error(vm);
        return vm.raise(ExceptionKind::OverflowError, error.message);
    case NumericError::ZeroDivisionError:
        return vm.raise(ExceptionKind::ZeroDivisionError, error.message);
    case NumericError::TypeError:
        return vm.raise(ExceptionKind::TypeError, error.message);
    case NumericError::MemoryError:
        return vm.raise(ExceptionKind::MemoryError, error.message);
    }
    return vm.raise(ExceptionKind::SystemError, error.message);
}

Raised raise_format_error(Vm& vm, FormatError const& error)
{
    switch (error.kind) {
    case FormatError::Kind::ValueError:
        return vm.raise(ExceptionKind::ValueError, error.message);
    case FormatError::Kind::TypeError:
        return vm.raise(ExceptionKind::TypeError, error.message);
    case FormatError::Kind::OverflowError:
        return vm.raise(ExceptionKind::OverflowError, error.message);
    }
    return vm.raise(ExceptionKind::SystemError, error.message);
}

Raised raise_range_error(Vm& vm)
{
    // CPython: a C math error reaches Python as OverflowError(errno, strerror(errno)),
    // two arguments, so str() shows the tuple.
    auto message = new_str(vm, "Numerical result out of range");
    if (message.is_error())
        return Raised {ExceptionPending {}};
    Value arguments[] = {Value::small_int(34), message.value().value()};
    auto exception = call(vm, Value(&exception_type(ExceptionKind::OverflowError)), {arguments, 2});
    if (exception.is_error())
        return Raised {ExceptionPending {}};
    return vm.raise_object(exception.value());
}

// --- text ---

Result<std::string> int_to_decimal(Vm& vm, Value value)
{
    if (value.is_small_int()) {
        char buffer[24];
        char* end = std::to_chars(buffer, buffer + sizeof buffer, value.as_small_int()).ptr;
        return std::string(buffer, end);
    }
    auto text = bigint_to_decimal(static_cast<IntObject*>(value.as_object())->value, int_max_str_digits(vm));
    if (text.is_error())
        return raise_numeric_error(vm, text.error());
    return text.release_value();
}

Result<Ref<Str>> int_repr(Vm& vm, Value value)
{
    if (value.is_small_int()) {
        char buffer[24];
        char* end = std::to_chars(buffer, buffer + sizeof buffer, value.as_small_int()).ptr;
        return new_str(vm, std::string_view(buffer, size_t(end - buffer)));
    }
    std::string text = TRY(int_to_decimal(vm, value));
    return new_str(vm, text);
}

void IntDigits::append_magnitude(std::string& out, int base) const
{
    mpz_srcptr value = m_view.get();
    size_t start = out.size();
    out.resize(start + mpz_sizeinbase(value, base) + 2);
    mpz_get_str(out.data() + start, base, value);
    // mpz_get_str writes a sign and may over-estimate the length by one digit.
    std::string digits(out.data() + start);
    if (!digits.empty() && digits[0] == '-')
        digits.erase(0, 1);
    out.resize(start);
    out += digits;
}

FormatResult<double> IntDigits::to_double() const
{
    auto converted = bigint_to_double(m_view.get());
    if (converted.is_error())
        return Failure {FormatError {FormatError::Kind::OverflowError, converted.error().message}};
    return converted.value();
}

Result<void> int_format_append(Vm& vm, std::string& out, Value value, std::string_view spec)
{
    std::string_view type_name = value.type()->name;
    int64_t small;
    if (int_as_int64(value, small)) {
        auto formatted = format_int(out, small, spec, type_name);
        if (formatted.is_error())
            return raise_format_error(vm, formatted.error());
        return {};
    }
    // CPython: the decimal presentations of a huge int hit the str-digits limit (the
    // binary bases never do).
    int limit = int_max_str_digits(vm);
    if (limit > 0) {
        auto parsed = parse_format_spec(spec, type_name, 'd');
        if (parsed.is_error())
            return raise_format_error(vm, parsed.error());
        char32_t type = parsed.value().type;
        if (type == 0 || type == 'd' || type == 'n')
            TRY(int_to_decimal(vm, value));
    }
    auto formatted = format_int(out, IntDigits(value), spec, type_name);
    if (formatted.is_error())
        return raise_format_error(vm, formatted.error());
    return {};
}

Result<Ref<Str>> int_format(Vm& vm, Value value, std::string_view spec)
{
    std::string out;
    TRY(int_format_append(vm, out, value, spec));
    return new_str(vm, out);
}

// --- arithmetic ---

// An operator without its in-place form (BinaryOperator lists the in-place forms after
// the plain ones, in the same order).
static BinaryOperator plain_operator(int binary_operator)
{
    constexpr int inplace_offset
        = static_cast<int>(BinaryOperator::InplaceAdd) - static_cast<int>(BinaryOperator::Add);
    if (binary_operator >= static_cast<int>(BinaryOperator::InplaceAdd))
        binary_operator -= inplace_offset;
    return static_cast<BinaryOperator>(binary_operator);
}

static Result<Ref<>> float_result(Vm& vm, NumericResult<double> result)
{
    if (result.is_error())
        return raise_numeric_error(vm, result.error());
    return new_float(vm, result.value());
}

// CPython's limit on the size of an int (MAX_LONG_DIGITS of 30-bit digits); a shift
// past it is an OverflowError rather than a MemoryError.
static bool shift_exceeds_int_size(mpz_srcptr value, mpz_srcptr count)
{
    constexpr uint64_t max_digits = (uint64_t {INT64_MAX} - 24) / 4;
    if (!mpz_fits_slong_p(count))
        return mpz_sgn(count) > 0;
    uint64_t word_shift = static_cast<uint64_t>(mpz_get_si(count)) / 30;
    uint64_t digits = (mpz_sizeinbase(value, 2) + 29) / 30;
    return word_shift + digits > max_digits;
}

static Result<Ref<>> power_with_negative_exponent(Vm& vm, Value base, Value exponent)
{
    // CPython: a negative exponent makes the operation float ** float.
    double base_value = TRY(int_to_double(vm, base));
    double exponent_value = TRY(int_to_double(vm, exponent));
    return float_power(vm, base_value, exponent_value);
}

static Result<Ref<>> int_arithmetic_big(Vm& vm, Value left, Value right, BinaryOperator operation)
{
    IntView a(left);
    IntView b(right);
    ScopedMpz result;
    NumericResult<void> status;
    switch (operation) {
    case BinaryOperator::Add:
        mpz_add(result, a, b);
        break;
    case BinaryOperator::Subtract:
        mpz_sub(result, a, b);
        break;
    case BinaryOperator::Multiply:
        mpz_mul(result, a, b);
        break;
    case BinaryOperator::TrueDivide:
        return float_result(vm, bigint_true_divide(a, b));
    case BinaryOperator::FloorDivide:
        status = bigint_floor_divide(result, a, b);
        break;
    case BinaryOperator::Remainder:
        status = bigint_modulo(result, a, b);
        break;
    case BinaryOperator::Power:
        if (mpz_sgn(b) < 0)
            return power_with_negative_exponent(vm, left, right);
        status = bigint_pow(result, a, b);
        break;
    case BinaryOperator::LeftShift:
        if (mpz_sgn(b) >= 0 && mpz_sgn(a) != 0 && shift_exceeds_int_size(a, b))
            return vm.raise(ExceptionKind::OverflowError, "too many digits in integer");
        status = bigint_left_shift(result, a, b);
        break;
    case BinaryOperator::RightShift:
        status = bigint_right_shift(result, a, b);
        break;
    case BinaryOperator::And:
        mpz_and(result, a, b);
        break;
    case BinaryOperator::Or:
        mpz_ior(result, a, b);
        break;
    case BinaryOperator::Xor:
        mpz_xor(result, a, b);
        break;
    default:
        return ref(not_implemented());
    }
    if (status.is_error())
        return raise_numeric_error(vm, status.error());
    return new_int_taking(vm, result);
}

// base ** exponent for 0 <= exponent, or nullopt when the result leaves int64_t.
static std::optional<int64_t> int64_power(int64_t base, int64_t exponent)
{
    int64_t result = 1;
    while (exponent > 0) {
        if ((exponent & 1) && __builtin_mul_overflow(result, base, &result))
            return std::nullopt;
        exponent >>= 1;
        if (exponent > 0 && __builtin_mul_overflow(base, base, &base))
            return std::nullopt;
    }
    return result;
}

static Result<Ref<>> int_arithmetic(Vm& vm, Value left, Value right, BinaryOperator operation)
{
    if (left.is_small_int() && right.is_small_int()) {
        // Small ints have 63 bits, so + and - cannot overflow int64_t.
        int64_t a = left.as_small_int();
        int64_t b = right.as_small_int();
        int64_t result;
        switch (operation) {
        case BinaryOperator::Add:
            return new_int(a + b);
        case BinaryOperator::Subtract:
            return new_int(a - b);
        case BinaryOperator::Multiply:
            if (!__builtin_mul_overflow(a, b, &result))
                return new_int(result);
            break;
        case BinaryOperator::TrueDivide:
            return float_result(vm, int64_true_divide(a, b));
        case BinaryOperator::FloorDivide:
            if (b == 0)
                return vm.raise(ExceptionKind::ZeroDivisionError, "integer division or modulo by zero");
            return new_int(int64_floor_divide(a, b));
        case BinaryOperator::Remainder:
            if (b == 0)
                return vm.raise(ExceptionKind::ZeroDivisionError, "integer modulo by zero");
            return new_int(int64_modulo(a, b));
        case BinaryOperator::Power:
            if (b < 0)
                return power_with_negative_exponent(vm, left, right);
            if (auto power = int64_power(a, b))
                return new_int(*power);
            break;
        case BinaryOperator::LeftShift:
            if (b < 0)
                return vm.raise(ExceptionKind::ValueError, "negative shift count");
            if (a == 0)
                return new_int(0);
            if (b < 63) {
                int64_t shifted = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
                if ((shifted >> b) == a)
                    return new_int(shifted);
            }
            break;
        case BinaryOperator::RightShift:
            if (b < 0)
                return vm.raise(ExceptionKind::ValueError, "negative shift count");
            return new_int(b >= 63 ? (a < 0 ? -1 : 0) : (a >> b));
        case BinaryOperator::And:
            return new_int(a & b);
        case BinaryOperator::Or:
            return new_int(a | b);
        case BinaryOperator::Xor:
            return new_int(a ^ b);
        default:
            return ref(not_implemented());
        }
    }
    return int_arithmetic_big(vm, left, right, operation);
}

Result<Ref<>> int_number_operation(Vm& vm, Value left, Value right, BinaryOperator operation)
{
    if (!is_int(left) || !is_int(right))
        return ref(not_implemented());
    return int_arithmetic(vm, left, right, plain_operator(static_cast<int>(operation)));
}

// int and bool themselves (not subclasses, which may override the operators).
static bool is_int_or_bool(Value value)
{
    return value.is_small_int() || value.type() == &int_type || value.type() == &bool_type;
}

Result<Ref<>> int_binary_op(Vm& vm, Value left, Value right, int binary_operator)
{
    BinaryOperator operation = plain_operator(binary_operator);
    if (is_int_or_bool(left) && is_int_or_bool(right)) {
        // & | ^ of two bools stay bools (bool's own operators).
        if (is_bool(left) && is_bool(right)
            && (operation == BinaryOperator::And || operation == BinaryOperator::Or
                || operation == BinaryOperator::Xor)) {
            bool a = left.is(true_value());
            bool b = right.is(true_value());
            bool result = operation == BinaryOperator::And ? (a && b)
                : operation == BinaryOperator::Or          ? (a || b)
                                                           : (a != b);
            return new_bool(result);
        }
        Ref<> result = TRY(int_arithmetic(vm, left, right, operation));
        if (!result.value().is(not_implemented()))
            return result;
    }
    // Subclasses may override the operator, and `@` has no int meaning: the full
    // protocol decides (and raises the TypeError).
    return binary_op(vm, left, right, static_cast<BinaryOperator>(binary_operator));
}

Result<Ref<>> int_pow_modulo(Vm& vm, Value base, Value exponent, Value modulus)
{
    IntView a(base);
    IntView b(exponent);
    IntView m(modulus);
    ScopedMpz result;
    auto status = bigint_pow_modulo(result, a, b, m);
    if (status.is_error())
        return raise_numeric_error(vm, status.error());
    return new_int_taking(vm, result);
}

// --- int(x) ---

static Result<Ref<>> exact_int_result(Vm& vm, Ref<> result, char const* method)
{
    if (is_exact_int(result))
        return result;
    if (!is_int(result))
        return vm.raise(ExceptionKind::TypeError,
            std::string(method) + " returned non-int (type " + type_name(result) + ")");
    // CPython warns (DeprecationWarning) about an int subclass here, then copies it.
    return int_exact_copy(vm, result);
}

Result<Ref<>> number_to_int(Vm& vm, Value value)
{
    if (is_exact_int(value))
        return ref(value);
    if (is_exact_float(value)) {
        ScopedMpz result;
        auto status = bigint_from_double(result, float_value(value));
        if (status.is_error())
            return raise_numeric_error(vm, status.error());
        return new_int_taking(vm, result);
    }
    Type& type = *value.type();
    if (type.lookup_special(SpecialMethod::Int)) {
        Ref<> result = TRY(call_special(vm, SpecialMethod::Int, value));
        return exact_int_result(vm, std::move(result), "__int__");
    }
    if (type.lookup_special(SpecialMethod::Index)) {
        Ref<> result = TRY(number_index(vm, value));
        return exact_int_result(vm, std::move(result), "__index__");
    }
    if (type.lookup_special(SpecialMethod::Trunc)) {
        // CPython 3.11 warns that this delegation is deprecated, then follows it.
        Ref<> result = TRY(call_special(vm, SpecialMethod::Trunc, value));
        if (is_int(result))
            return int_exact_copy(vm, result);
        if (!result.value().type()->lookup_special(SpecialMethod::Index))
            return vm.raise(
                ExceptionKind::TypeError, "__trunc__ returned non-Integral (type " + type_name(result) + ")");
        Ref<> index = TRY(number_index(vm, result));
        return int_exact_copy(vm, index);
    }
    if (is_str(value) || is_bytes(value) || is_bytearray(value))
        return int_from_text(vm, value, 10);
    if (auto view = TRY(bytes_like_view_checked(vm, value))) {
        // A memoryview parses its bytes; CPython quotes them as a bytes object.
        Ref<> bytes = TRY(new_bytes(vm, *view));
        return int_from_text(vm, bytes, 10);
    }
    return vm.raise(ExceptionKind::TypeError,
        "int() argument must be a string, a bytes-like object or a real number, not '" + type_name(value)
            + "'");
}

std::string number_type_name(Value value)
{
    return value.type()->name;
}

} // namespace taipan
