// The Python face of int and bool: every method and special method of 3.11's int,
// int.__new__ (int(x), int(text, base)), the bool type and its two immortal instances.
// The arithmetic itself is int.cpp's engine.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/numbers.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <algorithm>
#include <bit>

namespace taipan {

Type int_type;
Type bool_type;

namespace {

    // True and False: statically allocated, immortal IntObjects of type bool.
    struct ImmortalBool : IntObject {
        explicit ImmortalBool(long number)
        {
            refcount = immortal_refcount;
            type = &bool_type;
            mpz_set_si(value, number);
        }
    };

    ImmortalBool true_object(1);
    ImmortalBool false_object(0);

} // namespace

Value true_value()
{
    return Value(&true_object);
}
Value false_value()
{
    return Value(&false_object);
}

namespace {

    IntObject& big(Value value)
    {
        return *static_cast<IntObject*>(value.as_object());
    }

    // --- operators ---

    template<BinaryOperator operation>
    Result<Ref<>> int_operator(Vm& vm, Args args)
    {
        return int_number_operation(vm, args[0], args[1], operation);
    }

    template<BinaryOperator operation>
    Result<Ref<>> int_reflected_operator(Vm& vm, Args args)
    {
        return int_number_operation(vm, args[1], args[0], operation);
    }

    Result<Ref<>> int_power(Vm& vm, Value base, Value exponent, Value modulus)
    {
        if (!is_int(base) || !is_int(exponent))
            return ref(not_implemented());
        if (modulus.is_null() || is_none(modulus))
            return int_number_operation(vm, base, exponent, BinaryOperator::Power);
        if (!is_int(modulus))
            return ref(not_implemented());
        return int_pow_modulo(vm, base, exponent, modulus);
    }

    Result<Ref<>> int_pow(Vm& vm, Args args)
    {
        return int_power(vm, args[0], args[1], args[2]);
    }
    Result<Ref<>> int_rpow(Vm& vm, Args args)
    {
        return int_power(vm, args[1], args[0], args[2]);
    }

    Result<Ref<>> int_divmod_values(Vm& vm, Value left, Value right)
    {
        if (!is_int(left) || !is_int(right))
            return ref(not_implemented());
        if (left.is_small_int() && right.is_small_int()) {
            int64_t a = left.as_small_int();
            int64_t b = right.as_small_int();
            if (b == 0)
                return vm.raise(ExceptionKind::ZeroDivisionError, "integer division or modulo by zero");
            Ref<> quotient = new_int(int64_floor_divide(a, b));
            Ref<> remainder = new_int(int64_modulo(a, b));
            return Ref<>(TRY(new_tuple(vm, {quotient.value(), remainder.value()})));
        }
        IntView a(left);
        IntView b(right);
        ScopedMpz quotient_value, remainder_value;
        auto status = bigint_divmod(quotient_value, remainder_value, a, b);
        if (status.is_error())
            return raise_numeric_error(vm, status.error());
        Ref<> quotient = TRY(new_int_taking(vm, quotient_value));
        Ref<> remainder = TRY(new_int_taking(vm, remainder_value));
        return Ref<>(TRY(new_tuple(vm, {quotient.value(), remainder.value()})));
    }

    Result<Ref<>> int_divmod(Vm& vm, Args args)
    {
        return int_divmod_values(vm, args[0], args[1]);
    }
    Result<Ref<>> int_rdivmod(Vm& vm, Args args)
    {
        return int_divmod_values(vm, args[1], args[0]);
    }

    template<ComparisonOperator operation>
    Result<Ref<>> int_richcompare(Vm&, Args args)
    {
        if (!is_int(args[1]))
            return ref(not_implemented());
        int comparison = int_compare(args[0], args[1]);
        bool result = false;
        switch (operation) {
        case ComparisonOperator::Less:
            result = comparison < 0;
            break;
        case ComparisonOperator::LessEqual:
            result = comparison <= 0;
            break;
        case ComparisonOperator::Equal:
            result = comparison == 0;
            break;
        case ComparisonOperator::NotEqual:
            result = comparison != 0;
            break;
        case ComparisonOperator::Greater:
            result = comparison > 0;
            break;
        case ComparisonOperator::GreaterEqual:
            result = comparison >= 0;
            break;
        }
        return new_bool(result);
    }

