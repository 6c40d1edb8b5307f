// The numeric builtins: abs, divmod, pow, round, hex, oct and bin (int, float, complex
// and bool themselves are types, in objects/).
#include "objects/abstract.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "vm/vm.h"

#include <span>

namespace taipan {

namespace {

    Result<Ref<>> builtin_abs(Vm& vm, Args args)
    {
        Value value = args[0];
        if (value.is_small_int()) {
            int64_t number = value.as_small_int();
            return new_int(number < 0 ? -number : number);
        }
        Ref<> result = TRY(call_special(vm, SpecialMethod::Abs, value));
        if (!result)
            return vm.raise(
                ExceptionKind::TypeError, "bad operand type for abs(): '" + type_name(value) + "'");
        return result;
    }

    Result<Ref<>> builtin_divmod(Vm& vm, Args args)
    {
        Ref<> result
            = TRY(binary_special(vm, args[0], args[1], SpecialMethod::DivMod, SpecialMethod::RDivMod));
        if (!result)
            return vm.raise(ExceptionKind::TypeError,
                "unsupported operand type(s) for divmod(): '" + type_name(args[0]) + "' and '"
                    + type_name(args[1]) + "'");
        return result;
    }

    bool is_not_implemented(Ref<> const& result)
    {
        return result.value().is(not_implemented());
    }

    // pow(base, exp, mod) with a modulus: base's __pow__, then (for builtin types, as
    // CPython's slots do) the exponent's and the modulus's power operations.
    Result<Ref<>> ternary_power(Vm& vm, Value base, Value exponent, Value modulus)
    {
        Value arguments[] = {exponent, modulus};
        Type* base_type = base.type();
        Type* exponent_type = exponent.type();
        // Three-argument pow never calls a Python class's __rpow__.
        bool try_exponent = exponent_type != base_type && !exponent_type->is_heap()
            && exponent_type->lookup_special(SpecialMethod::RPow)
            && !exponent_type->lookup_special(SpecialMethod::RPow)
                    .is(base_type->lookup_special(SpecialMethod::RPow));
        Value reflected_arguments[] = {base, modulus};
        if (try_exponent && is_subtype(exponent_type, base_type)) {
            Ref<> result = TRY(call_special(vm, SpecialMethod::RPow, exponent, reflected_arguments));
            if (!is_not_implemented(result))
                return result;
            try_exponent = false;
        }
        if (base_type->lookup_special(SpecialMethod::Pow)) {
            Ref<> result = TRY(call_special(vm, SpecialMethod::Pow, base, arguments));
            if (result && !is_not_implemented(result))
                return result;
        }
        if (try_exponent) {
            Ref<> result = TRY(call_special(vm, SpecialMethod::RPow, exponent, reflected_arguments));
            if (!is_not_implemented(result))
                return result;
        }
        // The modulus's own power slot: float's and complex's refuse a modulus.
        if (is_float(modulus) && !is_float(base) && !is_float(exponent))
            return vm.raise(
                ExceptionKind::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        if (is_complex(modulus) && !is_complex(base) && !is_complex(exponent))
            return vm.raise(ExceptionKind::ValueError, "complex modulo");
        return vm.raise(ExceptionKind::TypeError,
            "unsupported operand type(s) for ** or pow(): '" + type_name(base) + "', '" + type_name(exponent)
                + "', '" + type_name(modulus) + "'");
    }

    Result<Ref<>> builtin_pow(Vm& vm, Args args)
    {
        if (is_none(args[2]))
            return binary_op(vm, args[0], args[1], BinaryOperator::Power);
        return ternary_power(vm, args[0], args[1], args[2]);
    }

    Result<Ref<>> builtin_round(Vm& vm, Args args)
    {
        Value number = args[0];
        if (!number.type()->lookup_special(SpecialMethod::Round))
            return vm.raise(
                ExceptionKind::TypeError, "type " + type_name(number) + " doesn't define __round__ method");
        if (is_none(args[1]))
            return call_special(vm, SpecialMethod::Round, number);
        Value ndigits = args[1];
        return call_special(vm, SpecialMethod::Round, number, {&ndigits, 1});
    }

    // hex(), oct(), bin(): the index of the argument in `base` with its prefix.
    Result<Ref<>> int_to_base(Vm& vm, Value value, int base, char const* prefix)
    {
        Ref<> index = TRY(number_index(vm, value));
        IntDigits digits(index);
        std::string text;
        if (digits.is_negative())
            text += '-';
        text += prefix;
        digits.append_magnitude(text, base);
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> builtin_hex(Vm& vm, Args args)
    {
        return int_to_base(vm, args[0], 16, "0x");
    }
    Result<Ref<>> builtin_oct(Vm& vm, Args args)
    {
        return int_to_base(vm, args[0], 8, "0o");
    }
    Result<Ref<>> builtin_bin(Vm& vm, Args args)
    {
        return int_to_base(vm, args[0], 2, "0b");
    }

    constexpr NativeMethod number_functions[] = {
        {"abs(x, /)", builtin_abs, MethodKind::Instance, "Return the absolute value of the argument."},
        {"divmod(x, y, /)", builtin_divmod, MethodKind::Instance,
            "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
        {"pow(base, exp, mod=None)", builtin_pow, MethodKind::Instance,
            "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\n"
            "Some types, such as ints, are able to use a more efficient algorithm when\n"
            "invoked using the three argument form."},
        {"round(number, ndigits=None)", builtin_round, MethodKind::Instance,
            "Round a number to a given precision in decimal digits.\n\n"
            "The return value is an integer if ndigits is omitted or None.  Otherwise\n"
            "the return value has the same type as the number.  ndigits may be negative."},
        {"hex(number, /)", builtin_hex, MethodKind::Instance,
            "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"},
        {"oct(number, /)", builtin_oct, MethodKind::Instance,
            "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"},
        {"bin(number, /)", builtin_bin, MethodKind::Instance,
            "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n"
            "   '0b1010101010101010101010'"},
    };

} // namespace

extern std::span<NativeMethod const> const builtins_number_functions;
std::span<NativeMethod const> const builtins_number_functions = number_functions;

} // namespace taipan
