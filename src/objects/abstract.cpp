// The object protocol (abstract.h): calls, attributes, repr/str, truth, comparisons,
// operators, iteration and subscripting for any value, dispatching through the
// special-method table of the value's type, with CPython's error messages.
#include "objects/abstract.h"

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/numbers.h"
#include "objects/percent_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "support/utf8.h"
#include "vm/interpreter.h"
#include "vm/runtime_setup.h"
#include "vm/vm.h"

#include <cstdio>
#include <vector>

namespace taipan {

Result<Ref<>> type_call(Vm&, Type&, std::span<Value const> args, Tuple* kwnames);

std::string type_name(Value value)
{
    return std::string(type_short_name(*value.type()));
}

// --- calls ---

static Value type_call_descriptor()
{
    return type_type.lookup_special(SpecialMethod::Call);
}

Result<Ref<>> call(Vm& vm, Value callable, std::span<Value const> args, Tuple* kwnames)
{
    Type* type = callable.type();
    if (type == &function_type)
        return call_function(vm, *static_cast<FunctionObject*>(callable.as_object()), args, kwnames);
    if (is_native_function_type(type))
        return call_native(vm, *static_cast<NativeFunctionObject*>(callable.as_object()), args, kwnames);
    if (type == &method_type) {
        auto& method = *static_cast<MethodObject*>(callable.as_object());
        ArgumentsWithFirst all(method.self.value(), args);
        return call(vm, method.function, all.span(), kwnames);
    }
    if (type->has_flag(TypeTypeSubclass)
        && type->lookup_special(SpecialMethod::Call).is(type_call_descriptor()))
        return type_call(vm, *static_cast<Type*>(callable.as_object()), args, kwnames);
    if (type->lookup_special(SpecialMethod::Call).is_null())
        return vm.raise(ExceptionKind::TypeError, "'" + type_name(callable) + "' object is not callable");
    TRY(vm.enter_recursive_call(" while calling a Python object"));
    auto result = call_special(vm, SpecialMethod::Call, callable, args, kwnames);
    vm.leave_recursive_call();
    return result;
}

Result<void> SpreadArguments::fill(Vm& vm, Tuple& args, Dict* kwargs)
{
    if (!kwargs || kwargs->size == 0) {
        m_values = args.span();
        return {};
    }
    // The keyword names go straight into their tuple, the values after the positional
    // arguments.
    m_kwnames = TRY(allocate_tuple(vm, kwargs->size));
    size_t total = size_t(args.size + kwargs->size);
    Value* values = m_small;
    if (total > std::size(m_small)) {
        m_large.resize(total);
        values = m_large.data();
    }
    std::copy(args.span().begin(), args.span().end(), values);
    int64_t position = 0, index = 0;
    Value key, value;
    while (dict_next(*kwargs, position, key, value)) {
        if (!is_str(key))
            return vm.raise(ExceptionKind::TypeError, "keywords must be strings");
        incref(key);
        m_kwnames->items()[index] = key;
        values[args.size + index++] = value;
    }
    m_values = std::span<Value const>(values, total);
    return {};
}

Result<Ref<>> call_with_tuple(Vm& vm, Value callable, Tuple& args, Dict* kwargs)
{
    SpreadArguments spread;
    TRY(spread.fill(vm, args, kwargs));
    return call(vm, callable, spread.values(), spread.kwnames());
}

Result<Ref<>> call_special(
    Vm& vm, SpecialMethod method, Value self, std::span<Value const> args, Tuple* kwnames)
{
    Type& type = *self.type();
    Value function = type.lookup_special(method);
    if (!function)
        return Ref<> {};
    Type* function_type_pointer = function.type();
    if (function_type_pointer == &function_type) {
        ArgumentsWithFirst all(self, args);
        return call_function(vm, *static_cast<FunctionObject*>(function.as_object()), all.span(), kwnames);
    }
    if (is_native_method_descriptor_type(function_type_pointer)) {
        auto& native = *static_cast<NativeFunctionObject*>(function.as_object());
        if (native.definition->kind == MethodKind::Instance) {
            // The receiver's own type's method needs no receiver check (an inherited one
            // or one stored in an unrelated class does: call_native makes it).
            if (native.owner == &type && native.signature->has_self)
                return call_native_method(vm, native, self, args, kwnames);
            ArgumentsWithFirst all(self, args);
            return call_native(vm, native, all.span(), kwnames);
        }
    }
    // CPython: a special method set to None is called like any value, so the error
    // names NoneType (the operations that treat None as "absent" check it first).
    if (is_none(function))
        return vm.raise(ExceptionKind::TypeError, "'NoneType' object is not callable");
    Ref<> bound = TRY(descriptor_get(vm, function, self, type));
    return call(vm, bound, args, kwnames);
}

bool is_callable(Value value)
{
    Type* type = value.type();
    return type == &function_type || is_native_function_type(type) || type == &method_type
        || !type->lookup_special(SpecialMethod::Call).is_null();
}

// --- attributes ---

Result<Ref<>> get_attribute(Vm& vm, Value object, Str& name)
{
    return object.type()->getattr(vm, object, name);
}

Result<Ref<>> get_attribute_or_null(Vm& vm, Value object, Str& name)
{
    auto result = object.type()->getattr(vm, object, name);
    if (result.is_error() && vm.clear_pending_if(ExceptionKind::AttributeError))
        return Ref<> {};
    return result;
}

Result<void> set_attribute(Vm& vm, Value object, Str& name, Value value)
{
    return object.type()->setattr(vm, object, name, value);
}

Result<void> delete_attribute(Vm& vm, Value object, Str& name)
{
    return object.type()->setattr(vm, object, name, Value {});
}

Result<Ref<>> get_attribute(Vm& vm, Value object, std::string_view name)
{
    Ref<Str> interned = vm.intern(name);
    return get_attribute(vm, object, *interned);
}

Result<Ref<>> get_attribute_or_null(Vm& vm, Value object, std::string_view name)
{
    Ref<Str> interned = vm.intern(name);
    return get_attribute_or_null(vm, object, *interned);
}

Result<void> set_attribute(Vm& vm, Value object, std::string_view name, Value value)
{
    Ref<Str> interned = vm.intern(name);
    return set_attribute(vm, object, *interned, value);
}

Result<Ref<>> call_method(Vm& vm, Value object, std::string_view name, std::span<Value const> args)
{
    Ref<> method = TRY(get_attribute(vm, object, name));
    return call(vm, method, args);
}

// --- text ---

Result<Ref<Str>> repr(Vm& vm, Value value)
{
    // str.__repr__ cannot be replaced on str itself, and it calls nothing.
    if (is_exact_str(value))
        return str_repr(vm, as_str(value));
    TRY(vm.enter_recursive_call(" while getting the repr of an object"));
    auto result = call_special(vm, SpecialMethod::Repr, value);
    vm.leave_recursive_call();
    Ref<> text = TRY(std::move(result));
    if (!text)
        return vm.raise(ExceptionKind::TypeError, "object has no __repr__");
    if (!is_str(text))
        return vm.raise(
            ExceptionKind::TypeError, "__repr__ returned non-string (type " + type_name(text) + ")");
    return std::move(text).cast<Str>();
}

Result<Ref<Str>> str(Vm& vm, Value value)
{
    if (is_exact_str(value))
        return ref(&as_str(value));
    TRY(vm.enter_recursive_call(" while getting the str of an object"));
    auto result = call_special(vm, SpecialMethod::Str, value);
    vm.leave_recursive_call();
    Ref<> text = TRY(std::move(result));
    if (!text)
        return repr(vm, value);
    if (!is_str(text))
        return vm.raise(
            ExceptionKind::TypeError, "__str__ returned non-string (type " + type_name(text) + ")");
    return std::move(text).cast<Str>();
}

Result<Ref<Str>> ascii(Vm& vm, Value value)
{
    Ref<Str> text = TRY(repr(vm, value));
    if (text->is_ascii)
        return text;
    std::string out;
    char buffer[16];
    for (int64_t index = 0; index < text->length; ++index) {
        char32_t code_point = text->at(index);
        if (code_point < 0x80) {
            out += char(code_point);
        } else if (code_point < 0x100) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", unsigned(code_point));
            out += buffer;
        } else if (code_point < 0x10000) {
            std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(code_point));
            out += buffer;
        } else {
            std::snprintf(buffer, sizeof buffer, "\\U%08x", unsigned(code_point));
            out += buffer;
        }
    }
    return new_str(vm, out);
}