    // --- unary operators and conversions ---

    Result<Ref<>> int_neg(Vm& vm, Args args)
    {
        if (args[0].is_small_int())
            return new_int(-args[0].as_small_int());
        ScopedMpz result;
        mpz_neg(result, big(args[0]).value);
        return new_int_taking(vm, result);
    }

    Result<Ref<>> int_abs(Vm& vm, Args args)
    {
        if (args[0].is_small_int()) {
            int64_t value = args[0].as_small_int();
            return new_int(value < 0 ? -value : value);
        }
        ScopedMpz result;
        mpz_abs(result, big(args[0]).value);
        return new_int_taking(vm, result);
    }

    Result<Ref<>> int_invert(Vm& vm, Args args)
    {
        if (args[0].is_small_int())
            return new_int(~args[0].as_small_int());
        ScopedMpz result;
        mpz_com(result, big(args[0]).value);
        return new_int_taking(vm, result);
    }

    // __pos__, __int__, __index__, __trunc__, __floor__, __ceil__, conjugate, real and
    // numerator: the value as an exact int.
    Result<Ref<>> int_self(Vm& vm, Args args)
    {
        return int_exact_copy(vm, args[0]);
    }
    Result<Ref<>> int_self_property(Vm& vm, Value self)
    {
        return int_exact_copy(vm, self);
    }
    Result<Ref<>> int_zero_property(Vm&, Value)
    {
        return new_int(0);
    }
    Result<Ref<>> int_one_property(Vm&, Value)
    {
        return new_int(1);
    }

    Result<Ref<>> int_bool(Vm&, Args args)
    {
        return new_bool(int_sign(args[0]) != 0);
    }

    Result<Ref<>> int_float(Vm& vm, Args args)
    {
        double value = TRY(int_to_double(vm, args[0]));
        return new_float(vm, value);
    }

    Result<Ref<>> int_hash(Vm&, Args args)
    {
        if (args[0].is_small_int())
            return new_int(hash_int64(args[0].as_small_int()));
        return new_int(hash_mpz(big(args[0]).value));
    }

    Result<Ref<>> int_repr_method(Vm& vm, Args args)
    {
        return Ref<>(TRY(int_repr(vm, args[0])));
    }

    Result<Ref<>> int_format_method(Vm& vm, Args args)
    {
        if (!is_str(args[1]))
            return vm.raise(
                ExceptionKind::TypeError, "__format__() argument must be str, not " + type_name(args[1]));
        Str& spec = as_str(args[1]);
        // CPython: an empty spec is str(self) ('True' for a bool, a subclass's __str__).
        if (spec.length == 0)
            return Ref<>(TRY(is_exact_int(args[0]) ? int_repr(vm, args[0]) : str(vm, args[0])));
        if (spec.is_ascii)
            return Ref<>(TRY(int_format(vm, args[0], spec.ascii_view())));
        std::string text = str_to_utf8(spec);
        return Ref<>(TRY(int_format(vm, args[0], text)));
    }

    Result<Ref<>> int_round(Vm& vm, Args args)
    {
        if (args[1].is_null())
            return int_exact_copy(vm, args[0]);
        Ref<> digits = TRY(number_index(vm, args[1]));
        if (int_sign(digits) >= 0)
            return int_exact_copy(vm, args[0]);
        IntView value(args[0]);
        IntView ndigits(digits);
        ScopedMpz result;
        bigint_round(result, value, ndigits);
        return new_int_taking(vm, result);
    }

