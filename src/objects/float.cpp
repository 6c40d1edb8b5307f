// float: boxed IEEE doubles with CPython 3.11's arithmetic (Python's floor division and
// modulo signs, pow's special cases), exact comparison with ints of any size, hashing,
// repr/format/hex text, and float.__new__.
#include "objects/float.h"

#include "objects/abstract.h"
#include "objects/bigint.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/float_text.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/numbers.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <cmath>
#include <cstring>

namespace taipan {

Type float_type;

void FloatFreeList::release_all()
{
    while (FloatObject* object = take())
        free_instance(object);
}

Result<Ref<>> new_float(Vm& vm, double value)
{
    if (FloatObject* reused = vm.float_free_list.take()) {
        reused->refcount = 1;
        reused->value = value;
        return Ref<>::adopt(Value(static_cast<Object*>(reused)));
    }
    Ref<FloatObject> object = TRY(make_object<FloatObject>(vm, float_type, 0));
    object->value = value;
    return Ref<>(std::move(object));
}

Result<Ref<>> float_subtype_new(Vm& vm, Type& type, double value)
{
    if (&type == &float_type)
        return new_float(vm, value);
    Ref<FloatObject> object = TRY(make_object<FloatObject>(vm, type, 0));
    object->value = value;
    return Ref<>(std::move(object));
}

Result<double> to_double(Vm& vm, Value value)
{
    if (is_float(value))
        return float_value(value);
    if (is_int(value))
        return int_to_double(vm, value);
    Type& type = *value.type();
    if (type.lookup_special(SpecialMethod::Float)) {
        Ref<> result = TRY(call_special(vm, SpecialMethod::Float, value));
        if (!is_float(result))
            return vm.raise(ExceptionKind::TypeError,
                type.name + ".__float__ returned non-float (type " + type_name(result) + ")");
        // CPython warns (DeprecationWarning) about a float subclass here.
        return float_value(result);
    }
    if (type.lookup_special(SpecialMethod::Index)) {
        Ref<> index = TRY(number_index(vm, value));
        return int_to_double(vm, index);
    }
    return vm.raise(ExceptionKind::TypeError, "must be real number, not " + type_name(value));
}

Result<std::optional<double>> float_operand(Vm& vm, Value value)
{
    if (is_float(value))
        return std::optional<double> {float_value(value)};
    if (is_int(value)) {
        double converted = TRY(int_to_double(vm, value));
        return std::optional<double> {converted};
    }
    return std::optional<double> {};
}

namespace {

