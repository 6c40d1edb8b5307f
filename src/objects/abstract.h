// The object protocol: what Python operations mean for any value (CPython's abstract.h
// and object.h API). Fast paths for the common builtin types are inlined in the
// interpreter; these are the general versions, dispatching through special methods.
// All borrow their arguments and return new references.
#pragma once

#include "bytecode/opcode.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace taipan {

class Vm;
struct Str;
struct Tuple;
struct Dict;
struct FunctionObject;

// None, True, False, NotImplemented, Ellipsis: immortal singletons.
extern Object none_object;
extern Object not_implemented_object;
extern Object ellipsis_object;
inline Value none()
{
    return Value(&none_object);
}
inline Value not_implemented()
{
    return Value(&not_implemented_object);
}
inline Value ellipsis()
{
    return Value(&ellipsis_object);
}
inline bool is_none(Value value)
{
    return value.is(none());
}
Value true_value();
Value false_value();
inline Value bool_value(bool condition)
{
    return condition ? true_value() : false_value();
}
inline Ref<> new_none()
{
    return ref(none());
}
inline Ref<> new_bool(bool condition)
{
    return ref(bool_value(condition));
}

// --- calls ---
// callable(*args) with the last len(kwnames) args passed by keyword (kwnames a tuple
// of str, may be null). Python functions run in a new interpreter frame.
Result<Ref<>> call(Vm&, Value callable, std::span<Value const> args, Tuple* kwnames = nullptr);
inline Result<Ref<>> call(Vm& vm, Value callable, std::initializer_list<Value> args)
{
    return call(vm, callable, std::span<Value const>(args.begin(), args.size()));
}
// callable(*args_tuple, **kwargs_dict); kwargs may be null.
Result<Ref<>> call_with_tuple(Vm&, Value callable, Tuple& args, Dict* kwargs);
// The argument list of callable(*args_tuple, **kwargs_dict) in the form `call` takes:
// the positional values, then the keyword values (borrowed from the tuple and dict, on
// the C++ stack for the usual short calls), and the keyword names (null if none).
class SpreadArguments {
public:
    // TypeError for a keyword that is not a str.
    Result<void> fill(Vm&, Tuple& args, Dict* kwargs);
    std::span<Value const> values() const { return m_values; }
    Tuple* kwnames() const { return m_kwnames.get(); }

private:
    Value m_small[16];
    std::vector<Value> m_large;
    std::span<Value const> m_values;
    Ref<Tuple> m_kwnames;
};
// Calls the special method `method` of type(self) with self first (a Python function,
// a native method called directly, or any descriptor bound first). Returns a null Ref
// without raising when type(self) has no such method: the caller picks the message.
Result<Ref<>> call_special(
    Vm&, SpecialMethod method, Value self, std::span<Value const> args = {}, Tuple* kwnames = nullptr);
bool is_callable(Value);
// The Python __init__ that is all `klass(...)` runs besides making the instance: set
// when klass's metaclass call is type.__call__, its __init__ a Python function and its
// __new__ object.__new__ (most classes: the instance is allocate_instance's) or, for an
// exception class, BaseException.__new__ (`exception_new` set: the instance is
// new_plain_exception_instance's); null otherwise. The interpreter runs such an
// __init__ as an inline call.
FunctionObject* plain_class_init(Type& klass, bool& exception_new);

// An argument list with `first` (self, or a class for __new__) put before `rest`: on
// the C++ stack for the usual short lists. Borrows the values.
class ArgumentsWithFirst {
public:
    ArgumentsWithFirst(Value first, std::span<Value const> rest)
        : m_size(rest.size() + 1)
    {
        if (m_size > std::size(m_small)) {
            m_large.resize(m_size);
            m_items = m_large.data();
        }
        m_items[0] = first;
        std::copy(rest.begin(), rest.end(), m_items + 1);
    }
    ArgumentsWithFirst(ArgumentsWithFirst const&) = delete;
    ArgumentsWithFirst& operator=(ArgumentsWithFirst const&) = delete;
    std::span<Value const> span() const { return {m_items, m_size}; }

private:
    Value m_small[8];
    std::vector<Value> m_large;
    Value* m_items = m_small;
    size_t m_size;
};

// --- attributes ---
Result<Ref<>> get_attribute(Vm&, Value object, Str& name);
// Like get_attribute, but a missing attribute (AttributeError) gives a null Ref and
// no pending exception.
Result<Ref<>> get_attribute_or_null(Vm&, Value object, Str& name);
Result<void> set_attribute(Vm&, Value object, Str& name, Value value);
Result<void> delete_attribute(Vm&, Value object, Str& name);
// Convenience for C++ callers with literal names (interned on the fly).
Result<Ref<>> get_attribute(Vm&, Value object, std::string_view name);
Result<Ref<>> get_attribute_or_null(Vm&, Value object, std::string_view name);
Result<void> set_attribute(Vm&, Value object, std::string_view name, Value value);
// Calls object.name(*args).
Result<Ref<>> call_method(Vm&, Value object, std::string_view name, std::span<Value const> args = {});

