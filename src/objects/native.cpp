// Native functions: parsing the signature strings of NativeMethod tables, binding call
// arguments to them with CPython's messages, and the Python types that wrap natives
// (builtin_function_or_method, method_descriptor, classmethod_descriptor,
// getset_descriptor, member_descriptor).
#include "objects/native.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/runtime_setup.h"
#include "vm/vm.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

namespace taipan {

// --- signature parsing ---

[[noreturn]] static void malformed_signature(char const* text, char const* why)
{
    std::fprintf(stderr, "taipan: malformed native signature \"%s\": %s\n", text, why);
    std::abort();
}

static Ref<> parse_default(Vm& vm, std::string_view text, char const* signature)
{
    if (text == "None")
        return new_none();
    if (text == "True")
        return new_bool(true);
    if (text == "False")
        return new_bool(false);
    if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"'))
        return MUST(new_str(vm, text.substr(1, text.size() - 2)));
    if (text.find_first_of(".e") != std::string_view::npos
        && text.find_first_not_of("0123456789.e-+") == std::string_view::npos)
        return MUST(new_float(vm, std::strtod(std::string(text).c_str(), nullptr)));
    int64_t integer = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), integer);
    if (error != std::errc {} || end != text.data() + text.size())
        malformed_signature(signature, "unknown default value");
    return new_int(integer);
}

