// complex: CPython 3.11's complex type: arithmetic (mixed operands become complex
// first), Smith's division, pow by squaring for integer exponents up to 100, abs,
// hashing, repr, format(), complex(str) parsing and complex(real, imag).
#include "objects/complex.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/float_text.h"
#include "objects/format_spec.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/numbers.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "support/python_repr.h"
#include "support/utf8.h"
#include "vm/vm.h"

#include <cerrno>
#include <cmath>

namespace taipan {

Type complex_type;

Result<Ref<>> new_complex(Vm& vm, double real, double imag)
{
    Ref<ComplexObject> object = TRY(make_object<ComplexObject>(vm, complex_type, 0));
    object->real = real;
    object->imag = imag;
    return Ref<>(std::move(object));
}

namespace {

    Result<Ref<>> complex_subtype_new(Vm& vm, Type& type, double real, double imag)
    {
        if (&type == &complex_type)
            return new_complex(vm, real, imag);
        Ref<ComplexObject> object = TRY(make_object<ComplexObject>(vm, type, 0));
        object->real = real;
        object->imag = imag;
        return Ref<>(std::move(object));
    }

    ComplexValue product(ComplexValue a, ComplexValue b)
    {
        return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    }

    // Smith's algorithm, as CPython divides; `zero_division` is set for a zero divisor.
    ComplexValue quotient(ComplexValue a, ComplexValue b, bool& zero_division)
    {
        double abs_real = std::fabs(b.real);
        double abs_imag = std::fabs(b.imag);
        if (abs_real >= abs_imag) {
            if (abs_real == 0.0) {
                zero_division = true;
                return {0.0, 0.0};
            }
            double ratio = b.imag / b.real;
            double denominator = b.real + b.imag * ratio;
            return {(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
        }
        if (abs_imag >= abs_real) {
            double ratio = b.real / b.imag;
            double denominator = b.real * ratio + b.imag;
            return {(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
        }
        // One of the divisor's parts is a NaN.
        return {NAN, NAN};
    }

    // x ** n for n >= 0 by binary exponentiation, in CPython's order of products.
    ComplexValue power_unsigned(ComplexValue x, long n)
    {
        ComplexValue result {1.0, 0.0};
        ComplexValue power = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if (n & mask)
                result = product(result, power);
            mask <<= 1;
            power = product(power, power);
        }
        return result;
    }

    ComplexValue power_general(ComplexValue a, ComplexValue b, bool& domain_error)
    {
        if (b.real == 0.0 && b.imag == 0.0)
            return {1.0, 0.0};
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0)
                domain_error = true;
            return {0.0, 0.0};
        }
        double magnitude = std::hypot(a.real, a.imag);
        double length = std::pow(magnitude, b.real);
        double angle = std::atan2(a.imag, a.real);
        double phase = angle * b.real;
        if (b.imag != 0.0) {
            length /= std::exp(angle * b.imag);
            phase += b.imag * std::log(magnitude);
        }
        return {length * std::cos(phase), length * std::sin(phase)};
    }

} // namespace

Result<ComplexValue> complex_power(Vm& vm, ComplexValue base, ComplexValue exponent)
{
    // CPython reads errno after the C math functions: cos(inf) and friends report EDOM
    // (ZeroDivisionError here, as for 0j ** -1), and an infinite result ERANGE.
    errno = 0;
    bool domain_error = false;
    ComplexValue result;
    long integer_exponent = static_cast<long>(exponent.real);
    if (exponent.imag == 0.0 && exponent.real == static_cast<double>(integer_exponent)
        && integer_exponent <= 100 && integer_exponent >= -100) {
        if (integer_exponent >= 0)
            result = power_unsigned(base, integer_exponent);
        else
            result = quotient({1.0, 0.0}, power_unsigned(base, -integer_exponent), domain_error);
    } else {
        result = power_general(base, exponent, domain_error);
    }
    int error = domain_error ? EDOM : errno;
    if (std::isinf(result.real) || std::isinf(result.imag)) {
        if (error == 0)
            error = ERANGE;
    } else if (error == ERANGE) {
        error = 0; // underflow is not an error
    }
    if (error == EDOM)
        return vm.raise(ExceptionKind::ZeroDivisionError, "0.0 to a negative or complex power");
    if (error == ERANGE)
        return vm.raise(ExceptionKind::OverflowError, "complex exponentiation");
    return result;
}

namespace {

    ComplexValue self_value(Args args)
    {
        return complex_value(args[0]);
    }