Result<bool> format_builtin_append(Vm& vm, std::string& out, Value value, std::string_view spec)
{
    if (is_exact_int(value)) {
        if (spec.empty()) {
            out += TRY(int_to_decimal(vm, value));
            return true;
        }
        TRY(int_format_append(vm, out, value, spec));
        return true;
    }
    if (!value.is_object())
        return false;
    if (value.type() == &float_type) {
        // An empty spec is repr(), which format_double writes for it.
        auto formatted = format_double(out, float_value(value), spec);
        if (formatted.is_error())
            return raise_format_error(vm, formatted.error());
        return true;
    }
    if (value.type() == &str_type) {
        Str& text = as_str(value);
        auto formatted = text.is_ascii ? format_str(out, text.ascii_view(), spec)
                                       : format_str(out, str_to_utf8(text), spec);
        if (formatted.is_error())
            return raise_format_error(vm, formatted.error());
        return true;
    }
    return false;
}

Result<Ref<Str>> format(Vm& vm, Value value, Str* spec)
{
    // The built-in types' __format__ cannot be replaced, so an exact int, float or str
    // with a spec skips the method lookup and the argument binding.
    if (spec && spec->length > 0 && (is_exact_int(value) || is_exact_float(value) || is_exact_str(value))) {
        std::string out;
        if (spec->is_ascii)
            TRY(format_builtin_append(vm, out, value, spec->ascii_view()));
        else
            TRY(format_builtin_append(vm, out, value, str_to_utf8(*spec)));
        return new_str(vm, out);
    }
    Ref<Str> empty = empty_str();
    Value spec_value(spec ? spec : empty.get());
    Ref<> result = TRY(call_special(vm, SpecialMethod::Format, value, {&spec_value, 1}));
    if (!result)
        return vm.raise(ExceptionKind::TypeError, "Type " + type_name(value) + " doesn't define __format__");
    if (!is_str(result))
        return vm.raise(ExceptionKind::TypeError, "__format__ must return a str, not " + type_name(result));
    return std::move(result).cast<Str>();
}