    Result<Ref<>> int_sizeof(Vm&, Args args)
    {
        // CPython 3.11: the header (24 bytes) plus one 4-byte digit per 30 bits, and at
        // least one digit (0 has one too).
        IntView value(args[0]);
        uint64_t digits = std::max<uint64_t>(1, (bigint_bit_length(value) + 29) / 30);
        return new_int(static_cast<int64_t>(24 + 4 * digits));
    }

    Result<Ref<>> int_getnewargs(Vm& vm, Args args)
    {
        Ref<> value = TRY(int_exact_copy(vm, args[0]));
        return Ref<>(TRY(new_tuple(vm, {value.value()})));
    }

    Result<Ref<>> int_as_integer_ratio(Vm& vm, Args args)
    {
        Ref<> value = TRY(int_exact_copy(vm, args[0]));
        return Ref<>(TRY(new_tuple(vm, {value.value(), Value::small_int(1)})));
    }

    Result<Ref<>> int_bit_length(Vm&, Args args)
    {
        if (args[0].is_small_int()) {
            int64_t value = args[0].as_small_int();
            uint64_t magnitude = static_cast<uint64_t>(value < 0 ? -value : value);
            return new_int(static_cast<int64_t>(std::bit_width(magnitude)));
        }
        return new_int(static_cast<int64_t>(bigint_bit_length(big(args[0]).value)));
    }

    Result<Ref<>> int_bit_count(Vm&, Args args)
    {
        if (args[0].is_small_int()) {
            int64_t value = args[0].as_small_int();
            uint64_t magnitude = static_cast<uint64_t>(value < 0 ? -value : value);
            return new_int(std::popcount(magnitude));
        }
        return new_int(static_cast<int64_t>(bigint_bit_count(big(args[0]).value)));
    }

    // The byteorder argument of to_bytes/from_bytes: true for 'little'.
    Result<bool> byteorder_argument(Vm& vm, Value byteorder, char const* function)
    {
        if (!is_str(byteorder))
            return vm.raise(ExceptionKind::TypeError,
                std::string(function) + "() argument 'byteorder' must be str, not " + type_name(byteorder));
        std::string text = str_to_utf8(as_str(byteorder));
        if (text == "little")
            return true;
        if (text == "big")
            return false;
        return vm.raise(ExceptionKind::ValueError, "byteorder must be either 'little' or 'big'");
    }

    Result<Ref<>> int_to_bytes(Vm& vm, Args args)
    {
        int64_t length = TRY(index_as_int64(vm, args[1]));
        bool little_endian = TRY(byteorder_argument(vm, args[2], "to_bytes"));
        bool is_signed = TRY(is_true(vm, args[3]));
        IntView value(args[0]);
        auto bytes = bigint_to_bytes(value, length, little_endian, is_signed);
        if (bytes.is_error())
            return raise_numeric_error(vm, bytes.error());
        return Ref<>(TRY(new_bytes(vm, bytes.value())));
    }

    Result<Ref<>> int_from_bytes(Vm& vm, Args args)
    {
        Value type_value = args[0];
        Value source = args[1];
        bool little_endian = TRY(byteorder_argument(vm, args[2], "from_bytes"));
        bool is_signed = TRY(is_true(vm, args[3]));
        std::string data;
        if (auto view = TRY(bytes_like_view_checked(vm, source))) {
            data = *view;
        } else if (source.type()->lookup_special(SpecialMethod::Bytes)) {
            Ref<> converted = TRY(call_special(vm, SpecialMethod::Bytes, source));
            if (!is_bytes(converted))
                return vm.raise(ExceptionKind::TypeError,
                    "__bytes__ returned non-bytes (type " + type_name(converted) + ")");
            data = as_bytes(converted).view();
        } else {
            // CPython's PyObject_Bytes: a str has no encoding here, and an int or any other
            // non-iterable gives the same message.
            auto iterator = is_str(source) ? Result<Ref<>>(Ref<> {}) : get_iter(vm, source);
            if (iterator.is_error() && !vm.pending_exception_matches(ExceptionKind::TypeError))
                return Raised {iterator.release_error()};
            if (iterator.is_error() || !iterator.value()) {
                vm.clear_pending_if(ExceptionKind::TypeError);
                return vm.raise(
                    ExceptionKind::TypeError, "cannot convert '" + type_name(source) + "' object to bytes");
            }
            data = TRY(bytes_from_object(vm, iterator.value(), "bytes"));
        }
        ScopedMpz result;
        bigint_from_bytes(result, data, little_endian, is_signed);
        Ref<> value = TRY(new_int_taking(vm, result));
        Type* type = static_cast<Type*>(type_value.as_object());
        if (type == &int_type)
            return value;
        if (type == &bool_type)
            return new_bool(int_sign(value) != 0);
        // CPython calls the subclass with the int, so its __new__/__init__ run.
        return call(vm, type_value, {value.value()});
    }