    // An operand of a complex operator: complex, float or int; nullopt for others.
    Result<std::optional<ComplexValue>> complex_operand(Vm& vm, Value value)
    {
        if (is_complex(value))
            return std::optional<ComplexValue> {complex_value(value)};
        if (is_float(value))
            return std::optional<ComplexValue> {ComplexValue {float_value(value), 0.0}};
        if (is_int(value)) {
            double real = TRY(int_to_double(vm, value));
            return std::optional<ComplexValue> {ComplexValue {real, 0.0}};
        }
        return std::optional<ComplexValue> {};
    }

    Result<Ref<>> complex_arithmetic(Vm& vm, Value left, Value right, BinaryOperator operation)
    {
        auto a = TRY(complex_operand(vm, left));
        if (!a)
            return ref(not_implemented());
        auto b = TRY(complex_operand(vm, right));
        if (!b)
            return ref(not_implemented());
        switch (operation) {
        case BinaryOperator::Add:
            return new_complex(vm, a->real + b->real, a->imag + b->imag);
        case BinaryOperator::Subtract:
            return new_complex(vm, a->real - b->real, a->imag - b->imag);
        case BinaryOperator::Multiply:
            return new_complex(vm, product(*a, *b));
        case BinaryOperator::TrueDivide: {
            bool zero_division = false;
            ComplexValue result = quotient(*a, *b, zero_division);
            if (zero_division)
                return vm.raise(ExceptionKind::ZeroDivisionError, "complex division by zero");
            return new_complex(vm, result);
        }
        case BinaryOperator::Power: {
            ComplexValue result = TRY(complex_power(vm, *a, *b));
            return new_complex(vm, result);
        }
        default:
            return ref(not_implemented());
        }
    }

    template<BinaryOperator operation>
    Result<Ref<>> complex_operator(Vm& vm, Args args)
    {
        return complex_arithmetic(vm, args[0], args[1], operation);
    }

    template<BinaryOperator operation>
    Result<Ref<>> complex_reflected_operator(Vm& vm, Args args)
    {
        return complex_arithmetic(vm, args[1], args[0], operation);
    }

    Result<Ref<>> complex_pow_operands(Vm& vm, Value base, Value exponent, Value modulus)
    {
        if (!modulus.is_null() && !is_none(modulus))
            return vm.raise(ExceptionKind::ValueError, "complex modulo");
        return complex_arithmetic(vm, base, exponent, BinaryOperator::Power);
    }

    Result<Ref<>> complex_pow(Vm& vm, Args args)
    {
        return complex_pow_operands(vm, args[0], args[1], args[2]);
    }
    Result<Ref<>> complex_rpow(Vm& vm, Args args)
    {
        return complex_pow_operands(vm, args[1], args[0], args[2]);
    }

    Result<Ref<>> complex_equality(Vm& vm, Args args, bool equal_wanted)
    {
        ComplexValue self = self_value(args);
        Value other = args[1];
        bool equal;
        if (is_int(other)) {
            // CPython compares the real part with the int exactly, as float == int does.
            if (self.imag != 0.0) {
                equal = false;
            } else {
                Ref<> real = TRY(new_float(vm, self.real));
                return rich_compare(
                    vm, real, other, equal_wanted ? ComparisonOperator::Equal : ComparisonOperator::NotEqual);
            }
        } else if (is_float(other)) {
            equal = self.real == float_value(other) && self.imag == 0.0;
        } else if (is_complex(other)) {
            ComplexValue right = complex_value(other);
            equal = self.real == right.real && self.imag == right.imag;
        } else {
            return ref(not_implemented());
        }
        return new_bool(equal == equal_wanted);
    }

    Result<Ref<>> complex_eq(Vm& vm, Args args)
    {
        return complex_equality(vm, args, true);
    }
    Result<Ref<>> complex_ne(Vm& vm, Args args)
    {
        return complex_equality(vm, args, false);
    }
    Result<Ref<>> complex_order(Vm&, Args)
    {
        return ref(not_implemented());
    }

    Result<Ref<>> complex_neg(Vm& vm, Args args)
    {
        ComplexValue value = self_value(args);
        return new_complex(vm, -value.real, -value.imag);
    }

    Result<Ref<>> complex_exact(Vm& vm, Args args)
    {
        if (is_exact_complex(args[0]))
            return ref(args[0]);
        return new_complex(vm, self_value(args));
    }

