// The containers area's API beyond tuple.h, list.h, dict.h and set.h: the helper
// types (iterators, dict views, enumerate, zip...) and the operations the interpreter
// and other native code need (presized dicts for BuildMap, dict.pop, list slicing,
// frozensets, KeyError with a key). Implemented in tuple.cpp, list.cpp, dict*.cpp,
// set.cpp, iterators.cpp.
#pragma once

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/hash.h"
#include "objects/list.h"
#include "objects/object.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>
#include <span>

namespace taipan {

class Vm;

// Helper types of the area (registered in types_containers.def).
extern Type tuple_iterator_type;
extern Type list_iterator_type;
extern Type list_reverseiterator_type;
extern Type dict_keys_type;
extern Type dict_values_type;
extern Type dict_items_type;
extern Type dict_keyiterator_type;
extern Type dict_valueiterator_type;
extern Type dict_itemiterator_type;
extern Type dict_reversekeyiterator_type;
extern Type dict_reversevalueiterator_type;
extern Type dict_reverseitemiterator_type;
extern Type set_iterator_type;
extern Type range_iterator_type;
extern Type longrange_iterator_type;
extern Type enumerate_type;
extern Type zip_type;
extern Type map_type;
extern Type filter_type;

// ForIter's fast paths for exact list and range iterators: the next item, or a null Ref
// at the end (no lookup of __next__).
Result<Ref<>> list_iterator_next_item(Vm&, Value iterator);
Result<Ref<>> range_iterator_next_item(Vm&, Value iterator);
extern Type reversed_type;
extern Type iterator_type; // the sequence iterator of iter(obj-with-__getitem__)
extern Type callable_iterator_type;
extern Type anext_awaitable_type; // anext(iterator, default)

// hash() with the small-int and exact-str shortcuts dicts and sets take on every lookup.
inline Result<int64_t> container_hash(Vm& vm, Value key)
{
    if (key.is_small_int())
        return hash_int64(key.as_small_int());
    if (is_exact_str(key))
        return str_hash(as_str(key));
    return hash(vm, key);
}

// KeyError(key): the exception's args hold the key itself (so str() shows its repr).
Failure<ExceptionPending> raise_key_error(Vm&, Value key);

// --- tuple ---
// tuple(iterable): the iterable itself when it is an exact tuple.
Result<Ref<Tuple>> tuple_from_iterable(Vm&, Value iterable);
// A new tuple of items[start:stop] (0 <= start <= stop <= size).
Result<Ref<Tuple>> tuple_slice(Vm&, Tuple&, int64_t start, int64_t stop);
// Ref<Tuple> of a list's items (ListToTuple).
Result<Ref<Tuple>> list_to_tuple(Vm&, List&);

// --- list ---
Result<void> list_insert(Vm&, List&, int64_t index, Value item);
// The list's items[start:stop] as a new list.
Result<Ref<List>> list_slice(Vm&, List&, int64_t start, int64_t stop);

// --- dict ---
// A dict with room for `count` items without resizing, as CPython presizes the dicts
// of BuildMap/BuildConstKeyMap (so sys.getsizeof agrees). `unicode`: every key will be
// an exact str (CPython's compact str-only entries).
Result<Ref<Dict>> new_dict_presized(Vm&, int64_t count, bool unicode);
// The dict of `count` key/value pairs (BuildMap: keys[i * stride], values[i * stride]).
Result<Ref<Dict>> dict_from_items(Vm&, Value const* keys, Value const* values, int64_t stride, int64_t count);
// As dict_get_item with a precomputed hash.
Result<Value> dict_get_item_with_hash(Vm&, Dict&, Value key, int64_t hash);
// Removes `key` and returns its value (owned), or a null Ref when absent.
Result<Ref<>> dict_pop(Vm&, Dict&, Value key);
// dict.setdefault(key, default): the value now stored (borrowed).
Result<Value> dict_setdefault(Vm&, Dict&, Value key, Value default_value);
Result<bool> dict_contains(Vm&, Dict&, Value key);
// PyDict_Merge: `other` is a dict or a mapping with keys(). A key already present is
// overwritten (dict.update, DictUpdate), kept, or raises KeyError(key) (DictMerge,
// which turns it into "got multiple values for keyword argument").
enum class MergeConflict : uint8_t { Override, Keep, Raise };
Result<void> dict_merge(Vm&, Dict&, Value other, MergeConflict);
// A list of the keys / values / (key, value) tuples.
Result<Ref<List>> dict_keys_list(Vm&, Dict&);
Result<Ref<List>> dict_values_list(Vm&, Dict&);
Result<Ref<List>> dict_items_list(Vm&, Dict&);

// --- set ---
Result<Ref<Set>> new_frozenset(Vm&, Value iterable);
Result<Ref<Set>> set_from_iterable(Vm&, Type& type, Value iterable);
// Removes `item`; false when absent.
Result<bool> set_discard(Vm&, Set&, Value item);
void set_clear(Set&);

// --- iteration ---
// The iterator of iter(obj) for an object with __getitem__ but no __iter__.
Result<Ref<>> new_sequence_iterator(Vm&, Value sequence);
// iter(callable, sentinel).
Result<Ref<>> new_callable_iterator(Vm&, Value callable, Value sentinel);
// anext(iterator, default): awaits `awaitable`, turning StopAsyncIteration into
// StopIteration(default).
Result<Ref<>> new_anext_awaitable(Vm&, Value awaitable, Value default_value);
// operator.length_hint(obj, default): len(), then __length_hint__, then `default`.
Result<int64_t> length_hint(Vm&, Value, int64_t default_value);

} // namespace taipan