Result<std::string> repr_utf8(Vm& vm, Value value)
{
    Ref<Str> text = TRY(repr(vm, value));
    return str_to_utf8(*text);
}

Result<std::string> str_utf8(Vm& vm, Value value)
{
    Ref<Str> text = TRY(str(vm, value));
    return str_to_utf8(*text);
}

// --- truth and hashing ---

Result<bool> is_true(Vm& vm, Value value)
{
    if (value.is(true_value()))
        return true;
    if (value.is(false_value()) || is_none(value))
        return false;
    if (value.is_small_int())
        return value.as_small_int() != 0;
    Type& type = *value.type();
    if (type.lookup_special(SpecialMethod::Bool)) {
        Ref<> result = TRY(call_special(vm, SpecialMethod::Bool, value));
        if (!is_bool(result))
            return vm.raise(
                ExceptionKind::TypeError, "__bool__ should return bool, returned " + type_name(result));
        return result.value().is(true_value());
    }
    if (type.lookup_special(SpecialMethod::Len)) {
        int64_t size = TRY(length(vm, value));
        return size != 0;
    }
    return true;
}

Result<int64_t> hash(Vm& vm, Value value)
{
    if (value.is_small_int())
        return hash_int64(value.as_small_int());
    if (is_exact_str(value))
        return str_hash(as_str(value));
    Value method = value.type()->lookup_special(SpecialMethod::Hash);
    if (!method || is_none(method))
        return vm.raise(ExceptionKind::TypeError, "unhashable type: '" + type_name(value) + "'");
    Ref<> result = TRY(call_special(vm, SpecialMethod::Hash, value));
    if (!is_int(result))
        return vm.raise(ExceptionKind::TypeError, "__hash__ method should return an integer");
    // CPython: a result that does not fit a hash is hashed again as an int; -1 (the C
    // API's error value) becomes -2.
    if (auto small = int_to_int64(result))
        return *small == -1 ? -2 : *small;
    Ref<> reduced = TRY(call_special(vm, SpecialMethod::Hash, result));
    return int_to_int64(reduced).value_or(-2);
}

// --- comparison ---

static SpecialMethod comparison_special(ComparisonOperator op)
{
    switch (op) {
    case ComparisonOperator::Less:
        return SpecialMethod::Lt;
    case ComparisonOperator::LessEqual:
        return SpecialMethod::Le;
    case ComparisonOperator::Equal:
        return SpecialMethod::Eq;
    case ComparisonOperator::NotEqual:
        return SpecialMethod::Ne;
    case ComparisonOperator::Greater:
        return SpecialMethod::Gt;
    case ComparisonOperator::GreaterEqual:
        return SpecialMethod::Ge;
    }
    return SpecialMethod::Eq;
}