    Result<Ref<>> complex_abs(Vm& vm, Args args)
    {
        ComplexValue value = self_value(args);
        // CPython: an infinite part makes the result inf even when the other is a NaN.
        if (std::isinf(value.real) || std::isinf(value.imag))
            return new_float(vm, INFINITY);
        if (std::isnan(value.real) || std::isnan(value.imag))
            return new_float(vm, NAN);
        double result = std::hypot(value.real, value.imag);
        if (!std::isfinite(result))
            return vm.raise(ExceptionKind::OverflowError, "absolute value too large");
        return new_float(vm, result);
    }

    Result<Ref<>> complex_bool(Vm&, Args args)
    {
        ComplexValue value = self_value(args);
        return new_bool(value.real != 0.0 || value.imag != 0.0);
    }

    Result<Ref<>> complex_conjugate(Vm& vm, Args args)
    {
        ComplexValue value = self_value(args);
        return new_complex(vm, value.real, -value.imag);
    }

    Result<Ref<>> complex_hash(Vm&, Args args)
    {
        ComplexValue value = self_value(args);
        return new_int(
            hash_complex(value.real, value.imag, reinterpret_cast<uintptr_t>(args[0].as_object())));
    }

    Result<Ref<>> complex_repr(Vm& vm, Args args)
    {
        ComplexValue value = self_value(args);
        return Ref<>(TRY(new_str(vm, python_complex_repr(value.real, value.imag))));
    }

    Result<Ref<>> complex_getnewargs(Vm& vm, Args args)
    {
        ComplexValue value = self_value(args);
        Ref<> real = TRY(new_float(vm, value.real));
        Ref<> imag = TRY(new_float(vm, value.imag));
        return Ref<>(TRY(new_tuple(vm, {real.value(), imag.value()})));
    }

    Result<Ref<>> complex_real(Vm& vm, Value self)
    {
        return new_float(vm, complex_value(self).real);
    }
    Result<Ref<>> complex_imag(Vm& vm, Value self)
    {
        return new_float(vm, complex_value(self).imag);
    }

    // --- format() ---

    // One part of a complex in the repr-like default presentation: the shortest repr
    // without a ".0" ('1j', not '1.0j'); '#' keeps the point.
    void append_repr_part(std::string& out, double magnitude, FormatSpec const& spec)
    {
        std::string text = python_float_repr(magnitude);
        if (text.size() >= 2 && text.ends_with(".0")) {
            text.resize(text.size() - (spec.alternate ? 1 : 2));
        } else if (spec.alternate && std::isfinite(magnitude) && text.find('.') == std::string::npos) {
            size_t exponent = text.find('e');
            text.insert(exponent == std::string::npos ? text.size() : exponent, ".");
        }
        if (spec.grouping) {
            size_t digits = text.find_first_not_of("0123456789");
            if (digits == std::string::npos)
                digits = text.size();
            std::string grouped;
            for (size_t i = 0; i < digits; ++i) {
                if (i > 0 && (digits - i) % 3 == 0)
                    grouped += spec.grouping;
                grouped += text[i];
            }
            text = grouped + text.substr(digits);
        }
        out += text;
    }