// --- conversions to text ---
Result<Ref<Str>> repr(Vm&, Value);
Result<Ref<Str>> str(Vm&, Value);
Result<Ref<Str>> ascii(Vm&, Value);
Result<Ref<Str>> format(Vm&, Value, Str* spec);
// format(value, spec) appended to `out` as UTF-8 when `value` is exactly an int, float
// or str, whose __format__ cannot be replaced; false, with nothing appended, otherwise.
Result<bool> format_builtin_append(Vm&, std::string& out, Value, std::string_view spec);
// UTF-8 of repr()/str(), for error messages and printing.
Result<std::string> repr_utf8(Vm&, Value);
Result<std::string> str_utf8(Vm&, Value);
// The type name as CPython prints it in messages ("int", "Foo").
std::string type_name(Value);

// --- truth, identity, comparison, hashing ---
Result<bool> is_true(Vm&, Value);
Result<int64_t> hash(Vm&, Value); // TypeError "unhashable type: 'list'"
Result<Ref<>> rich_compare(Vm&, Value left, Value right, ComparisonOperator);
Result<bool> rich_compare_bool(Vm&, Value left, Value right, ComparisonOperator);
// CompareOp runs a Python comparison method as an inline frame when the protocol starts
// with left's method: this is that function (for != through object.__ne__, the __eq__
// whose answer it inverts: `inverts` set), or null when the general path is needed.
FunctionObject* inline_comparison_method(Value left, Value right, ComparisonOperator, bool& inverts);
// The protocol's rest once the inline method returned `result`.
Result<Ref<>> finish_inline_comparison(
    Vm&, Value left, Value right, ComparisonOperator, bool inverts, Ref<> result);
// ==, with the identity shortcut containers use (x is y implies x == y).
Result<bool> equal(Vm&, Value left, Value right);

// --- operators ---
Result<Ref<>> binary_op(Vm&, Value left, Value right, BinaryOperator);
// The binary-operator protocol for one pair of special methods (left.__op__(right),
// then right.__rop__(left), subclass first); a null Ref when both give NotImplemented
// (the caller raises its own TypeError). divmod() uses it.
Result<Ref<>> binary_special(Vm&, Value left, Value right, SpecialMethod method, SpecialMethod reflected);
Result<Ref<>> unary_op(Vm&, Value operand, UnaryOperator);
// pow(base, exponent, modulus) with a modulus (None = two-argument pow).
Result<Ref<>> ternary_pow(Vm&, Value base, Value exponent, Value modulus);

// --- containers and iteration ---
Result<Ref<>> get_iter(Vm&, Value); // TypeError "'int' object is not iterable"
// iter() of an object with only __getitem__ (defined with the iterator types).
Result<Ref<>> new_sequence_iterator(Vm&, Value sequence);
// The next item, or a null Ref when the iterator is exhausted (no exception).
Result<Ref<>> iter_next(Vm&, Value iterator);
Result<Ref<>> get_item(Vm&, Value container, Value key);
Result<void> set_item(Vm&, Value container, Value key, Value value);
Result<void> delete_item(Vm&, Value container, Value key);
Result<int64_t> length(Vm&, Value); // TypeError "object of type 'int' has no len()"
Result<bool> contains(Vm&, Value container, Value item);
// All items of an iterable.
Result<void> for_each(
    Vm&, Value iterable, Result<void> (*visit)(Vm&, Value item, void* context), void* context);

// --- numbers ---
// operator.index(): an int (bool included) or __index__; TypeError
// "'float' object cannot be interpreted as an integer".
Result<Ref<>> number_index(Vm&, Value);
// index() clamped into int64_t; OverflowError "cannot fit 'int' into an index-sized
// integer" past ±2**63 (CPython's Py_ssize_t wording).
Result<int64_t> index_as_int64(Vm&, Value);

// --- types ---
// isinstance()/issubclass() with __instancecheck__/__subclasscheck__ and tuples.
Result<bool> is_instance(Vm&, Value object, Value class_or_tuple);
Result<bool> is_subclass(Vm&, Value derived, Value class_or_tuple);
inline bool is_instance_of(Value value, Type const& type)
{
    return is_subtype(value.type(), &type);
}

} // namespace taipan
