// Behaviour shared by the builtin sequences (tuple and list, partly dict and set):
// lexicographic comparison, repr with recursion detection ('[...]'), index/count/in.
// Lists can change while Python code runs inside a comparison, so the helpers re-read
// the items through a getter at every step instead of holding a span.
#pragma once

#include "bytecode/opcode.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"
#include "vm/vm.h"

#include <cstdint>

namespace taipan {

class Vm;
struct Str;

// The current items of a sequence object.
struct SequenceItems {
    Value const* items = nullptr;
    int64_t size = 0;
};
using SequenceItemsGetter = SequenceItems (*)(Value sequence);

// Drops a container's reference to an item (CPython's trashcan): freeing a million
// nested lists must not recurse a million C++ frames, so past a nesting depth the
// last references are queued and released by the outermost level instead.
void release_item(Value);

// Objects whose repr is being computed on this thread (CPython's Py_ReprEnter /
// Py_ReprLeave), so a container that contains itself prints as [...] / {...}.
// enter() returns false when `object` is already being repr'd.
bool repr_enter(Object*);
void repr_leave(Object*);

// CPython's list/tuple rich comparison: find the first index where the items differ
// (== with the identity shortcut), then compare sizes or those two items with `op`.
// Both operands must already be of the right type.
Result<Ref<>> sequence_rich_compare(Vm&, Value left, Value right, SequenceItemsGetter, ComparisonOperator op);

// "[1, 2]" / "(1,)" style repr: `open` and `close` brackets, a trailing comma for a
// one-item tuple, `recursive_text` ("[...]") when the object is already being repr'd.
Result<Ref<Str>> sequence_repr(Vm&, Value sequence, SequenceItemsGetter, char const* open, char const* close,
    bool one_item_comma, char const* recursive_text);

// The first index in [start, stop) (already clamped to the size) holding an item equal to
// `item`, or -1.
Result<int64_t> sequence_find(
    Vm&, Value sequence, SequenceItemsGetter, Value item, int64_t start, int64_t stop);
Result<int64_t> sequence_count(Vm&, Value sequence, SequenceItemsGetter, Value item);

// The sequence operators' type errors. CPython tries a sequence's concatenation and
// repetition only after both operands' numeric methods declined, so the dunders raise
// these directly unless the other operand is a class with the reflected method, which
// must get its turn first (it then returns NotImplemented).
bool sequence_defers_to(Value other, SpecialMethod reflected);
Raised raise_cannot_concatenate(Vm&, char const* type, Value other);
Raised raise_cannot_multiply(Vm&, Value count);

// How an index that does not fit int64_t is reported.
enum class IndexOverflow : uint8_t {
    IndexError, // seq[i]: IndexError "cannot fit 'int' into an index-sized integer"
    OverflowError, // seq * n: OverflowError with the same text
    SsizeOverflow, // pop(i), insert(i, x): OverflowError "Python int too large to convert to C ssize_t"
    Clamp, // slice bounds: clamped to the int64_t range
};
// An int (or __index__ object) as int64_t. TypeError "'float' object cannot be
// interpreted as an integer" for other values.
Result<int64_t> index_to_int64(Vm&, Value, IndexOverflow);
// Whether `value` is an int or has __index__ (what seq[value] accepts besides slices).
bool has_index(Value);

// Clamps the optional start/stop arguments of index() (ints, negative counted from
// the end, huge ones clamped) into [0, size], as CPython's _PyEval_SliceIndexNotNone.
// A null `stop` means the end.
Result<void> clamp_index_arguments(
    Vm&, Value start, Value stop, int64_t size, int64_t& start_out, int64_t& stop_out);

// (builtins.iter, (iterable,)): the __reduce__ result of the builtin iterators.
Result<Ref<>> reduce_as_iter(Vm&, Value iterable);

// The type argument of a __new__ method: a type object that is `base` or a subtype,
// else CPython's TypeError "list.__new__(X): X is not a type object (int)" / "...: int
// is not a subtype of list".
Result<Type*> new_type_argument(Vm&, Value type, Type& base);

} // namespace taipan