static ComparisonOperator swapped(ComparisonOperator op)
{
    switch (op) {
    case ComparisonOperator::Less:
        return ComparisonOperator::Greater;
    case ComparisonOperator::LessEqual:
        return ComparisonOperator::GreaterEqual;
    case ComparisonOperator::Equal:
        return ComparisonOperator::Equal;
    case ComparisonOperator::NotEqual:
        return ComparisonOperator::NotEqual;
    case ComparisonOperator::Greater:
        return ComparisonOperator::Less;
    case ComparisonOperator::GreaterEqual:
        return ComparisonOperator::LessEqual;
    }
    return op;
}

static bool is_not_implemented_result(Ref<> const& result)
{
    return !result || result.value().is(not_implemented());
}

// Whether `left op right` starts with right's reflected method: CPython tries it first
// when right's type is a proper subtype of left's that has it.
static bool reflected_first(Type* left_type, Type* right_type, SpecialMethod reflected)
{
    return left_type != right_type && is_subtype(right_type, left_type)
        && right_type->lookup_special(reflected);
}

// The end of the protocol once left's method returned NotImplemented: right's reflected
// method (unless `checked_reverse`: it ran first), then identity for == and !=.
static Result<Ref<>> compare_after_not_implemented(
    Vm& vm, Value left, Value right, ComparisonOperator op, bool checked_reverse)
{
    if (!checked_reverse) {
        Ref<> reverse = TRY(call_special(vm, comparison_special(swapped(op)), right, {&left, 1}));
        if (!is_not_implemented_result(reverse))
            return reverse;
    }
    if (op == ComparisonOperator::Equal)
        return new_bool(left.is(right));
    if (op == ComparisonOperator::NotEqual)
        return new_bool(!left.is(right));
    return vm.raise(ExceptionKind::TypeError,
        "'" + std::string(comparison_operator_symbol(op)) + "' not supported between instances of '"
            + type_name(left) + "' and '" + type_name(right) + "'");
}

Result<Ref<>> rich_compare(Vm& vm, Value left, Value right, ComparisonOperator op)
{
    TRY(vm.enter_recursive_call(" in comparison"));
    struct Guard {
        Vm& vm;
        ~Guard() { vm.leave_recursive_call(); }
    } guard {vm};
    SpecialMethod reflected = comparison_special(swapped(op));
    bool checked_reverse = false;
    if (reflected_first(left.type(), right.type(), reflected)) {
        checked_reverse = true;
        Ref<> result = TRY(call_special(vm, reflected, right, {&left, 1}));
        if (!is_not_implemented_result(result))
            return result;
    }
    Ref<> result = TRY(call_special(vm, comparison_special(op), left, {&right, 1}));
    if (!is_not_implemented_result(result))
        return result;
    return compare_after_not_implemented(vm, left, right, op, checked_reverse);
}

FunctionObject* inline_comparison_method(Value left, Value right, ComparisonOperator op, bool& inverts)
{
    Type* left_type = left.type();
    if (!left_type->is_heap() || reflected_first(left_type, right.type(), comparison_special(swapped(op))))
        return nullptr;
    Value method = left_type->lookup_special(comparison_special(op));
    inverts = false;
    if (op == ComparisonOperator::NotEqual && is_native_method_descriptor_type(method.type())
        && static_cast<NativeFunctionObject*>(method.as_object())->owner == &object_type) {
        // object.__ne__ inverts __eq__'s answer unless that is NotImplemented.
        method = left_type->lookup_special(SpecialMethod::Eq);
        inverts = true;
    }
    if (method.type() != &function_type)
        return nullptr;
    auto* function = static_cast<FunctionObject*>(method.as_object());
    CodeUnit const& unit = *function->code->unit;
    if (unit.argument_count != 2 || unit.keyword_only_count != 0
        || (unit.flags
            & (CodeVarargs | CodeVarkeywords | CodeGenerator | CodeCoroutine | CodeAsyncGenerator)))
        return nullptr;
    return function;
}

Result<Ref<>> finish_inline_comparison(
    Vm& vm, Value left, Value right, ComparisonOperator op, bool inverts, Ref<> result)
{
    if (!is_not_implemented_result(result)) {
        if (!inverts)
            return result;
        bool truth = TRY(is_true(vm, result));
        return new_bool(!truth);
    }
    TRY(vm.enter_recursive_call(" in comparison"));
    auto finished = compare_after_not_implemented(vm, left, right, op, false);
    vm.leave_recursive_call();
    return finished;
}