    Result<Ref<>> complex_format(Vm& vm, Args args)
    {
        if (!is_str(args[1]))
            return vm.raise(
                ExceptionKind::TypeError, "__format__() argument must be str, not " + type_name(args[1]));
        Str& spec_str = as_str(args[1]);
        if (spec_str.length == 0)
            return Ref<>(TRY(str(vm, args[0])));
        std::string type_name_text = args[0].type()->name;
        auto parsed = parse_format_spec(str_to_utf8(spec_str), type_name_text, 0);
        if (parsed.is_error())
            return raise_format_error(vm, parsed.error());
        FormatSpec spec = parsed.value();
        ComplexValue value = self_value(args);
        char32_t type = spec.type;
        switch (type) {
        case 0:
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'n':
            break;
        case '%':
            // Valid for float, so float's formatter would accept it.
            return vm.raise(ExceptionKind::ValueError,
                "Unknown format code '%' for object of type '" + type_name_text + "'");
        default: {
            // Any other code is unknown to float too: its message, with this type's name.
            std::string ignored;
            auto failed = format_double(ignored, 0.0, spec, type_name_text);
            return raise_format_error(vm,
                failed.is_error() ? failed.error()
                                  : FormatError {FormatError::Kind::ValueError, "Unknown format code"});
        }
        }
        if (spec.fill == '0')
            return vm.raise(
                ExceptionKind::ValueError, "Zero padding is not allowed in complex format specifier");
        if (spec.align == '=')
            return vm.raise(
                ExceptionKind::ValueError, "'=' alignment flag is not allowed in complex format specifier");
        bool repr_style = false;
        bool skip_real = false;
        bool parentheses = false;
        if (type == 0) {
            // Like str(self): the shortest repr of each part, unless a precision is given.
            if (spec.precision < 0)
                repr_style = true;
            else
                type = 'g';
            if (value.real == 0.0 && !std::signbit(value.real))
                skip_real = true;
            else
                parentheses = true;
        }
        if (type == 'n')
            type = 'g';

        auto append_part = [&](std::string& out, double part, char sign) -> Result<void> {
            if (repr_style) {
                bool negative
                    = std::signbit(part) && !std::isnan(part) && !(spec.no_negative_zero && part == 0.0);
                if (negative)
                    out += '-';
                else if (sign == '+' || sign == ' ')
                    out += sign;
                append_repr_part(out, std::fabs(part), spec);
                return {};
            }
            FormatSpec part_spec = spec;
            part_spec.fill = ' ';
            part_spec.align = '<';
            part_spec.width = -1;
            part_spec.sign = sign;
            part_spec.type = type;
            auto formatted = format_double(out, part, part_spec, type_name_text);
            if (formatted.is_error())
                return raise_format_error(vm, formatted.error());
            return {};
        };

        std::string body;
        if (parentheses)
            body += '(';
        if (!skip_real)
            TRY(append_part(body, value.real, spec.sign));
        TRY(append_part(body, value.imag, skip_real ? spec.sign : '+'));
        body += 'j';
        if (parentheses)
            body += ')';

        int64_t length = static_cast<int64_t>(body.size());
        std::string out;
        if (spec.width > length) {
            std::string fill;
            utf8::append(fill, spec.fill);
            int64_t padding = spec.width - length;
            int64_t left = 0;
            switch (spec.align ? spec.align : '>') {
            case '<':
                left = 0;
                break;
            case '^':
                left = padding / 2;
                break;
            default:
                left = padding;
                break;
            }
            for (int64_t i = 0; i < left; ++i)
                out += fill;
            out += body;
            for (int64_t i = left; i < padding; ++i)
                out += fill;
        } else {
            out = std::move(body);
        }
        return Ref<>(TRY(new_str(vm, out)));
    }

    // --- complex(str) ---

    // The longest prefix of `text` from `position` that reads as a float (sign, digits
    // with an optional point and exponent, or inf/infinity/nan); its length, 0 if none.
    size_t float_prefix(std::string_view text, size_t position)
    {
        size_t start = position;
        auto at = [&](size_t index) -> char { return index < text.size() ? text[index] : '\0'; };
        auto lower = [&](size_t index) -> char {
            char c = at(index);
            return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        };
        auto matches = [&](size_t index, std::string_view word) {
            for (size_t i = 0; i < word.size(); ++i) {
                if (lower(index + i) != word[i])
                    return false;
            }
            return true;
        };
        if (at(position) == '+' || at(position) == '-')
            ++position;
        if (matches(position, "infinity"))
            return position + 8 - start;
        if (matches(position, "inf") || matches(position, "nan"))
            return position + 3 - start;
        size_t digits = 0;
        while (at(position) >= '0' && at(position) <= '9')
            ++position, ++digits;
        if (at(position) == '.') {
            ++position;
            while (at(position) >= '0' && at(position) <= '9')
                ++position, ++digits;
        }
        if (digits == 0)
            return 0;
        if (at(position) == 'e' || at(position) == 'E') {
            size_t exponent = position + 1;
            if (at(exponent) == '+' || at(exponent) == '-')
                ++exponent;
            if (at(exponent) >= '0' && at(exponent) <= '9') {
                while (at(exponent) >= '0' && at(exponent) <= '9')
                    ++exponent;
                position = exponent;
            }
        }
        return position - start;
    }

    double parse_float_prefix(std::string_view text)
    {
        // The prefix is a valid literal; out-of-range values become infinities as in
        // float(), never errors.
        auto parsed = parse_float(text);
        return parsed.is_error() ? NAN : parsed.value();
    }

