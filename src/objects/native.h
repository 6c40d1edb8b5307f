// Native (C++) functions and methods exposed to Python. Every native function has one
// C++ signature; its Python signature is written as a string in CPython's
// `inspect.signature` style and the binder checks arity, keywords and defaults from it,
// with CPython's error messages:
//
//   static Result<Ref<>> str_startswith(Vm& vm, Args args) { ... }
//   constexpr NativeMethod str_methods[] = {
//       {"startswith($self, prefix, start=None, end=None, /)", str_startswith},
//       {"split($self, /, sep=None, maxsplit=-1)", str_split},
//   };
//
// Signature grammar: `name(` params `)`; a param is `name`, `name=default`, `/`, `*`,
// `*args`, `**kwargs`; `$self` marks the receiver (methods). A last `$varargs` marks a
// function that CPython parses with PyArg_ParseTuple (METH_VARARGS), whose arity
// messages read "count() takes at least 1 argument (0 given)" and which has no
// __text_signature__; the others follow Argument Clinic's messages. Defaults are Python
// literals: None, True, False, integers, floats, '...' strings, or `?` meaning "no
// default, but optional": the function then sees a null Value when it is not given.
//
// After binding, `args` holds exactly one Value per parameter, in signature order
// ($self first): the given or default value, null for an omitted `?`, a tuple for
// `*args`, a dict (or null when no extra keyword was given) for `**kwargs`. All are
// borrowed for the duration of the call.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace taipan {

class Vm;
struct Tuple;

class Args {
public:
    Args() = default;
    Args(Value const* items, uint32_t count)
        : m_items(items)
        , m_count(count)
    {
    }
    Value operator[](uint32_t index) const { return m_items[index]; }
    uint32_t size() const { return m_count; }
    Value const* begin() const { return m_items; }
    Value const* end() const { return m_items + m_count; }
    std::span<Value const> span() const { return {m_items, m_count}; }

private:
    Value const* m_items = nullptr;
    uint32_t m_count = 0;
};

// The one C++ signature of native functions and methods. Returns a new reference.
// `__next__` methods return a null Ref (and raise nothing) when exhausted; callers
// from Python see StopIteration.
using NativeFunction = Result<Ref<>> (*)(Vm&, Args);

enum class MethodKind : uint8_t {
    Instance, // looked up on instances, bound to them
    Class, // classmethod: receives the class as $self (`$type` in the signature)
    Static, // staticmethod (e.g. str.maketrans, __new__ is special-cased to Static)
};

struct NativeMethod {
    char const* signature;
    NativeFunction function;
    MethodKind kind = MethodKind::Instance;
    char const* doc = nullptr;
};

// A computed attribute (getset descriptor): `getter(vm, self)` returns a new reference;
// `setter(vm, self, value)` with a null value deletes; a null setter makes the
// attribute read-only ("attribute 'x' of 'T' objects is not writable").
using NativeGetter = Result<Ref<>> (*)(Vm&, Value self);
using NativeSetter = Result<void> (*)(Vm&, Value self, Value value);

struct NativeProperty {
    char const* name;
    NativeGetter getter;
    NativeSetter setter = nullptr;
    char const* doc = nullptr;
};

// A parsed signature (built once per NativeMethod, when its type or module is set up).
struct Parameter {
    enum class Kind : uint8_t { PositionalOnly, PositionalOrKeyword, KeywordOnly, VarPositional, VarKeyword };
    Kind kind;
    bool has_default = false; // a literal default, or `?`
    Ref<> default_value; // null for `?`
    Ref<> name; // an interned str
};

struct Signature {
    Ref<> name; // interned str: the function name before "("
    bool has_self = false;
    std::vector<Parameter> parameters; // $self excluded
    uint32_t positional_count = 0; // PositionalOnly + PositionalOrKeyword
    uint32_t required_positional = 0;
    bool only_positional = false; // no keywords possible: the fast path
    bool accepts_keywords = false; // some parameter can be given by keyword, or **kwargs
    bool varargs_messages = false; // `$varargs`: PyArg_ParseTuple's error messages
    int var_positional = -1; // index of *args, or -1
    int var_keyword = -1;
    // Positional parameters only, few enough (self included) for call_native to pass
    // the arguments and defaults in a stack array without binding.
    static constexpr uint32_t max_direct_arguments = 8;
    bool direct_positional = false;
};

// Parses a signature string; aborts with a message on a malformed one (a bug in the
// table, found by the unit tests at start-up of every process).
Signature parse_signature(Vm&, char const* text);

// A native function or method object (builtin_function_or_method /
// method_descriptor / classmethod_descriptor). `self` is the bound receiver (module
// functions: the module; unbound descriptors: null).
struct NativeFunctionObject : Object {
    NativeMethod const* definition = nullptr;
    Signature const* signature = nullptr;
    Ref<> self;
    Type* owner = nullptr; // the type whose dict holds the descriptor
    Ref<> module_name; // __module__ of module-level functions
};

// Binds positional `args` and keyword values (the last len(kwnames) items of `args`
// when kwnames is non-null) to `signature` into `out` (empty Refs, one per parameter, $self
// first when `self` is given), creating *args/**kwargs containers. Out-of-line so the
// common no-keyword exact-arity call can skip it. `function`, when given, words the
// error messages as CPython does for its kind (method, slot wrapper, constructor).
struct NativeFunctionObject;
Result<void> bind_arguments(Vm&, Signature const&, Value self, std::span<Value const> args, Tuple* kwnames,
    std::span<Ref<>> out, NativeFunctionObject const* function = nullptr);

// A builtin_function_or_method for a module-level function (`self`: the module or null).
Result<Ref<>> make_native_function(Vm&, NativeMethod const&, Value self, Value module_name);
// A method descriptor bound to its receiver (`"abc".upper`).
Result<Ref<>> bind_native_method(Vm&, NativeFunctionObject& descriptor, Value self);

// Is `type` one of the types of NativeFunctionObject (builtin_function_or_method,
// method_descriptor, classmethod_descriptor, wrapper_descriptor, method-wrapper)?
inline bool is_native_function_type(Type const* type)
{
    return type == &builtin_function_type || type == &method_descriptor_type
        || type == &wrapper_descriptor_type || type == &method_wrapper_type
        || type == &classmethod_descriptor_type;
}

// Is `type` the type of an unbound native instance method (method_descriptor or
// wrapper_descriptor), which takes the receiver as its first argument?
inline bool is_native_method_descriptor_type(Type const* type)
{
    return type == &method_descriptor_type || type == &wrapper_descriptor_type;
}

extern Type getset_descriptor_type;
extern Type member_descriptor_type;
extern Type mappingproxy_type;

// The __slots__ index of a slot's member descriptor (heap_type.cpp makes them), or
// nothing for any other object.
std::optional<uint32_t> slot_member_index(Value descriptor);

// Calls a native function object with already-evaluated arguments.
Result<Ref<>> call_native(Vm&, NativeFunctionObject&, std::span<Value const> args, Tuple* kwnames);
// The same with the receiver already settled: `self` is the bound or checked receiver
// (ignored when the signature has none) and `args` exclude it. The caller has made
// sure that `self` is an instance of the method's owner.
Result<Ref<>> call_native_method(
    Vm&, NativeFunctionObject&, Value self, std::span<Value const> args, Tuple* kwnames);

} // namespace taipan