Result<bool> rich_compare_bool(Vm& vm, Value left, Value right, ComparisonOperator op)
{
    Ref<> result = TRY(rich_compare(vm, left, right, op));
    if (is_bool(result))
        return result.value().is(true_value());
    return is_true(vm, result);
}

Result<bool> equal(Vm& vm, Value left, Value right)
{
    if (left.is(right))
        return true;
    if (left.is_small_int() && right.is_small_int())
        return false;
    if (is_exact_str(left) && is_exact_str(right))
        return str_equal(as_str(left), as_str(right));
    return rich_compare_bool(vm, left, right, ComparisonOperator::Equal);
}

// --- operators ---

static SpecialMethod binary_special_method(BinaryOperator op)
{
    static constexpr SpecialMethod table[] = {SpecialMethod::Add, SpecialMethod::Sub, SpecialMethod::Mul,
        SpecialMethod::MatMul, SpecialMethod::TrueDiv, SpecialMethod::Mod, SpecialMethod::Pow,
        SpecialMethod::LShift, SpecialMethod::RShift, SpecialMethod::Or, SpecialMethod::Xor,
        SpecialMethod::And, SpecialMethod::FloorDiv};
    return table[static_cast<int>(without_inplace(op))];
}

static SpecialMethod reflected_special_method(BinaryOperator op)
{
    static constexpr SpecialMethod table[] = {SpecialMethod::RAdd, SpecialMethod::RSub, SpecialMethod::RMul,
        SpecialMethod::RMatMul, SpecialMethod::RTrueDiv, SpecialMethod::RMod, SpecialMethod::RPow,
        SpecialMethod::RLShift, SpecialMethod::RRShift, SpecialMethod::ROr, SpecialMethod::RXor,
        SpecialMethod::RAnd, SpecialMethod::RFloorDiv};
    return table[static_cast<int>(without_inplace(op))];
}

static SpecialMethod inplace_special_method(BinaryOperator op)
{
    static constexpr SpecialMethod table[] = {SpecialMethod::IAdd, SpecialMethod::ISub, SpecialMethod::IMul,
        SpecialMethod::IMatMul, SpecialMethod::ITrueDiv, SpecialMethod::IMod, SpecialMethod::IPow,
        SpecialMethod::ILShift, SpecialMethod::IRShift, SpecialMethod::IOr, SpecialMethod::IXor,
        SpecialMethod::IAnd, SpecialMethod::IFloorDiv};
    return table[static_cast<int>(without_inplace(op))];
}

Result<Ref<>> binary_special(Vm& vm, Value left, Value right, SpecialMethod method, SpecialMethod reflected)
{
    Type* left_type = left.type();
    Type* right_type = right.type();
    Value left_method = left_type->lookup_special(method);
    Value right_method = left_type != right_type ? right_type->lookup_special(reflected) : Value {};
    if (right_method && left_type->lookup_special(reflected).is(right_method))
        right_method = Value {};
    if (right_method && is_subtype(right_type, left_type)) {
        Ref<> result = TRY(call_special(vm, reflected, right, {&left, 1}));
        if (!is_not_implemented_result(result))
            return result;
        right_method = Value {};
    }
    if (left_method) {
        Ref<> result = TRY(call_special(vm, method, left, {&right, 1}));
        if (!is_not_implemented_result(result))
            return result;
    }
    if (right_method) {
        Ref<> result = TRY(call_special(vm, reflected, right, {&left, 1}));
        if (!is_not_implemented_result(result))
            return result;
    }
    return Ref<> {};
}