    // --- int.__new__ ---

    Result<Ref<>> int_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], int_type));
        Tuple& positional = as_tuple(args[1]);
        Value x;
        Value base;
        int64_t given = positional.size + (args[2].is_null() ? 0 : as_dict(args[2]).size);
        if (given > 2)
            return vm.raise(ExceptionKind::TypeError,
                "int() takes at most 2 arguments (" + std::to_string(given) + " given)");
        if (positional.size >= 1)
            x = positional[0];
        if (positional.size >= 2)
            base = positional[1];
        if (!args[2].is_null()) {
            int64_t position = 0;
            Value key, value;
            while (dict_next(as_dict(args[2]), position, key, value)) {
                std::string name = str_to_utf8(as_str(key));
                if (name != "base")
                    return vm.raise(
                        ExceptionKind::TypeError, "'" + name + "' is an invalid keyword argument for int()");
                if (positional.size >= 2)
                    return vm.raise(ExceptionKind::TypeError,
                        "argument for int() given by name ('base') and position (2)");
                base = value;
            }
        }
        Ref<> result;
        if (x.is_null()) {
            if (!base.is_null())
                return vm.raise(ExceptionKind::TypeError, "int() missing string argument");
            result = new_int(0);
        } else if (base.is_null()) {
            result = TRY(number_to_int(vm, x));
        } else {
            Ref<> base_index = TRY(number_index(vm, base));
            // CPython clamps an out-of-range base to the range check's failure.
            int64_t base_number = int_to_int64(base_index).value_or(int_sign(base_index) < 0 ? -1 : 37);
            if ((base_number != 0 && base_number < 2) || base_number > 36)
                return vm.raise(ExceptionKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
            if (!is_str(x) && !is_bytes(x) && !is_bytearray(x))
                return vm.raise(
                    ExceptionKind::TypeError, "int() can't convert non-string with explicit base");
            result = TRY(int_from_text(vm, x, static_cast<int>(base_number)));
        }
        if (type == &int_type)
            return result;
        return int_subtype_from_int(vm, *type, result);
    }

    // --- bool ---

    Result<Ref<>> bool_new(Vm& vm, Args args)
    {
        // bool cannot be subclassed, so the type argument is bool itself.
        TRY(new_type_argument(vm, args[0], bool_type));
        if (!args[2].is_null() && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "bool() takes no keyword arguments");
        Tuple& positional = as_tuple(args[1]);
        if (positional.size > 1)
            return vm.raise(ExceptionKind::TypeError,
                "bool expected at most 1 argument, got " + std::to_string(positional.size));
        if (positional.size == 0)
            return new_bool(false);
        bool truth = TRY(is_true(vm, positional[0]));
        return new_bool(truth);
    }

    Result<Ref<>> bool_repr(Vm& vm, Args args)
    {
        return Ref<>(TRY(new_str(vm, args[0].is(true_value()) ? "True" : "False")));
    }

    // & | ^ of two bools is a bool; with any other int they are int operations.
    template<BinaryOperator operation>
    Result<Ref<>> bool_operator(Vm& vm, Value left, Value right)
    {
        if (is_bool(left) && is_bool(right)) {
            bool a = left.is(true_value());
            bool b = right.is(true_value());
            switch (operation) {
            case BinaryOperator::And:
                return new_bool(a && b);
            case BinaryOperator::Or:
                return new_bool(a || b);
            default:
                return new_bool(a != b);
            }
        }
        return int_number_operation(vm, left, right, operation);
    }

    template<BinaryOperator operation>
    Result<Ref<>> bool_binary(Vm& vm, Args args)
    {
        return bool_operator<operation>(vm, args[0], args[1]);
    }

    template<BinaryOperator operation>
    Result<Ref<>> bool_reflected(Vm& vm, Args args)
    {
        return bool_operator<operation>(vm, args[1], args[0]);
    }

    void int_destruct(Object* object)
    {
        static_cast<IntObject*>(object)->~IntObject();
    }

    using Op = BinaryOperator;
    using Compare = ComparisonOperator;

    constexpr NativeMethod int_methods[] = {
        {"__new__($type, *args, **kwargs)", int_new, MethodKind::Static},
        {"__repr__($self, /)", int_repr_method},
        {"__hash__($self, /)", int_hash},
        {"__bool__($self, /)", int_bool},
        {"__add__($self, value, /)", int_operator<Op::Add>},
        {"__radd__($self, value, /)", int_reflected_operator<Op::Add>},
        {"__sub__($self, value, /)", int_operator<Op::Subtract>},
        {"__rsub__($self, value, /)", int_reflected_operator<Op::Subtract>},
        {"__mul__($self, value, /)", int_operator<Op::Multiply>},
        {"__rmul__($self, value, /)", int_reflected_operator<Op::Multiply>},
        {"__truediv__($self, value, /)", int_operator<Op::TrueDivide>},
        {"__rtruediv__($self, value, /)", int_reflected_operator<Op::TrueDivide>},
        {"__floordiv__($self, value, /)", int_operator<Op::FloorDivide>},
        {"__rfloordiv__($self, value, /)", int_reflected_operator<Op::FloorDivide>},
        {"__mod__($self, value, /)", int_operator<Op::Remainder>},
        {"__rmod__($self, value, /)", int_reflected_operator<Op::Remainder>},
        {"__divmod__($self, value, /)", int_divmod},
        {"__rdivmod__($self, value, /)", int_rdivmod},
        {"__pow__($self, value, mod=None, /)", int_pow},
        {"__rpow__($self, value, mod=None, /)", int_rpow},
        {"__lshift__($self, value, /)", int_operator<Op::LeftShift>},
        {"__rlshift__($self, value, /)", int_reflected_operator<Op::LeftShift>},
        {"__rshift__($self, value, /)", int_operator<Op::RightShift>},
        {"__rrshift__($self, value, /)", int_reflected_operator<Op::RightShift>},
        {"__and__($self, value, /)", int_operator<Op::And>},
        {"__rand__($self, value, /)", int_reflected_operator<Op::And>},
        {"__or__($self, value, /)", int_operator<Op::Or>},
        {"__ror__($self, value, /)", int_reflected_operator<Op::Or>},
        {"__xor__($self, value, /)", int_operator<Op::Xor>},
        {"__rxor__($self, value, /)", int_reflected_operator<Op::Xor>},
        {"__neg__($self, /)", int_neg},
        {"__pos__($self, /)", int_self},
        {"__abs__($self, /)", int_abs},
        {"__invert__($self, /)", int_invert},
        {"__int__($self, /)", int_self},
        {"__float__($self, /)", int_float},
        {"__index__($self, /)", int_self},
        {"__eq__($self, value, /)", int_richcompare<Compare::Equal>},
        {"__ne__($self, value, /)", int_richcompare<Compare::NotEqual>},
        {"__lt__($self, value, /)", int_richcompare<Compare::Less>},
        {"__le__($self, value, /)", int_richcompare<Compare::LessEqual>},
        {"__gt__($self, value, /)", int_richcompare<Compare::Greater>},
        {"__ge__($self, value, /)", int_richcompare<Compare::GreaterEqual>},
        {"__format__($self, format_spec, /)", int_format_method},
        {"__round__($self, ndigits=?, /)", int_round, MethodKind::Instance,
            "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an "
            "integer."},
        {"__trunc__($self, /)", int_self, MethodKind::Instance, "Truncating an Integral returns itself."},
        {"__floor__($self, /)", int_self, MethodKind::Instance, "Flooring an Integral returns itself."},
        {"__ceil__($self, /)", int_self, MethodKind::Instance, "Ceiling of an Integral returns itself."},
        {"__sizeof__($self, /)", int_sizeof, MethodKind::Instance, "Returns size in memory, in bytes."},
        {"__getnewargs__($self, /)", int_getnewargs},
        {"conjugate($self, /)", int_self, MethodKind::Instance,
            "Returns self, the complex conjugate of any int."},
        {"bit_length($self, /)", int_bit_length, MethodKind::Instance,
            "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> "
            "(37).bit_length()\n6"},
        {"bit_count($self, /)", int_bit_count, MethodKind::Instance,
            "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the "
            "population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"},
        {"as_integer_ratio($self, /)", int_as_integer_ratio, MethodKind::Instance,
            "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
            "original int\n"
            "and with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> "
            "(-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)"},
        {"to_bytes($self, /, length=1, byteorder='big', *, signed=False)", int_to_bytes, MethodKind::Instance,
            "Return an array of bytes representing an integer."},
        {"from_bytes($type, /, bytes, byteorder='big', *, signed=False)", int_from_bytes, MethodKind::Class,
            "Return the integer represented by the given array of bytes."},
    };

    constexpr NativeProperty int_properties[] = {
        {"real", int_self_property, nullptr, "the real part of a complex number"},
        {"imag", int_zero_property, nullptr, "the imaginary part of a complex number"},
        {"numerator", int_self_property, nullptr, "the numerator of a rational number in lowest terms"},
        {"denominator", int_one_property, nullptr, "the denominator of a rational number in lowest terms"},
    };

    constexpr NativeMethod bool_methods[] = {
        {"__new__($type, *args, **kwargs)", bool_new, MethodKind::Static},
        {"__repr__($self, /)", bool_repr},
        {"__and__($self, value, /)", bool_binary<Op::And>},
        {"__rand__($self, value, /)", bool_reflected<Op::And>},
        {"__or__($self, value, /)", bool_binary<Op::Or>},
        {"__ror__($self, value, /)", bool_reflected<Op::Or>},
        {"__xor__($self, value, /)", bool_binary<Op::Xor>},
        {"__rxor__($self, value, /)", bool_reflected<Op::Xor>},
    };

} // namespace

// int(x) without a base (as int_new does).
static Result<Ref<>> construct_int(Vm& vm, Type&, std::span<Value const> args, Tuple* kwnames)
{
    if (kwnames || args.size() != 1)
        return Ref<> {};
    return number_to_int(vm, args[0]);
}

extern TypeSpec const int_type_spec;
TypeSpec const int_type_spec = {
    .name = "int",
    .instance_size = sizeof(IntObject),
    .flags = TypeBaseType | TypeIntSubclass,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or "
           "return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating "
           "point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x "
           "must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven "
           "base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base "
           "defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string "
           "as an integer literal.\n>>> int('0b100', base=0)\n4",
    .methods = int_methods,
    .properties = int_properties,
    .destruct = int_destruct,
    .construct = construct_int,
};

extern TypeSpec const bool_type_spec;
TypeSpec const bool_type_spec = {
    .name = "bool",
    .base = &int_type,
    .instance_size = sizeof(IntObject),
    .flags = TypeIntSubclass,
    .doc
    = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and "
      "False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, "
      "and cannot be subclassed.",
    .methods = bool_methods,
};

} // namespace taipan