    bool is_number_space(char c)
    {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    // Parses an ASCII complex literal; false when it is malformed.
    bool parse_complex_text(std::string_view text, ComplexValue& result)
    {
        size_t position = 0;
        auto at = [&](size_t index) -> char { return index < text.size() ? text[index] : '\0'; };
        while (position < text.size() && is_number_space(text[position]))
            ++position;
        bool bracket = false;
        if (at(position) == '(') {
            bracket = true;
            ++position;
            while (position < text.size() && is_number_space(text[position]))
                ++position;
        }
        double real = 0.0;
        double imag = 0.0;
        size_t length = float_prefix(text, position);
        if (length > 0) {
            double first = parse_float_prefix(text.substr(position, length));
            position += length;
            if (at(position) == '+' || at(position) == '-') {
                real = first;
                size_t second_length = float_prefix(text, position);
                if (second_length > 0) {
                    imag = parse_float_prefix(text.substr(position, second_length));
                    position += second_length;
                } else {
                    imag = at(position) == '+' ? 1.0 : -1.0;
                    ++position;
                }
                if (at(position) != 'j' && at(position) != 'J')
                    return false;
                ++position;
            } else if (at(position) == 'j' || at(position) == 'J') {
                imag = first;
                ++position;
            } else {
                real = first;
            }
        } else {
            imag = 1.0;
            if (at(position) == '+' || at(position) == '-') {
                imag = at(position) == '+' ? 1.0 : -1.0;
                ++position;
            }
            if (at(position) != 'j' && at(position) != 'J')
                return false;
            ++position;
        }
        while (position < text.size() && is_number_space(text[position]))
            ++position;
        if (bracket) {
            if (at(position) != ')')
                return false;
            ++position;
            while (position < text.size() && is_number_space(text[position]))
                ++position;
        }
        if (position != text.size())
            return false;
        result = {real, imag};
        return true;
    }

    Result<Ref<>> complex_from_string(Vm& vm, Type& type, Value argument)
    {
        std::string original = str_to_utf8(as_str(argument));
        std::string text = ascii_number_image(original);
        // CPython: single underscores between digits are removed first; a misplaced one is
        // its own error.
        if (text.find('_') != std::string::npos) {
            std::string without;
            char previous = '\0';
            bool valid = true;
            for (char c : text) {
                bool previous_digit = previous >= '0' && previous <= '9';
                if (c == '_') {
                    if (!previous_digit)
                        valid = false;
                } else {
                    if (previous == '_' && !(c >= '0' && c <= '9'))
                        valid = false;
                    without += c;
                }
                previous = c;
            }
            if (previous == '_' || !valid)
                return vm.raise(ExceptionKind::ValueError,
                    "could not convert string to complex: " + python_str_repr(original));
            text = std::move(without);
        }
        ComplexValue value;
        if (!parse_complex_text(text, value))
            return vm.raise(ExceptionKind::ValueError, "complex() arg is a malformed string");
        return complex_subtype_new(vm, type, value.real, value.imag);
    }

    // --- complex(real, imag) ---

    bool is_number_like(Value value)
    {
        Type& type = *value.type();
        return is_complex(value) || type.lookup_special(SpecialMethod::Float)
            || type.lookup_special(SpecialMethod::Index);
    }

    Result<Ref<>> complex_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], complex_type));
        Tuple& positional = as_tuple(args[1]);
        Value real;
        Value imag;
        int64_t given = positional.size + (args[2].is_null() ? 0 : as_dict(args[2]).size);
        if (given > 2)
            return vm.raise(ExceptionKind::TypeError,
                "complex() takes at most 2 arguments (" + std::to_string(given) + " given)");
        if (positional.size >= 1)
            real = positional[0];
        if (positional.size >= 2)
            imag = positional[1];
        if (!args[2].is_null()) {
            int64_t position = 0;
            Value key, value;
            while (dict_next(as_dict(args[2]), position, key, value)) {
                std::string name = str_to_utf8(as_str(key));
                int index = name == "real" ? 0 : name == "imag" ? 1 : -1;
                if (index < 0)
                    return vm.raise(ExceptionKind::TypeError,
                        "'" + name + "' is an invalid keyword argument for complex()");
                if (positional.size > index)
                    return vm.raise(ExceptionKind::TypeError,
                        "argument for complex() given by name ('" + name + "') and position ("
                            + std::to_string(index + 1) + ")");
                (index == 0 ? real : imag) = value;
            }
        }
        if (real.is_null())
            real = Value::small_int(0);
        if (is_exact_complex(real) && imag.is_null() && type == &complex_type)
            return ref(real);
        if (is_str(real)) {
            if (!imag.is_null())
                return vm.raise(
                    ExceptionKind::TypeError, "complex() can't take second arg if first is a string");
            return complex_from_string(vm, *type, real);
        }
        if (!imag.is_null() && is_str(imag))
            return vm.raise(ExceptionKind::TypeError, "complex() second arg can't be a string");