Result<Ref<>> binary_op(Vm& vm, Value left, Value right, BinaryOperator op)
{
    // An exact str formats with % (str has no __imod__, and its __mod__ never returns
    // NotImplemented), unless the right operand is an instance of a str subclass, whose
    // __rmod__ comes first.
    if (without_inplace(op) == BinaryOperator::Remainder && is_exact_str(left)
        && (is_exact_str(right) || !is_str(right))) {
        Ref<Str> formatted = TRY(str_percent_format(vm, as_str(left), right));
        return Ref<>(std::move(formatted));
    }
    if (is_inplace(op)) {
        SpecialMethod inplace = inplace_special_method(op);
        if (left.type()->lookup_special(inplace)) {
            Ref<> result = TRY(call_special(vm, inplace, left, {&right, 1}));
            if (!is_not_implemented_result(result))
                return result;
        }
    }
    Ref<> result
        = TRY(binary_special(vm, left, right, binary_special_method(op), reflected_special_method(op)));
    if (result)
        return result;
    if (without_inplace(op) == BinaryOperator::Power && !is_inplace(op))
        return vm.raise(ExceptionKind::TypeError,
            "unsupported operand type(s) for ** or pow(): '" + type_name(left) + "' and '" + type_name(right)
                + "'");
    if (op == BinaryOperator::InplacePower)
        return vm.raise(ExceptionKind::TypeError,
            "unsupported operand type(s) for **=: '" + type_name(left) + "' and '" + type_name(right) + "'");
    std::string message = "unsupported operand type(s) for " + std::string(binary_operator_symbol(op)) + ": '"
        + type_name(left) + "' and '" + type_name(right) + "'";
    // CPython hints at print >> when the left operand is the print builtin.
    if (without_inplace(op) == BinaryOperator::RightShift && left.type() == &builtin_function_type) {
        auto& native = *static_cast<NativeFunctionObject*>(left.as_object());
        if (str_to_utf8(as_str(native.signature->name)) == "print")
            message += ". Did you mean \"print(<message>, file=<output_stream>)\"?";
    }
    return vm.raise(ExceptionKind::TypeError, message);
}

Result<Ref<>> ternary_pow(Vm& vm, Value base, Value exponent, Value modulus)
{
    if (is_none(modulus))
        return binary_op(vm, base, exponent, BinaryOperator::Power);
    Value arguments[] = {exponent, modulus};
    if (base.type()->lookup_special(SpecialMethod::Pow)) {
        Ref<> result = TRY(call_special(vm, SpecialMethod::Pow, base, arguments));
        if (!is_not_implemented_result(result))
            return result;
    }
    return vm.raise(ExceptionKind::TypeError,
        "unsupported operand type(s) for ** or pow(): '" + type_name(base) + "', '" + type_name(exponent)
            + "', '" + type_name(modulus) + "'");
}

Result<Ref<>> unary_op(Vm& vm, Value operand, UnaryOperator op)
{
    SpecialMethod method = SpecialMethod::Neg;
    char const* symbol = "-";
    switch (op) {
    case UnaryOperator::Not: {
        bool truth = TRY(is_true(vm, operand));
        return new_bool(!truth);
    }
    case UnaryOperator::Negative:
        break;
    case UnaryOperator::Positive:
        method = SpecialMethod::Pos;
        symbol = "+";
        break;
    case UnaryOperator::Invert:
        method = SpecialMethod::Invert;
        symbol = "~";
        break;
    }
    Ref<> result = TRY(call_special(vm, method, operand));
    if (!result)
        return vm.raise(ExceptionKind::TypeError,
            std::string("bad operand type for unary ") + symbol + ": '" + type_name(operand) + "'");
    return result;
}

// --- iteration and containers ---

Result<Ref<>> get_iter(Vm& vm, Value value)
{
    Type& type = *value.type();
    Value method = type.lookup_special(SpecialMethod::Iter);
    if (method && !is_none(method)) {
        Ref<> iterator = TRY(call_special(vm, SpecialMethod::Iter, value));
        if (!iterator.value().type()->lookup_special(SpecialMethod::Next))
            return vm.raise(ExceptionKind::TypeError,
                "iter() returned non-iterator of type '" + type_name(iterator) + "'");
        return iterator;
    }
    if (!method && type.lookup_special(SpecialMethod::GetItem) && !type.has_flag(TypeDictSubclass))
        return new_sequence_iterator(vm, value);
    return vm.raise(ExceptionKind::TypeError, "'" + type_name(value) + "' object is not iterable");
}

Result<Ref<>> iter_next(Vm& vm, Value iterator)
{
    Value method = iterator.type()->lookup_special(SpecialMethod::Next);
    if (!method)
        return vm.raise(ExceptionKind::TypeError, "'" + type_name(iterator) + "' object is not an iterator");
    if (is_native_method_descriptor_type(method.type())) {
        auto& native = *static_cast<NativeFunctionObject*>(method.as_object());
        if (native.signature->only_positional && native.signature->positional_count == 0) {
            // A generator's __next__ raises StopIteration(value) when it returns a value.
            auto result = native.definition->function(vm, Args(&iterator, 1));
            if (result.is_error() && vm.clear_pending_if(ExceptionKind::StopIteration))
                return Ref<> {};
            return result;
        }
    }
    auto result = call_special(vm, SpecialMethod::Next, iterator);
    if (result.is_error() && vm.clear_pending_if(ExceptionKind::StopIteration))
        return Ref<> {};
    return result;
}