static std::string_view trim(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

Signature parse_signature(Vm& vm, char const* text)
{
    Signature signature;
    std::string_view rest = text;
    size_t open = rest.find('(');
    if (open == std::string_view::npos || rest.back() != ')')
        malformed_signature(text, "expected name(...)");
    signature.name = vm.intern(rest.substr(0, open));
    std::string_view inside = rest.substr(open + 1, rest.size() - open - 2);

    std::vector<std::string_view> pieces;
    int depth = 0;
    size_t start = 0;
    for (size_t index = 0; index <= inside.size(); ++index) {
        if (index == inside.size() || (inside[index] == ',' && depth == 0)) {
            std::string_view piece = trim(inside.substr(start, index - start));
            if (!piece.empty())
                pieces.push_back(piece);
            start = index + 1;
        } else if (inside[index] == '(' || inside[index] == '[') {
            ++depth;
        } else if (inside[index] == ')' || inside[index] == ']') {
            --depth;
        }
    }

    bool keyword_only = false;
    // Parameters before a `/` are positional-only; mark them when we meet it.
    size_t first_unmarked = 0;
    for (std::string_view piece : pieces) {
        if (piece == "$self" || piece == "$type") {
            signature.has_self = true;
            continue;
        }
        if (piece == "$varargs") {
            signature.varargs_messages = true;
            continue;
        }
        if (piece == "/") {
            for (size_t index = first_unmarked; index < signature.parameters.size(); ++index)
                signature.parameters[index].kind = Parameter::Kind::PositionalOnly;
            first_unmarked = signature.parameters.size();
            continue;
        }
        if (piece == "*") {
            keyword_only = true;
            continue;
        }
        Parameter parameter;
        if (piece.starts_with("**")) {
            parameter.kind = Parameter::Kind::VarKeyword;
            parameter.name = vm.intern(piece.substr(2));
            signature.var_keyword = int(signature.parameters.size());
        } else if (piece.starts_with("*")) {
            parameter.kind = Parameter::Kind::VarPositional;
            parameter.name = vm.intern(piece.substr(1));
            signature.var_positional = int(signature.parameters.size());
            keyword_only = true;
        } else {
            parameter.kind
                = keyword_only ? Parameter::Kind::KeywordOnly : Parameter::Kind::PositionalOrKeyword;
            size_t equals = piece.find('=');
            std::string_view name = trim(piece.substr(0, equals));
            parameter.name = vm.intern(name);
            if (equals != std::string_view::npos) {
                std::string_view value = trim(piece.substr(equals + 1));
                parameter.has_default = true;
                if (value != "?")
                    parameter.default_value = parse_default(vm, value, text);
            }
        }
        signature.parameters.push_back(std::move(parameter));
    }
    bool any_keyword = false;
    for (Parameter const& parameter : signature.parameters) {
        if (parameter.kind == Parameter::Kind::PositionalOnly
            || parameter.kind == Parameter::Kind::PositionalOrKeyword) {
            ++signature.positional_count;
            if (!parameter.has_default)
                signature.required_positional = signature.positional_count;
        }
        if (parameter.kind == Parameter::Kind::PositionalOrKeyword
            || parameter.kind == Parameter::Kind::KeywordOnly
            || parameter.kind == Parameter::Kind::VarKeyword)
            any_keyword = true;
    }
    signature.only_positional = !any_keyword && signature.var_positional < 0;
    signature.accepts_keywords = any_keyword;
    signature.direct_positional = signature.only_positional && signature.var_keyword < 0
        && signature.positional_count < Signature::max_direct_arguments;
    for (Parameter& parameter : signature.parameters) {
        make_immortal(parameter.name.value());
        if (parameter.default_value)
            make_immortal(parameter.default_value.value());
    }
    make_immortal(signature.name.value());
    return signature;
}

// --- binding ---

static std::string plural(uint32_t count, char const* word)
{
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

// The names CPython's argument parsers print: `qualified` ("list.append", or "len" for a
// module function) in the messages of METH_NOARGS/METH_O functions and in "takes no
// keyword arguments"; `bare` ("append", or the type's name for a __new__ or __init__,
// as Argument Clinic names them) in the other messages.
struct ParserNames {
    std::string qualified;
    std::string bare;
};

static bool is_slot_wrapper(NativeFunctionObject const* function)
{
    return function && (function->type == &wrapper_descriptor_type || function->type == &method_wrapper_type);
}

static ParserNames parser_names(Signature const& signature, NativeFunctionObject const* function)
{
    std::string name = str_to_utf8(as_str(signature.name));
    Type const* owner = function ? function->owner : nullptr;
    if (!owner)
        return {name, name};
    std::string type_part(type_short_name(*owner));
    if (name == "__new__" || name == "__init__")
        return {type_part + "." + name, type_part};
    return {type_part + "." + name, name};
}

// CPython: a METH_VARARGS method rejecting keywords is named plainly when called bound
// ("find()") and with its type when called through its descriptor ("str.find()"), as
// a method call does.
static std::string varargs_name(Signature const& signature, NativeFunctionObject const* function)
{
    ParserNames names = parser_names(signature, function);
    return function && !function->self ? names.qualified : names.bare;
}

// CPython: the repeat slots of sequences (`"ab" * 2`) unpack their argument as a tuple,
// unlike the number slots, so their count errors read like __pow__'s.
static bool is_sequence_repeat(Signature const& signature, NativeFunctionObject const* function)
{
    Type const* owner = function->owner;
    if (owner != &str_type && owner != &bytes_type && owner != &bytearray_type && owner != &list_type
        && owner != &tuple_type)
        return false;
    std::string name = str_to_utf8(as_str(signature.name));
    return name == "__mul__" || name == "__rmul__" || name == "__imul__";
}

// The arity error of a function that takes positional arguments only. CPython's
// messages differ by how a builtin is declared: METH_NOARGS and METH_O functions say
// "takes no arguments" / "takes exactly one argument", the others (Argument Clinic's
// _PyArg_CheckPositional) "expected at least N arguments, got M".
// Slot wrappers check exact counts up to one ("expected 1 argument, got 0") and unpack
// the others as a tuple with an empty name (" expected at least 1 argument, got 0").
static Raised positional_arity_error(
    Vm& vm, Signature const& signature, NativeFunctionObject const* function, uint32_t given)
{
    ParserNames names = parser_names(signature, function);
    uint32_t maximum = signature.positional_count;
    uint32_t minimum = signature.required_positional;
    if (signature.varargs_messages) {
        bool too_few = given < minimum;
        char const* how = minimum == maximum ? "exactly " : (too_few ? "at least " : "at most ");
        return vm.raise(ExceptionKind::TypeError,
            names.bare + "() takes " + how + plural(too_few ? minimum : maximum, "argument") + " ("
                + std::to_string(given) + " given)");
    }
    if (is_slot_wrapper(function)) {
        if (minimum == maximum && maximum <= 1 && !is_sequence_repeat(signature, function))
            return vm.raise(ExceptionKind::TypeError,
                "expected " + plural(maximum, "argument") + ", got " + std::to_string(given));
        bool too_few = given < minimum;
        char const* how = minimum == maximum ? "" : (too_few ? "at least " : "at most ");
        return vm.raise(ExceptionKind::TypeError,
            " expected " + std::string(how) + plural(too_few ? minimum : maximum, "argument") + ", got "
                + std::to_string(given));
    }
    if (maximum == 0)
        return vm.raise(ExceptionKind::TypeError,
            names.qualified + "() takes no arguments (" + std::to_string(given) + " given)");
    if (maximum == 1 && minimum == 1)
        return vm.raise(ExceptionKind::TypeError,
            names.qualified + "() takes exactly one argument (" + std::to_string(given) + " given)");
    bool too_few = given < minimum;
    uint32_t count = too_few ? minimum : maximum;
    char const* how = minimum == maximum ? "" : (too_few ? "at least " : "at most ");
    return vm.raise(ExceptionKind::TypeError,
        names.bare + " expected " + how + plural(count, "argument") + ", got " + std::to_string(given));
}

// The counting checks of Argument Clinic's keyword parser (_PyArg_UnpackKeywords), made
// before any keyword is matched, for functions that take keywords but no *args.
static Result<void> check_keyword_function_counts(Vm& vm, Signature const& signature,
    NativeFunctionObject const* function, uint32_t positional_given, uint32_t keyword_count)
{
    uint32_t maximum_arguments = 0;
    uint32_t positional_only = 0;
    for (Parameter const& parameter : signature.parameters) {
        if (parameter.kind != Parameter::Kind::VarKeyword)
            ++maximum_arguments;
        if (parameter.kind == Parameter::Kind::PositionalOnly)
            ++positional_only;
    }
    uint32_t maximum_positional = signature.positional_count;
    uint32_t minimum_positional = signature.required_positional;
    uint32_t minimum_positional_only = std::min(positional_only, minimum_positional);
    // The name is only needed for messages: made on demand.
    auto bare = [&] { return parser_names(signature, function).bare; };
    if (signature.var_keyword < 0 && positional_given + keyword_count > maximum_arguments)
        return vm.raise(ExceptionKind::TypeError,
            bare() + "() takes at most " + std::to_string(maximum_arguments) + " "
                + (positional_given == 0 ? "keyword " : "")
                + (maximum_arguments == 1 ? "argument" : "arguments") + " ("
                + std::to_string(positional_given + keyword_count) + " given)");
    if (positional_given > maximum_positional) {
        if (maximum_positional == 0)
            return vm.raise(ExceptionKind::TypeError, bare() + "() takes no positional arguments");
        return vm.raise(ExceptionKind::TypeError,
            bare() + "() takes " + (minimum_positional < maximum_positional ? "at most " : "exactly ")
                + plural(maximum_positional, "positional argument") + " (" + std::to_string(positional_given)
                + " given)");
    }
    if (positional_given < minimum_positional_only)
        return vm.raise(ExceptionKind::TypeError,
            bare() + "() takes " + (minimum_positional_only < maximum_positional ? "at least " : "exactly ")
                + plural(minimum_positional_only, "positional argument") + " ("
                + std::to_string(positional_given) + " given)");
    return {};
}

Result<void> bind_arguments(Vm& vm, Signature const& signature, Value self, std::span<Value const> args,
    Tuple* kwnames, std::span<Ref<>> out, NativeFunctionObject const* function)
{
    uint32_t keyword_count = kwnames ? uint32_t(kwnames->size) : 0;
    uint32_t positional_given = uint32_t(args.size()) - keyword_count;
    size_t base = signature.has_self ? 1 : 0;
    if (signature.has_self)
        out[0] = ref(self);

    if (signature.only_positional) {
        if (keyword_count > 0 && is_slot_wrapper(function))
            return vm.raise(ExceptionKind::TypeError,
                "wrapper " + str_to_utf8(as_str(signature.name)) + "() takes no keyword arguments");
        if (keyword_count > 0 && signature.varargs_messages)
            return vm.raise(ExceptionKind::TypeError,
                varargs_name(signature, function) + "() takes no keyword arguments");
        if (keyword_count > 0)
            return vm.raise(ExceptionKind::TypeError,
                parser_names(signature, function).qualified + "() takes no keyword arguments");
        if (positional_given > signature.positional_count || positional_given < signature.required_positional)
            return positional_arity_error(vm, signature, function, positional_given);
    } else if (signature.var_positional < 0) {
        TRY(check_keyword_function_counts(vm, signature, function, positional_given, keyword_count));
    } else if (!signature.accepts_keywords && keyword_count > 0) {
        // METH_VARARGS without METH_KEYWORDS: CPython names the function plainly.
        return vm.raise(
            ExceptionKind::TypeError, varargs_name(signature, function) + "() takes no keyword arguments");
    }
    // The name is only needed for messages: made on demand.
    auto name = [&] { return parser_names(signature, function).bare; };
    uint32_t placed = std::min(positional_given, signature.positional_count);
    for (uint32_t index = 0; index < placed; ++index)
        out[base + index] = ref(args[index]);
    if (signature.var_positional >= 0) {
        uint32_t extra = positional_given - placed;
        out[base + signature.var_positional] = TRY(new_tuple(vm, args.subspan(placed, extra)));
    }

    // Keywords fill their parameters first; CPython reports a missing argument before a
    // keyword that repeats a positional one, and that before an unknown keyword.
    Ref<Dict> extra_keywords;
    std::optional<std::string> duplicate_error;
    std::optional<std::string> unknown_error;
    for (uint32_t index = 0; index < keyword_count; ++index) {
        Value keyword = (*kwnames)[index];
        Value value = args[positional_given + index];
        int found = -1;
        for (size_t parameter_index = 0; parameter_index < signature.parameters.size(); ++parameter_index) {
            Parameter const& parameter = signature.parameters[parameter_index];
            if (parameter.kind == Parameter::Kind::VarPositional
                || parameter.kind == Parameter::Kind::VarKeyword)
                continue;
            if (!str_equal(as_str(parameter.name), as_str(keyword)))
                continue;
            // A positional-only parameter's name is an unknown keyword.
            if (parameter.kind != Parameter::Kind::PositionalOnly)
                found = int(parameter_index);
            break;
        }
        if (found < 0) {
            if (signature.var_keyword >= 0) {
                if (!extra_keywords)
                    extra_keywords = TRY(new_dict(vm));
                TRY(dict_set_item(vm, *extra_keywords, keyword, value));
            } else if (!unknown_error) {
                unknown_error = "'" + str_to_utf8(as_str(keyword)) + "' is an invalid keyword argument for "
                    + name() + "()";
            }
            continue;
        }
        if (out[base + found]) {
            if (!duplicate_error)
                duplicate_error = "argument for " + name() + "() given by name ('"
                    + str_to_utf8(as_str(keyword)) + "') and position (" + std::to_string(found + 1) + ")";
            continue;
        }
        out[base + found] = ref(value);
    }
    if (signature.var_keyword >= 0)
        out[base + signature.var_keyword] = std::move(extra_keywords);

    for (size_t index = 0; index < signature.parameters.size(); ++index) {
        Parameter const& parameter = signature.parameters[index];
        if (out[base + index] || parameter.kind == Parameter::Kind::VarPositional
            || parameter.kind == Parameter::Kind::VarKeyword)
            continue;
        if (parameter.has_default) {
            out[base + index] = parameter.default_value;
            continue;
        }
        if (parameter.kind == Parameter::Kind::PositionalOnly)
            return vm.raise(ExceptionKind::TypeError,
                name() + "() takes at least " + plural(signature.required_positional, "positional argument")
                    + " (" + std::to_string(positional_given) + " given)");
        if (parameter.kind == Parameter::Kind::KeywordOnly)
            return vm.raise(ExceptionKind::TypeError,
                name() + "() missing required keyword-only argument '" + str_to_utf8(as_str(parameter.name))
                    + "'");
        return vm.raise(ExceptionKind::TypeError,
            name() + "() missing required argument '" + str_to_utf8(as_str(parameter.name)) + "' (pos "
                + std::to_string(index + 1) + ")");
    }
    if (duplicate_error)
        return vm.raise(ExceptionKind::TypeError, *duplicate_error);
    if (unknown_error)
        return vm.raise(ExceptionKind::TypeError, *unknown_error);
    return {};
}

// --- calling ---

static std::string qualified_name(NativeFunctionObject const& function)
{
    std::string name = str_to_utf8(as_str(function.signature->name));
    if (function.owner)
        return std::string(type_short_name(*function.owner)) + "." + name;
    return name;
}

// Checks `self` against the type that defines the method (CPython's descriptor check).
static Result<void> check_receiver(Vm& vm, NativeFunctionObject const& function, Value self)
{
    if (!function.owner)
        return {};
    if (function.definition->kind == MethodKind::Class) {
        if (!self.is_object() || !self.type()->has_flag(TypeTypeSubclass)
            || !is_subtype(static_cast<Type*>(self.as_object()), function.owner))
            return vm.raise(ExceptionKind::TypeError,
                "descriptor '" + str_to_utf8(as_str(function.signature->name)) + "' for type '"
                    + std::string(type_short_name(*function.owner)) + "' needs a type, not a '"
                    + std::string(type_name(self)) + "' as arg 2");
        return {};
    }
    if (!is_subtype(self.type(), function.owner) && is_slot_wrapper(&function))
        return vm.raise(ExceptionKind::TypeError,
            "descriptor '" + str_to_utf8(as_str(function.signature->name)) + "' requires a '"
                + std::string(type_short_name(*function.owner)) + "' object but received a '"
                + std::string(type_name(self)) + "'");
    if (!is_subtype(self.type(), function.owner))
        return vm.raise(ExceptionKind::TypeError,
            "descriptor '" + str_to_utf8(as_str(function.signature->name)) + "' for '"
                + std::string(type_short_name(*function.owner)) + "' objects doesn't apply to a '"
                + std::string(type_name(self)) + "' object");
    return {};
}

Result<Ref<>> call_native(Vm& vm, NativeFunctionObject& function, std::span<Value const> args, Tuple* kwnames)
{
    Signature const& signature = *function.signature;
    Value self;
    if (signature.has_self) {
        if (function.self) {
            self = function.self.value();
        } else if (function.definition->kind == MethodKind::Static) {
            if (args.size() - (kwnames ? kwnames->size : 0) == 0)
                return vm.raise(
                    ExceptionKind::TypeError, qualified_name(function) + "(): not enough arguments");
            self = args[0];
            args = args.subspan(1);
        } else {
            if (args.size() - (kwnames ? kwnames->size : 0) == 0 && function.type == &method_descriptor_type)
                return vm.raise(ExceptionKind::TypeError,
                    "unbound method " + qualified_name(function) + "() needs an argument");
            if (args.size() - (kwnames ? kwnames->size : 0) == 0)
                return vm.raise(ExceptionKind::TypeError,
                    "descriptor '" + str_to_utf8(as_str(signature.name)) + "' of '"
                        + std::string(type_short_name(*function.owner)) + "' object needs an argument");
            self = args[0];
            TRY(check_receiver(vm, function, self));
            args = args.subspan(1);
        }
    }
    return call_native_method(vm, function, self, args, kwnames);
}

Result<Ref<>> call_native_method(
    Vm& vm, NativeFunctionObject& function, Value self, std::span<Value const> args, Tuple* kwnames)
{
    Signature const& signature = *function.signature;
    NativeFunction native = function.definition->function;
    Result<Ref<>> result = Ref<> {};
    if (signature.direct_positional && !kwnames && args.size() <= signature.positional_count
        && args.size() >= signature.required_positional) {
        // Positional arguments, the omitted ones taking their defaults: no binding.
        Value direct[Signature::max_direct_arguments];
        size_t count = 0;
        if (signature.has_self)
            direct[count++] = self;
        for (Value value : args)
            direct[count++] = value;
        for (size_t index = args.size(); index < signature.positional_count; ++index)
            direct[count++] = signature.parameters[index].default_value.value();
        result = native(vm, Args(direct, uint32_t(count)));
    } else {
        // Bound arguments live on the C++ stack for the usual small signatures.
        size_t bound_count = (signature.has_self ? 1 : 0) + signature.parameters.size();
        Ref<> small_bound[8];
        Value small_values[8];
        std::vector<Ref<>> large_bound;
        std::vector<Value> large_values;
        std::span<Ref<>> bound(small_bound, bound_count <= 8 ? bound_count : 0);
        Value* values = small_values;
        if (bound_count > 8) {
            large_bound.resize(bound_count);
            large_values.resize(bound_count);
            bound = large_bound;
            values = large_values.data();
        }
        TRY(bind_arguments(vm, signature, self, args, kwnames, bound, &function));
        for (size_t index = 0; index < bound_count; ++index)
            values[index] = bound[index].value();
        result = native(vm, Args(values, uint32_t(bound_count)));
    }
    if (result.is_error())
        return result;
    if (!result.value()) {
        // A native __next__ signalled exhaustion; Python callers see StopIteration.
        return vm.raise_object(Value(&exception_type(ExceptionKind::StopIteration)));
    }
    return result;
}

// --- the wrapper types ---

static void native_function_destruct(Object* object)
{
    static_cast<NativeFunctionObject*>(object)->~NativeFunctionObject();
}

static void native_function_traverse(Object* object, VisitFunction visit, void* context)
{
    auto* function = static_cast<NativeFunctionObject*>(object);
    if (function->self)
        visit(function->self.value(), context);
}

static void native_function_clear(Object* object)
{
    static_cast<NativeFunctionObject*>(object)->self = nullptr;
}

// Every NativeMethod's parsed signature lives as long as the process: tables are static.
// The cache is never destroyed: its names are immortal, so destroying it at exit would
// free nothing, and it keeps them reachable for LeakSanitizer's exit-time scan.
static Signature const* signature_for(Vm& vm, NativeMethod const& method)
{
    static auto* cache = new std::vector<std::unique_ptr<std::pair<NativeMethod const*, Signature>>>;
    for (auto& entry : *cache)
        if (entry->first == &method)
            return &entry->second;
    cache->push_back(std::make_unique<std::pair<NativeMethod const*, Signature>>(
        &method, parse_signature(vm, method.signature)));
    return &cache->back()->second;
}

// The special methods that fill a type slot in CPython: on builtin types they are
// slot wrappers (wrapper_descriptor, bound: method-wrapper), with their own messages.
static constexpr std::string_view slot_method_names[] = {"__getattribute__", "__getattr__", "__setattr__",
    "__delattr__", "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__", "__eq__", "__ne__",
    "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__", "__init__", "__del__",
    "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
    "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__",
    "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
    "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__",
    "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
    "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__",
    "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__",
    "__setitem__", "__delitem__", "__contains__"};

static Type& descriptor_type_for(NativeMethod const& method, Type& owner)
{
    if (method.kind == MethodKind::Static)
        return builtin_function_type;
    if (method.kind == MethodKind::Class)
        return classmethod_descriptor_type;
    std::string_view signature = method.signature;
    std::string_view name = signature.substr(0, signature.find('('));
    // CPython: these few are plain methods beside their slot (METH_COEXIST), for speed.
    if ((name == "__getitem__" && (&owner == &dict_type || &owner == &list_type))
        || (name == "__contains__"
            && (&owner == &dict_type || &owner == &set_type || &owner == &frozenset_type)))
        return method_descriptor_type;
    for (std::string_view slot_name : slot_method_names) {
        if (name == slot_name)
            return wrapper_descriptor_type;
    }
    return method_descriptor_type;
}

Result<Ref<>> make_method_descriptor(Vm& vm, NativeMethod const& method, Type& owner)
{
    Type& type = descriptor_type_for(method, owner);
    Ref<NativeFunctionObject> descriptor = TRY(make_object<NativeFunctionObject>(vm, type, 0));
    descriptor->definition = &method;
    descriptor->signature = signature_for(vm, method);
    descriptor->owner = &owner;
    return Ref<>(std::move(descriptor));
}

Result<Ref<>> make_native_function(Vm& vm, NativeMethod const& method, Value self, Value module_name)
{
    Ref<NativeFunctionObject> function = TRY(make_object<NativeFunctionObject>(vm, builtin_function_type, 0));
    function->definition = &method;
    function->signature = signature_for(vm, method);
    function->self = ref(self);
    function->module_name = ref(module_name);
    return Ref<>(std::move(function));
}

// Binds a method descriptor to an instance (or a classmethod descriptor to a class).
Result<Ref<>> bind_native_method(Vm& vm, NativeFunctionObject& descriptor, Value self)
{
    Type& type = descriptor.type == &wrapper_descriptor_type ? method_wrapper_type : builtin_function_type;
    Ref<NativeFunctionObject> bound = TRY(make_object<NativeFunctionObject>(vm, type, 0));
    bound->definition = descriptor.definition;
    bound->signature = descriptor.signature;
    bound->owner = descriptor.owner;
    bound->self = ref(self);
    return Ref<>(std::move(bound));
}

static NativeFunctionObject& as_native(Value value)
{
    return *static_cast<NativeFunctionObject*>(value.as_object());
}

static Result<Ref<>> method_descriptor_get(Vm& vm, Args args)
{
    NativeFunctionObject& descriptor = as_native(args[0]);
    Value instance = args[1];
    Value owner = args[2];
    if (descriptor.definition->kind == MethodKind::Class) {
        Value klass = is_none(instance) ? owner : Value(instance.type());
        if (is_none(klass))
            klass = Value(descriptor.owner);
        return bind_native_method(vm, descriptor, klass);
    }
    if (is_none(instance))
        return ref(args[0]);
    TRY(check_receiver(vm, descriptor, instance));
    return bind_native_method(vm, descriptor, instance);
}

static Result<Ref<>> native_call(Vm& vm, Args args)
{
    NativeFunctionObject& function = as_native(args[0]);
    Tuple& positional = as_tuple(args[1]);
    Value kwargs = args[2];
    if (!kwargs || as_dict(kwargs).size == 0)
        return call_native(vm, function, positional.span(), nullptr);
    std::vector<Value> values(positional.span().begin(), positional.span().end());
    std::vector<Value> names;
    int64_t position = 0;
    Value key, value;
    while (dict_next(as_dict(kwargs), position, key, value)) {
        names.push_back(key);
        values.push_back(value);
    }
    Ref<Tuple> kwnames = TRY(new_tuple(vm, names));
    return call_native(vm, function, values, kwnames.get());
}

static Result<Ref<>> native_repr(Vm& vm, Args args)
{
    NativeFunctionObject& function = as_native(args[0]);
    std::string name = str_to_utf8(as_str(function.signature->name));
    if (args[0].type() == &method_descriptor_type || args[0].type() == &classmethod_descriptor_type)
        return new_str(
            vm, "<method '" + name + "' of '" + std::string(type_short_name(*function.owner)) + "' objects>");
    if (args[0].type() == &wrapper_descriptor_type)
        return new_str(vm,
            "<slot wrapper '" + name + "' of '" + std::string(type_short_name(*function.owner))
                + "' objects>");
    Value self = function.self.value();
    if (args[0].type() == &method_wrapper_type) {
        char address[32];
        std::snprintf(
            address, sizeof address, "%p", static_cast<void*>(self.is_object() ? self.as_object() : nullptr));
        return new_str(vm,
            "<method-wrapper '" + name + "' of " + std::string(type_short_name(*self.type())) + " object at "
                + address + ">");
    }
    if (!self || (self.is_object() && self.type() == &module_type))
        return new_str(vm, "<built-in function " + name + ">");
    char address[32];
    std::snprintf(
        address, sizeof address, "%p", static_cast<void*>(self.is_object() ? self.as_object() : nullptr));
    if (self.is_object() && self.type()->has_flag(TypeTypeSubclass))
        return new_str(vm, "<built-in method " + name + " of type object at " + address + ">");
    return new_str(vm,
        "<built-in method " + name + " of " + std::string(type_short_name(*self.type())) + " object at "
            + address + ">");
}

static Result<Ref<>> native_get_name(Vm&, Value self)
{
    return ref(as_native(self).signature->name.value());
}

static Result<Ref<>> native_get_qualname(Vm& vm, Value self)
{
    NativeFunctionObject& function = as_native(self);
    if (!function.owner)
        return ref(function.signature->name.value());
    return new_str(vm, qualified_name(function));
}

static Result<Ref<>> native_get_self(Vm&, Value self)
{
    NativeFunctionObject& function = as_native(self);
    return function.self ? function.self : new_none();
}

static Result<Ref<>> native_get_module(Vm&, Value self)
{
    NativeFunctionObject& function = as_native(self);
    return function.module_name ? function.module_name : new_none();
}

static Result<Ref<>> native_get_doc(Vm& vm, Value self)
{
    NativeFunctionObject& function = as_native(self);
    if (!function.definition->doc)
        return new_none();
    return Ref<>(TRY(new_str(vm, function.definition->doc)));
}

static Result<Ref<>> native_get_objclass(Vm&, Value self)
{
    NativeFunctionObject& function = as_native(self);
    return function.owner ? ref(Value(function.owner)) : new_none();
}

static Result<Ref<>> native_get_text_signature(Vm& vm, Value self)
{
    if (as_native(self).signature->varargs_messages)
        return new_none();
    std::string_view text = as_native(self).definition->signature;
    return Ref<>(TRY(new_str(vm, text.substr(text.find('(')))));
}

static constexpr NativeMethod builtin_function_methods[] = {
    {"__call__($self, *args, **kwargs)", native_call},
    {"__repr__($self, /)", native_repr},
};

static constexpr NativeProperty builtin_function_properties[] = {
    {"__name__", native_get_name},
    {"__qualname__", native_get_qualname},
    {"__self__", native_get_self},
    {"__module__", native_get_module},
    {"__doc__", native_get_doc},
    {"__text_signature__", native_get_text_signature},
};

Type builtin_function_type;
extern TypeSpec const builtin_function_type_spec;
TypeSpec const builtin_function_type_spec = {
    .name = "builtin_function_or_method",
    .instance_size = sizeof(NativeFunctionObject),
    .flags = TypeHasGc,
    .methods = builtin_function_methods,
    .properties = builtin_function_properties,
    .destruct = native_function_destruct,
    .traverse = native_function_traverse,
    .clear = native_function_clear,
};

static constexpr NativeMethod method_descriptor_methods[] = {
    {"__get__($self, instance, owner=None, /)", method_descriptor_get},
    {"__call__($self, *args, **kwargs)", native_call},
    {"__repr__($self, /)", native_repr},
};

static constexpr NativeProperty method_descriptor_properties[] = {
    {"__name__", native_get_name},
    {"__qualname__", native_get_qualname},
    {"__doc__", native_get_doc},
    {"__objclass__", native_get_objclass},
    {"__text_signature__", native_get_text_signature},
};

Type method_descriptor_type;
extern TypeSpec const method_descriptor_type_spec;
TypeSpec const method_descriptor_type_spec = {
    .name = "method_descriptor",
    .instance_size = sizeof(NativeFunctionObject),
    .flags = TypeHasGc,
    .methods = method_descriptor_methods,
    .properties = method_descriptor_properties,
    .destruct = native_function_destruct,
    .traverse = native_function_traverse,
    .clear = native_function_clear,
};

Type classmethod_descriptor_type;
extern TypeSpec const classmethod_descriptor_type_spec;
TypeSpec const classmethod_descriptor_type_spec = {
    .name = "classmethod_descriptor",
    .instance_size = sizeof(NativeFunctionObject),
    .flags = TypeHasGc,
    .methods = method_descriptor_methods,
    .properties = method_descriptor_properties,
    .destruct = native_function_destruct,
    .traverse = native_function_traverse,
    .clear = native_function_clear,
};

Type wrapper_descriptor_type;
extern TypeSpec const wrapper_descriptor_type_spec;
TypeSpec const wrapper_descriptor_type_spec = {
    .name = "wrapper_descriptor",
    .instance_size = sizeof(NativeFunctionObject),
    .flags = TypeHasGc,
    .methods = method_descriptor_methods,
    .properties = method_descriptor_properties,
    .destruct = native_function_destruct,
    .traverse = native_function_traverse,
    .clear = native_function_clear,
};

static constexpr NativeProperty method_wrapper_properties[] = {
    {"__name__", native_get_name},
    {"__qualname__", native_get_qualname},
    {"__self__", native_get_self},
    {"__objclass__", native_get_objclass},
    {"__doc__", native_get_doc},
    {"__text_signature__", native_get_text_signature},
};

Type method_wrapper_type;
extern TypeSpec const method_wrapper_type_spec;
TypeSpec const method_wrapper_type_spec = {
    .name = "method-wrapper",
    .instance_size = sizeof(NativeFunctionObject),
    .flags = TypeHasGc,
    .methods = builtin_function_methods,
    .properties = method_wrapper_properties,
    .destruct = native_function_destruct,
    .traverse = native_function_traverse,
    .clear = native_function_clear,
};

// --- getset and member descriptors ---

struct GetSetDescriptor : Object {
    NativeProperty const* property = nullptr;
    Type* owner = nullptr;
    Ref<> name;
};

struct MemberDescriptor : Object {
    Type* owner = nullptr;
    Ref<> name;
    uint32_t index = 0;
};

Result<Ref<>> make_getset_descriptor(Vm& vm, NativeProperty const& property, Type& owner)
{
    Ref<GetSetDescriptor> descriptor = TRY(make_object<GetSetDescriptor>(vm, getset_descriptor_type, 0));
    descriptor->property = &property;
    descriptor->owner = &owner;
    descriptor->name = vm.intern(property.name);
    return Ref<>(std::move(descriptor));
}

static Result<void> check_descriptor_target(Vm& vm, Value descriptor_name, Type& owner, Value instance)
{
    if (is_subtype(instance.type(), &owner))
        return {};
    return vm.raise(ExceptionKind::TypeError,
        "descriptor '" + str_to_utf8(as_str(descriptor_name)) + "' for '"
            + std::string(type_short_name(owner)) + "' objects doesn't apply to a '"
            + std::string(type_name(instance)) + "' object");
}

static Result<Ref<>> getset_get(Vm& vm, Args args)
{
    auto& descriptor = *static_cast<GetSetDescriptor*>(args[0].as_object());
    Value instance = args[1];
    if (is_none(instance) && descriptor.owner != &none_type)
        return ref(args[0]);
    TRY(check_descriptor_target(vm, descriptor.name, *descriptor.owner, instance));
    return descriptor.property->getter(vm, instance);
}

static Result<Ref<>> getset_set_or_delete(Vm& vm, Value self, Value instance, Value value)
{
    auto& descriptor = *static_cast<GetSetDescriptor*>(self.as_object());
    TRY(check_descriptor_target(vm, descriptor.name, *descriptor.owner, instance));
    if (!descriptor.property->setter)
        return vm.raise(ExceptionKind::AttributeError,
            "attribute '" + str_to_utf8(as_str(descriptor.name)) + "' of '"
                + std::string(type_short_name(*descriptor.owner)) + "' objects is not writable");
    TRY(descriptor.property->setter(vm, instance, value));
    return new_none();
}

static Result<Ref<>> getset_set(Vm& vm, Args args)
{
    return getset_set_or_delete(vm, args[0], args[1], args[2]);
}
static Result<Ref<>> getset_delete(Vm& vm, Args args)
{
    return getset_set_or_delete(vm, args[0], args[1], Value {});
}

static Result<Ref<>> getset_repr(Vm& vm, Args args)
{
    auto& descriptor = *static_cast<GetSetDescriptor*>(args[0].as_object());
    return new_str(vm,
        "<attribute '" + str_to_utf8(as_str(descriptor.name)) + "' of '"
            + std::string(type_short_name(*descriptor.owner)) + "' objects>");
}

static Result<Ref<>> getset_get_name(Vm&, Value self)
{
    return static_cast<GetSetDescriptor*>(self.as_object())->name;
}
static Result<Ref<>> getset_get_objclass(Vm&, Value self)
{
    return ref(Value(static_cast<GetSetDescriptor*>(self.as_object())->owner));
}
static Result<Ref<>> getset_get_doc(Vm& vm, Value self)
{
    char const* doc = static_cast<GetSetDescriptor*>(self.as_object())->property->doc;
    return doc ? Ref<>(TRY(new_str(vm, doc))) : new_none();
}

static constexpr NativeMethod getset_methods[] = {
    {"__get__($self, instance, owner=None, /)", getset_get},
    {"__set__($self, instance, value, /)", getset_set},
    {"__delete__($self, instance, /)", getset_delete},
    {"__repr__($self, /)", getset_repr},
};

static constexpr NativeProperty getset_properties[] = {
    {"__name__", getset_get_name},
    {"__qualname__", getset_get_name},
    {"__objclass__", getset_get_objclass},
    {"__doc__", getset_get_doc},
};

static void getset_destruct(Object* object)
{
    static_cast<GetSetDescriptor*>(object)->~GetSetDescriptor();
}

Type getset_descriptor_type;
extern TypeSpec const getset_descriptor_type_spec;
TypeSpec const getset_descriptor_type_spec = {
    .name = "getset_descriptor",
    .instance_size = sizeof(GetSetDescriptor),
    .methods = getset_methods,
    .properties = getset_properties,
    .destruct = getset_destruct,
};

Result<Ref<>> make_member_descriptor(Vm& vm, Type& owner, Str& name, uint32_t index)
{
    Ref<MemberDescriptor> descriptor = TRY(make_object<MemberDescriptor>(vm, member_descriptor_type, 0));
    descriptor->owner = &owner;
    descriptor->name = ref(Value(&name));
    descriptor->index = index;
    return Ref<>(std::move(descriptor));
}

std::optional<uint32_t> slot_member_index(Value descriptor)
{
    if (!descriptor.is_object() || descriptor.type() != &member_descriptor_type)
        return std::nullopt;
    return static_cast<MemberDescriptor*>(descriptor.as_object())->index;
}

static Value* member_slot(MemberDescriptor& descriptor, Value instance)
{
    Object* object = instance.as_object();
    char* base = reinterpret_cast<char*>(object) + object->type->slots_position(object);
    return reinterpret_cast<Value*>(base) + descriptor.index;
}

static Result<Ref<>> member_get(Vm& vm, Args args)
{
    auto& descriptor = *static_cast<MemberDescriptor*>(args[0].as_object());
    Value instance = args[1];
    if (is_none(instance))
        return ref(args[0]);
    TRY(check_descriptor_target(vm, descriptor.name, *descriptor.owner, instance));
    Value value = *member_slot(descriptor, instance);
    if (!value)
        return vm.raise(ExceptionKind::AttributeError,
            "'" + std::string(type_short_name(*instance.type())) + "' object has no attribute '"
                + str_to_utf8(as_str(descriptor.name)) + "'");
    return ref(value);
}

static Result<Ref<>> member_store(Vm& vm, Value self, Value instance, Value value)
{
    auto& descriptor = *static_cast<MemberDescriptor*>(self.as_object());
    TRY(check_descriptor_target(vm, descriptor.name, *descriptor.owner, instance));
    Value* slot = member_slot(descriptor, instance);
    if (!value && !*slot)
        return vm.raise(ExceptionKind::AttributeError,
            "'" + std::string(type_short_name(*instance.type())) + "' object has no attribute '"
                + str_to_utf8(as_str(descriptor.name)) + "'");
    incref(value);
    Value old = *slot;
    *slot = value;
    xdecref(old);
    return new_none();
}

static Result<Ref<>> member_set(Vm& vm, Args args)
{
    return member_store(vm, args[0], args[1], args[2]);
}
static Result<Ref<>> member_delete(Vm& vm, Args args)
{
    return member_store(vm, args[0], args[1], Value {});
}

static Result<Ref<>> member_repr(Vm& vm, Args args)
{
    auto& descriptor = *static_cast<MemberDescriptor*>(args[0].as_object());
    return new_str(vm,
        "<member '" + str_to_utf8(as_str(descriptor.name)) + "' of '"
            + std::string(type_short_name(*descriptor.owner)) + "' objects>");
}

static Result<Ref<>> member_get_name(Vm&, Value self)
{
    return static_cast<MemberDescriptor*>(self.as_object())->name;
}
static Result<Ref<>> member_get_objclass(Vm&, Value self)
{
    return ref(Value(static_cast<MemberDescriptor*>(self.as_object())->owner));
}

static constexpr NativeMethod member_methods[] = {
    {"__get__($self, instance, owner=None, /)", member_get},
    {"__set__($self, instance, value, /)", member_set},
    {"__delete__($self, instance, /)", member_delete},
    {"__repr__($self, /)", member_repr},
};

static constexpr NativeProperty member_properties[] = {
    {"__name__", member_get_name},
    {"__qualname__", member_get_name},
    {"__objclass__", member_get_objclass},
};

static void member_destruct(Object* object)
{
    static_cast<MemberDescriptor*>(object)->~MemberDescriptor();
}

Type member_descriptor_type;
extern TypeSpec const member_descriptor_type_spec;
TypeSpec const member_descriptor_type_spec = {
    .name = "member_descriptor",
    .instance_size = sizeof(MemberDescriptor),
    .methods = member_methods,
    .properties = member_properties,
    .destruct = member_destruct,
};

} // namespace taipan