        Ref<> converted_real;
        if (real.type()->lookup_special(SpecialMethod::Complex)) {
            converted_real = TRY(call_special(vm, SpecialMethod::Complex, real));
            if (!is_complex(converted_real))
                return vm.raise(ExceptionKind::TypeError,
                    "__complex__ returned non-complex (type " + type_name(converted_real) + ")");
            // CPython warns (DeprecationWarning) about a complex subclass here.
            real = converted_real;
        }
        if (!is_number_like(real))
            return vm.raise(ExceptionKind::TypeError,
                "complex() first argument must be a string or a number, not '" + type_name(real) + "'");
        if (!imag.is_null() && !is_number_like(imag))
            return vm.raise(ExceptionKind::TypeError,
                "complex() second argument must be a number, not '" + type_name(imag) + "'");

        // The result is real + imag*1j, where either part may itself be complex.
        ComplexValue real_part {0.0, 0.0};
        bool real_is_complex = is_complex(real);
        if (real_is_complex)
            real_part = complex_value(real);
        else
            real_part.real = TRY(to_double(vm, real));
        ComplexValue imag_part {0.0, 0.0};
        bool imag_is_complex = false;
        if (imag.is_null()) {
            imag_part.real = real_part.imag;
        } else if (is_complex(imag)) {
            imag_part = complex_value(imag);
            imag_is_complex = true;
        } else {
            imag_part.real = TRY(to_double(vm, imag));
        }
        if (imag_is_complex)
            real_part.real -= imag_part.imag;
        if (real_is_complex && !imag.is_null())
            imag_part.real += real_part.imag;
        return complex_subtype_new(vm, *type, real_part.real, imag_part.real);
    }

    using Op = BinaryOperator;

    constexpr NativeMethod complex_methods[] = {
        {"__new__($type, *args, **kwargs)", complex_new, MethodKind::Static},
        {"__repr__($self, /)", complex_repr},
        {"__hash__($self, /)", complex_hash},
        {"__bool__($self, /)", complex_bool},
        {"__add__($self, value, /)", complex_operator<Op::Add>},
        {"__radd__($self, value, /)", complex_reflected_operator<Op::Add>},
        {"__sub__($self, value, /)", complex_operator<Op::Subtract>},
        {"__rsub__($self, value, /)", complex_reflected_operator<Op::Subtract>},
        {"__mul__($self, value, /)", complex_operator<Op::Multiply>},
        {"__rmul__($self, value, /)", complex_reflected_operator<Op::Multiply>},
        {"__truediv__($self, value, /)", complex_operator<Op::TrueDivide>},
        {"__rtruediv__($self, value, /)", complex_reflected_operator<Op::TrueDivide>},
        {"__pow__($self, value, mod=None, /)", complex_pow},
        {"__rpow__($self, value, mod=None, /)", complex_rpow},
        {"__neg__($self, /)", complex_neg},
        {"__pos__($self, /)", complex_exact},
        {"__abs__($self, /)", complex_abs},
        {"__eq__($self, value, /)", complex_eq},
        {"__ne__($self, value, /)", complex_ne},
        {"__lt__($self, value, /)", complex_order},
        {"__le__($self, value, /)", complex_order},
        {"__gt__($self, value, /)", complex_order},
        {"__ge__($self, value, /)", complex_order},
        {"__complex__($self, /)", complex_exact, MethodKind::Instance, "Convert complex to a complex."},
        {"__format__($self, format_spec, /)", complex_format, MethodKind::Instance,
            "Convert to a string according to format_spec."},
        {"__getnewargs__($self, /)", complex_getnewargs},
        {"conjugate($self, /)", complex_conjugate, MethodKind::Instance,
            "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    };

    constexpr NativeProperty complex_properties[] = {
        {"real", complex_real, nullptr, "the real part of a complex number"},
        {"imag", complex_imag, nullptr, "the imaginary part of a complex number"},
    };

} // namespace

extern TypeSpec const complex_type_spec;
TypeSpec const complex_type_spec = {
    .name = "complex",
    .instance_size = sizeof(ComplexObject),
    .flags = TypeBaseType,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .methods = complex_methods,
    .properties = complex_properties,
};

} // namespace taipan