Result<Ref<>> get_item(Vm& vm, Value container, Value key)
{
    Type& type = *container.type();
    if (type.lookup_special(SpecialMethod::GetItem))
        return call_special(vm, SpecialMethod::GetItem, container, {&key, 1});
    if (type.has_flag(TypeTypeSubclass)) {
        // CPython: `type[int]` is an alias although type has no __class_getitem__.
        if (container.is(Value(&type_type)))
            return new_generic_alias(vm, container, key);
        Ref<> class_getitem = TRY(get_attribute_or_null(vm, container, "__class_getitem__"));
        if (class_getitem)
            return call(vm, class_getitem, {key});
        return vm.raise(ExceptionKind::TypeError,
            "type '" + std::string(static_cast<Type*>(container.as_object())->name)
                + "' is not subscriptable");
    }
    return vm.raise(ExceptionKind::TypeError, "'" + type_name(container) + "' object is not subscriptable");
}

Result<void> set_item(Vm& vm, Value container, Value key, Value value)
{
    Type& type = *container.type();
    if (!type.lookup_special(SpecialMethod::SetItem))
        return vm.raise(ExceptionKind::TypeError,
            "'" + type_name(container) + "' object does not support item assignment");
    Value arguments[] = {key, value};
    TRY(call_special(vm, SpecialMethod::SetItem, container, arguments));
    return {};
}

Result<void> delete_item(Vm& vm, Value container, Value key)
{
    Type& type = *container.type();
    if (!type.lookup_special(SpecialMethod::DelItem))
        return vm.raise(
            ExceptionKind::TypeError, "'" + type_name(container) + "' object doesn't support item deletion");
    TRY(call_special(vm, SpecialMethod::DelItem, container, {&key, 1}));
    return {};
}

Result<int64_t> length(Vm& vm, Value value)
{
    Type& type = *value.type();
    // The builtin containers answer without a call (their __len__ cannot be replaced).
    if (&type == &str_type)
        return static_cast<Str*>(value.as_object())->length;
    if (&type == &list_type)
        return static_cast<List*>(value.as_object())->size;
    if (&type == &tuple_type)
        return static_cast<Tuple*>(value.as_object())->size;
    if (&type == &dict_type)
        return static_cast<Dict*>(value.as_object())->size;
    if (!type.lookup_special(SpecialMethod::Len))
        return vm.raise(ExceptionKind::TypeError, "object of type '" + type_name(value) + "' has no len()");
    Ref<> result = TRY(call_special(vm, SpecialMethod::Len, value));
    if (!is_int(result))
        return vm.raise(ExceptionKind::TypeError,
            "'" + type_name(result) + "' object cannot be interpreted as an integer");
    auto size = int_to_int64(result);
    if (!size)
        return vm.raise(ExceptionKind::OverflowError, "cannot fit 'int' into an index-sized integer");
    if (*size < 0)
        return vm.raise(ExceptionKind::ValueError, "__len__() should return >= 0");
    return *size;
}

Result<bool> contains(Vm& vm, Value container, Value item)
{
    Type& type = *container.type();
    Value contains_method = type.lookup_special(SpecialMethod::Contains);
    if (contains_method && is_none(contains_method))
        return vm.raise(ExceptionKind::TypeError, "'" + type_name(container) + "' object is not a container");
    if (contains_method) {
        Ref<> result = TRY(call_special(vm, SpecialMethod::Contains, container, {&item, 1}));
        return is_true(vm, result);
    }
    if (!type.lookup_special(SpecialMethod::Iter) && !type.lookup_special(SpecialMethod::GetItem))
        return vm.raise(
            ExceptionKind::TypeError, "argument of type '" + type_name(container) + "' is not iterable");
    Ref<> iterator = TRY(get_iter(vm, container));
    while (true) {
        Ref<> element = TRY(iter_next(vm, iterator));
        if (!element)
            return false;
        if (TRY(equal(vm, element, item)))
            return true;
    }
}

Result<void> for_each(
    Vm& vm, Value iterable, Result<void> (*visit)(Vm&, Value item, void* context), void* context)
{
    Ref<> iterator = TRY(get_iter(vm, iterable));
    while (true) {
        Ref<> item = TRY(iter_next(vm, iterator));
        if (!item)
            return {};
        TRY(visit(vm, item, context));
    }
}