    bool is_odd_integer(double value)
    {
        return std::fmod(std::fabs(value), 2.0) == 1.0;
    }

} // namespace

Result<Ref<>> float_power(Vm& vm, double base, double exponent)
{
    // CPython handles the IEEE special cases itself rather than trusting the C pow().
    if (exponent == 0)
        return new_float(vm, 1.0);
    if (std::isnan(base))
        return new_float(vm, base);
    if (std::isnan(exponent))
        return new_float(vm, base == 1.0 ? 1.0 : exponent);
    if (std::isinf(exponent)) {
        double magnitude = std::fabs(base);
        if (magnitude == 1.0)
            return new_float(vm, 1.0);
        if ((exponent > 0) == (magnitude > 1.0))
            return new_float(vm, std::fabs(exponent));
        return new_float(vm, 0.0);
    }
    if (std::isinf(base)) {
        bool odd = is_odd_integer(exponent);
        if (exponent > 0)
            return new_float(vm, odd ? base : std::fabs(base));
        return new_float(vm, odd ? std::copysign(0.0, base) : 0.0);
    }
    if (base == 0) {
        if (exponent < 0)
            return vm.raise(ExceptionKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return new_float(vm, is_odd_integer(exponent) ? base : 0.0);
    }
    bool negate = false;
    if (base < 0) {
        if (exponent != std::floor(exponent)) {
            // CPython: a negative number to a fractional power is complex.
            ComplexValue result = TRY(complex_power(vm, {base, 0.0}, {exponent, 0.0}));
            return new_complex(vm, result);
        }
        base = -base;
        negate = is_odd_integer(exponent);
    }
    if (base == 1.0)
        return new_float(vm, negate ? -1.0 : 1.0);
    double result = std::pow(base, exponent);
    if (negate)
        result = -result;
    if (std::isinf(result))
        return raise_range_error(vm);
    return new_float(vm, result);
}

namespace {

    double self_value(Args args)
    {
        return float_value(args[0]);
    }

    // --- arithmetic ---

    struct DivMod {
        double quotient;
        double remainder;
    };

    // Python's divmod for floats: the remainder takes the divisor's sign, and the quotient
    // is the exactly rounded floor of the true quotient.
    DivMod float_divmod_values(double left, double right)
    {
        double remainder = std::fmod(left, right);
        double quotient = (left - remainder) / right;
        if (remainder != 0) {
            if ((right < 0) != (remainder < 0)) {
                remainder += right;
                quotient -= 1.0;
            }
        } else {
            remainder = std::copysign(0.0, right);
        }
        double floor_quotient;
        if (quotient != 0) {
            floor_quotient = std::floor(quotient);
            if (quotient - floor_quotient > 0.5)
                floor_quotient += 1.0;
        } else {
            floor_quotient = std::copysign(0.0, left / right);
        }
        return {floor_quotient, remainder};
    }

    Result<Ref<>> float_arithmetic(Vm& vm, Value left, Value right, BinaryOperator operation)
    {
        double a, b;
        if (is_exact_float(left) && is_exact_float(right)) [[likely]] {
            a = float_value(left);
            b = float_value(right);
        } else {
            auto left_operand = TRY(float_operand(vm, left));
            if (!left_operand)
                return ref(not_implemented());
            auto right_operand = TRY(float_operand(vm, right));
            if (!right_operand)
                return ref(not_implemented());
            a = *left_operand;
            b = *right_operand;
        }
        switch (operation) {
        case BinaryOperator::Add:
            return new_float(vm, a + b);
        case BinaryOperator::Subtract:
            return new_float(vm, a - b);
        case BinaryOperator::Multiply:
            return new_float(vm, a * b);
        case BinaryOperator::TrueDivide:
            if (b == 0)
                return vm.raise(ExceptionKind::ZeroDivisionError, "float division by zero");
            return new_float(vm, a / b);
        case BinaryOperator::FloorDivide:
            if (b == 0)
                return vm.raise(ExceptionKind::ZeroDivisionError, "float floor division by zero");
            return new_float(vm, float_divmod_values(a, b).quotient);
        case BinaryOperator::Remainder: {
            if (b == 0)
                return vm.raise(ExceptionKind::ZeroDivisionError, "float modulo");
            double remainder = std::fmod(a, b);
            if (remainder != 0) {
                if ((b < 0) != (remainder < 0))
                    remainder += b;
            } else {
                remainder = std::copysign(0.0, b);
            }
            return new_float(vm, remainder);
        }
        case BinaryOperator::Power:
            return float_power(vm, a, b);
        default:
            return ref(not_implemented());
        }
    }

    template<BinaryOperator operation>
    Result<Ref<>> float_operator(Vm& vm, Args args)
    {
        return float_arithmetic(vm, args[0], args[1], operation);
    }

    template<BinaryOperator operation>
    Result<Ref<>> float_reflected_operator(Vm& vm, Args args)
    {
        return float_arithmetic(vm, args[1], args[0], operation);
    }

    Result<Ref<>> float_divmod_operands(Vm& vm, Value left, Value right)
    {
        auto a = TRY(float_operand(vm, left));
        if (!a)
            return ref(not_implemented());
        auto b = TRY(float_operand(vm, right));
        if (!b)
            return ref(not_implemented());
        if (*b == 0)
            return vm.raise(ExceptionKind::ZeroDivisionError, "float divmod()");
        DivMod result = float_divmod_values(*a, *b);
        Ref<> quotient = TRY(new_float(vm, result.quotient));
        Ref<> remainder = TRY(new_float(vm, result.remainder));
        return Ref<>(TRY(new_tuple(vm, {quotient.value(), remainder.value()})));
    }

    Result<Ref<>> float_divmod(Vm& vm, Args args)
    {
        return float_divmod_operands(vm, args[0], args[1]);
    }
    Result<Ref<>> float_rdivmod(Vm& vm, Args args)
    {
        return float_divmod_operands(vm, args[1], args[0]);
    }

    Result<Ref<>> float_pow_operands(Vm& vm, Value base, Value exponent, Value modulus)
    {
        if (!modulus.is_null() && !is_none(modulus))
            return vm.raise(
                ExceptionKind::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        auto a = TRY(float_operand(vm, base));
        if (!a)
            return ref(not_implemented());
        auto b = TRY(float_operand(vm, exponent));
        if (!b)
            return ref(not_implemented());
        return float_power(vm, *a, *b);
    }

    Result<Ref<>> float_pow(Vm& vm, Args args)
    {
        return float_pow_operands(vm, args[0], args[1], args[2]);
    }
    Result<Ref<>> float_rpow(Vm& vm, Args args)
    {
        return float_pow_operands(vm, args[1], args[0], args[2]);
    }

    // --- comparison ---

    // Three-way comparison of a double (not NaN) with an int, exactly.
    int compare_double_int(double value, Value integer)
    {
        if (integer.is_small_int()) {
            int64_t number = integer.as_small_int();
            // Every int of magnitude up to 2**53 is a double.
            if (number >= -(int64_t {1} << 53) && number <= (int64_t {1} << 53)) {
                double converted = static_cast<double>(number);
                return (value > converted) - (value < converted);
            }
        }
        if (std::isinf(value))
            return value > 0 ? 1 : -1;
        IntView view(integer);
        int comparison = mpz_cmp_d(view, value);
        return (comparison < 0) - (comparison > 0);
    }

    template<ComparisonOperator operation>
    Result<Ref<>> float_richcompare(Vm&, Args args)
    {
        double value = self_value(args);
        Value other = args[1];
        int comparison;
        if (is_float(other)) {
            double right = float_value(other);
            if (std::isnan(value) || std::isnan(right))
                return new_bool(operation == ComparisonOperator::NotEqual);
            comparison = (value > right) - (value < right);
        } else if (is_int(other)) {
            if (std::isnan(value))
                return new_bool(operation == ComparisonOperator::NotEqual);
            comparison = compare_double_int(value, other);
        } else {
            return ref(not_implemented());
        }
        switch (operation) {
        case ComparisonOperator::Less:
            return new_bool(comparison < 0);
        case ComparisonOperator::LessEqual:
            return new_bool(comparison <= 0);
        case ComparisonOperator::Equal:
            return new_bool(comparison == 0);
        case ComparisonOperator::NotEqual:
            return new_bool(comparison != 0);
        case ComparisonOperator::Greater:
            return new_bool(comparison > 0);
        case ComparisonOperator::GreaterEqual:
            return new_bool(comparison >= 0);
        }
        return ref(not_implemented());
    }

    // --- unary operators and conversions ---

    Result<Ref<>> float_neg(Vm& vm, Args args)
    {
        return new_float(vm, -self_value(args));
    }
    Result<Ref<>> float_abs(Vm& vm, Args args)
    {
        return new_float(vm, std::fabs(self_value(args)));
    }
    Result<Ref<>> float_bool(Vm&, Args args)
    {
        return new_bool(self_value(args) != 0);
    }

    // __pos__, __float__, conjugate and real: the value as an exact float.
    Result<Ref<>> float_exact(Vm& vm, Value self)
    {
        if (is_exact_float(self))
            return ref(self);
        return new_float(vm, float_value(self));
    }
    Result<Ref<>> float_self(Vm& vm, Args args)
    {
        return float_exact(vm, args[0]);
    }
    Result<Ref<>> float_real(Vm& vm, Value self)
    {
        return float_exact(vm, self);
    }
    Result<Ref<>> float_imag(Vm& vm, Value)
    {
        return new_float(vm, 0.0);
    }

    Result<Ref<>> float_to_int(Vm& vm, double value, FloatRounding rounding)
    {
        if (std::fabs(value) < 4e18) {
            double rounded = rounding == FloatRounding::Truncate ? std::trunc(value)
                : rounding == FloatRounding::Floor               ? std::floor(value)
                                                                 : std::ceil(value);
            return new_int(static_cast<int64_t>(rounded));
        }
        ScopedMpz result;
        auto status = bigint_from_double(result, value, rounding);
        if (status.is_error())
            return raise_numeric_error(vm, status.error());
        return new_int_taking(vm, result);
    }

    Result<Ref<>> float_trunc(Vm& vm, Args args)
    {
        return float_to_int(vm, self_value(args), FloatRounding::Truncate);
    }
    Result<Ref<>> float_floor(Vm& vm, Args args)
    {
        return float_to_int(vm, self_value(args), FloatRounding::Floor);
    }
    Result<Ref<>> float_ceil(Vm& vm, Args args)
    {
        return float_to_int(vm, self_value(args), FloatRounding::Ceil);
    }

    Result<Ref<>> float_round(Vm& vm, Args args)
    {
        double value = self_value(args);
        if (args[1].is_null() || is_none(args[1])) {
            // Round half to even, to an int.
            double rounded = std::round(value);
            if (std::fabs(value - rounded) == 0.5)
                rounded = 2.0 * std::round(value / 2.0);
            return float_to_int(vm, rounded, FloatRounding::Truncate);
        }
        Ref<> index = TRY(number_index(vm, args[1]));
        // CPython clamps ndigits into a C ssize_t; round_double treats the extremes alike.
        int64_t ndigits = int_to_int64(index).value_or(int_sign(index) < 0 ? INT64_MIN : INT64_MAX);
        auto rounded = round_double(value, ndigits);
        if (rounded.is_error())
            return raise_format_error(vm, rounded.error());
        return new_float(vm, rounded.value());
    }

    Result<Ref<>> float_hash(Vm&, Args args)
    {
        return new_int(hash_double(self_value(args), reinterpret_cast<uintptr_t>(args[0].as_object())));
    }

    Result<Ref<>> float_repr(Vm& vm, Args args)
    {
        std::string text;
        append_float_repr(text, self_value(args));
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> float_format(Vm& vm, Args args)
    {
        if (!is_str(args[1]))
            return vm.raise(
                ExceptionKind::TypeError, "__format__() argument must be str, not " + type_name(args[1]));
        Str& spec = as_str(args[1]);
        // CPython: an empty spec is str(self), which a subclass may override.
        if (spec.length == 0)
            return Ref<>(TRY(str(vm, args[0])));
        std::string out;
        std::string spec_text = str_to_utf8(spec);
        auto formatted = format_double(out, self_value(args), spec_text, args[0].type()->name);
        if (formatted.is_error())
            return raise_format_error(vm, formatted.error());
        return Ref<>(TRY(new_str(vm, out)));
    }

    Result<Ref<>> float_is_integer(Vm&, Args args)
    {
        double value = self_value(args);
        return new_bool(std::isfinite(value) && std::floor(value) == value);
    }

    Result<Ref<>> float_as_integer_ratio(Vm& vm, Args args)
    {
        ScopedMpz numerator, denominator;
        auto status = double_as_integer_ratio(numerator, denominator, self_value(args));
        if (status.is_error())
            return raise_numeric_error(vm, status.error());
        Ref<> top = TRY(new_int_taking(vm, numerator));
        Ref<> bottom = TRY(new_int_taking(vm, denominator));
        return Ref<>(TRY(new_tuple(vm, {top.value(), bottom.value()})));
    }

    Result<Ref<>> float_hex(Vm& vm, Args args)
    {
        std::string text;
        append_float_hex(text, self_value(args));
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> float_fromhex(Vm& vm, Args args)
    {
        if (!is_str(args[1]))
            return vm.raise(
                ExceptionKind::TypeError, "fromhex() argument must be str, not " + type_name(args[1]));
        auto parsed = float_from_hex(str_to_utf8(as_str(args[1])));
        if (parsed.is_error())
            return raise_format_error(vm, parsed.error());
        Ref<> result = TRY(new_float(vm, parsed.value()));
        if (args[0].is(Value(&float_type)))
            return result;
        // CPython calls a subclass with the float, so its constructor runs.
        return call(vm, args[0], {result.value()});
    }

    Result<Ref<>> float_getformat(Vm& vm, Args args)
    {
        if (!is_str(args[1]))
            return vm.raise(
                ExceptionKind::TypeError, "__getformat__() argument must be str, not " + type_name(args[1]));
        std::string kind = str_to_utf8(as_str(args[1]));
        if (kind != "double" && kind != "float")
            return vm.raise(
                ExceptionKind::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return Ref<>(TRY(new_str(vm, "IEEE, little-endian")));
    }

    Result<Ref<>> float_getnewargs(Vm& vm, Args args)
    {
        Ref<> value = TRY(new_float(vm, self_value(args)));
        return Ref<>(TRY(new_tuple(vm, {value.value()})));
    }

    // float(x): PyNumber_Float's order: a float, __float__, __index__, then text.
    Result<double> float_argument(Vm& vm, Value value)
    {
        if (is_float(value) && (is_exact_float(value) || !value.type()->lookup_special(SpecialMethod::Float)))
            return float_value(value);
        if (is_exact_int(value))
            return int_to_double(vm, value);
        Type& type = *value.type();
        if (type.lookup_special(SpecialMethod::Float) || type.lookup_special(SpecialMethod::Index))
            return to_double(vm, value);
        if (auto parsed = TRY(float_from_text(vm, value)))
            return *parsed;
        return vm.raise(ExceptionKind::TypeError,
            "float() argument must be a string or a real number, not '" + type_name(value) + "'");
    }

    Result<Ref<>> float_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], float_type));
        if (!args[2].is_null() && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "float() takes no keyword arguments");
        Tuple& positional = as_tuple(args[1]);
        if (positional.size > 1)
            return vm.raise(ExceptionKind::TypeError,
                "float expected at most 1 argument, got " + std::to_string(positional.size));
        if (positional.size == 0)
            return float_subtype_new(vm, *type, 0.0);
        Value x = positional[0];
        if (type == &float_type && is_exact_float(x))
            return ref(x);
        double value = TRY(float_argument(vm, x));
        return float_subtype_new(vm, *type, value);
    }

    using Op = BinaryOperator;
    using Compare = ComparisonOperator;

    constexpr NativeMethod float_methods[] = {
        {"__new__($type, *args, **kwargs)", float_new, MethodKind::Static},
        {"__repr__($self, /)", float_repr},
        {"__hash__($self, /)", float_hash},
        {"__bool__($self, /)", float_bool},
        {"__add__($self, value, /)", float_operator<Op::Add>},
        {"__radd__($self, value, /)", float_reflected_operator<Op::Add>},
        {"__sub__($self, value, /)", float_operator<Op::Subtract>},
        {"__rsub__($self, value, /)", float_reflected_operator<Op::Subtract>},
        {"__mul__($self, value, /)", float_operator<Op::Multiply>},
        {"__rmul__($self, value, /)", float_reflected_operator<Op::Multiply>},
        {"__truediv__($self, value, /)", float_operator<Op::TrueDivide>},
        {"__rtruediv__($self, value, /)", float_reflected_operator<Op::TrueDivide>},
        {"__floordiv__($self, value, /)", float_operator<Op::FloorDivide>},
        {"__rfloordiv__($self, value, /)", float_reflected_operator<Op::FloorDivide>},
        {"__mod__($self, value, /)", float_operator<Op::Remainder>},
        {"__rmod__($self, value, /)", float_reflected_operator<Op::Remainder>},
        {"__divmod__($self, value, /)", float_divmod},
        {"__rdivmod__($self, value, /)", float_rdivmod},
        {"__pow__($self, value, mod=None, /)", float_pow},
        {"__rpow__($self, value, mod=None, /)", float_rpow},
        {"__neg__($self, /)", float_neg},
        {"__pos__($self, /)", float_self},
        {"__abs__($self, /)", float_abs},
        {"__int__($self, /)", float_trunc},
        {"__float__($self, /)", float_self},
        {"__eq__($self, value, /)", float_richcompare<Compare::Equal>},
        {"__ne__($self, value, /)", float_richcompare<Compare::NotEqual>},
        {"__lt__($self, value, /)", float_richcompare<Compare::Less>},
        {"__le__($self, value, /)", float_richcompare<Compare::LessEqual>},
        {"__gt__($self, value, /)", float_richcompare<Compare::Greater>},
        {"__ge__($self, value, /)", float_richcompare<Compare::GreaterEqual>},
        {"__trunc__($self, /)", float_trunc, MethodKind::Instance,
            "Return the Integral closest to x between 0 and x."},
        {"__floor__($self, /)", float_floor, MethodKind::Instance, "Return the floor as an Integral."},
        {"__ceil__($self, /)", float_ceil, MethodKind::Instance, "Return the ceiling as an Integral."},
        {"__round__($self, ndigits=None, /)", float_round, MethodKind::Instance,
            "Return the Integral closest to x, rounding half toward even.\n\n"
            "When an argument is passed, work like built-in round(x, ndigits)."},
        {"__format__($self, format_spec, /)", float_format, MethodKind::Instance,
            "Formats the float according to format_spec."},
        {"__getnewargs__($self, /)", float_getnewargs},
        {"__getformat__($type, typestr, /)", float_getformat, MethodKind::Class,
            "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\n"
            "It exists mainly to be used in Python's test suite.\n\n"
            "This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\n"
            "little-endian' best describes the format of floating point numbers used by the\n"
            "C type named by typestr."},
        {"conjugate($self, /)", float_self, MethodKind::Instance,
            "Return self, the complex conjugate of any float."},
        {"is_integer($self, /)", float_is_integer, MethodKind::Instance,
            "Return True if the float is an integer."},
        {"as_integer_ratio($self, /)", float_as_integer_ratio, MethodKind::Instance,
            "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
            "original float\n"
            "and with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on "
            "NaNs.\n\n"
            ">>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n"
            ">>> (-.25).as_integer_ratio()\n(-1, 4)"},
        {"hex($self, /)", float_hex, MethodKind::Instance,
            "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n"
            "'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"},
        {"fromhex($type, string, /)", float_fromhex, MethodKind::Class,
            "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n"
            "2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324"},
    };

    constexpr NativeProperty float_properties[] = {
        {"real", float_real, nullptr, "the real part of a complex number"},
        {"imag", float_imag, nullptr, "the imaginary part of a complex number"},
    };

} // namespace

extern TypeSpec const float_type_spec;
TypeSpec const float_type_spec = {
    .name = "float",
    .instance_size = sizeof(FloatObject),
    .flags = TypeBaseType | TypeFloatSubclass,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .methods = float_methods,
    .properties = float_properties,
};

} // namespace taipan