// --- numbers ---

Result<Ref<>> number_index(Vm& vm, Value value)
{
    if (is_int(value))
        return ref(value);
    if (!value.type()->lookup_special(SpecialMethod::Index))
        return vm.raise(ExceptionKind::TypeError,
            "'" + type_name(value) + "' object cannot be interpreted as an integer");
    Ref<> result = TRY(call_special(vm, SpecialMethod::Index, value));
    if (!is_int(result))
        return vm.raise(
            ExceptionKind::TypeError, "__index__ returned non-int (type " + type_name(result) + ")");
    return result;
}

Result<int64_t> index_as_int64(Vm& vm, Value value)
{
    if (value.is_small_int())
        return value.as_small_int();
    Ref<> index = TRY(number_index(vm, value));
    auto result = int_to_int64(index);
    if (!result)
        return vm.raise(ExceptionKind::OverflowError, "Python int too large to convert to C ssize_t");
    return *result;
}

// --- isinstance / issubclass ---

static Value type_instancecheck_descriptor()
{
    return type_type.lookup_special(SpecialMethod::InstanceCheck);
}
static Value type_subclasscheck_descriptor()
{
    return type_type.lookup_special(SpecialMethod::SubclassCheck);
}

Result<bool> is_instance(Vm& vm, Value object, Value class_or_tuple)
{
    if (object.type() == static_cast<Type*>(class_or_tuple.as_object()) && class_or_tuple.is_object())
        return true;
    if (Tuple* members = union_arguments(class_or_tuple))
        return is_instance(vm, object, Value(members));
    if (is_tuple(class_or_tuple)) {
        TRY(vm.enter_recursive_call(" in __instancecheck__"));
        for (Value entry : as_tuple(class_or_tuple).span()) {
            auto found = is_instance(vm, object, entry);
            if (found.is_error() || found.value()) {
                vm.leave_recursive_call();
                return found;
            }
        }
        vm.leave_recursive_call();
        return false;
    }
    Type* metatype = class_or_tuple.type();
    Value check = metatype->lookup_special(SpecialMethod::InstanceCheck);
    if (check && !check.is(type_instancecheck_descriptor())) {
        Ref<> result = TRY(call_special(vm, SpecialMethod::InstanceCheck, class_or_tuple, {&object, 1}));
        return is_true(vm, result);
    }
    if (!metatype->has_flag(TypeTypeSubclass))
        return vm.raise(
            ExceptionKind::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    Type& klass = *static_cast<Type*>(class_or_tuple.as_object());
    if (is_subtype(object.type(), &klass))
        return true;
    // object's __class__ descriptor makes the name a shared immortal str at set-up.
    static Str* const class_name = find_static_interned("__class__");
    Ref<> object_class = TRY(get_attribute_or_null(vm, object, *class_name));
    if (object_class && !object_class.value().is(Value(object.type()))
        && object_class.value().type()->has_flag(TypeTypeSubclass))
        return is_subtype(static_cast<Type*>(object_class.value().as_object()), &klass);
    return false;
}

Result<bool> is_subclass(Vm& vm, Value derived, Value class_or_tuple)
{
    if (Tuple* members = union_arguments(class_or_tuple))
        return is_subclass(vm, derived, Value(members));
    if (is_tuple(class_or_tuple)) {
        for (Value entry : as_tuple(class_or_tuple).span()) {
            bool found = TRY(is_subclass(vm, derived, entry));
            if (found)
                return true;
        }
        return false;
    }
    Type* metatype = class_or_tuple.type();
    Value check = metatype->lookup_special(SpecialMethod::SubclassCheck);
    if (check && !check.is(type_subclasscheck_descriptor())) {
        Ref<> result = TRY(call_special(vm, SpecialMethod::SubclassCheck, class_or_tuple, {&derived, 1}));
        return is_true(vm, result);
    }
    if (!derived.is_object() || !derived.type()->has_flag(TypeTypeSubclass))
        return vm.raise(ExceptionKind::TypeError, "issubclass() arg 1 must be a class");
    if (!metatype->has_flag(TypeTypeSubclass))
        return vm.raise(
            ExceptionKind::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return is_subtype(
        static_cast<Type*>(derived.as_object()), static_cast<Type*>(class_or_tuple.as_object()));
}

} // namespace taipan
