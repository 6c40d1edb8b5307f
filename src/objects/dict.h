// dict: CPython's compact ordered layout (an index table of the hash-size, an entry
// array in insertion order) with the same probing and growth policy, so iteration
// order, repr and sys.getsizeof agree with CPython.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>

namespace taipan {

class Vm;
struct Str;
struct DictStorage;

struct Dict : Object {
    DictStorage* storage = nullptr; // null: empty, never inserted into
    int64_t size = 0; // live entries
    // Renewed on every insertion/deletion of a key and every resize (not on value
    // replacement), from a counter of the Vm: no two states of any dicts of a Vm share
    // a version (0 is an empty dict), so LoadGlobal caches validate with it alone.
    uint64_t version = 0;
};

// The next dict version of the current Vm.
uint64_t next_dict_version();

inline bool is_dict(Value value)
{
    return value.is_object() && (value.type() == &dict_type || value.type()->has_flag(TypeDictSubclass));
}
inline bool is_exact_dict(Value value)
{
    return value.is_object() && value.type() == &dict_type;
}
inline Dict& as_dict(Value value)
{
    return *static_cast<Dict*>(value.as_object());
}

Result<Ref<Dict>> new_dict(Vm&);
// The value for `key` (borrowed) or null when absent; raises only when hashing or
// comparing raises.
Result<Value> dict_get_item(Vm&, Dict&, Value key);
// Fast path for str keys (attribute and global lookups): no error possible when every
// key compared against is a str; falls back to the general path otherwise.
Result<Value> dict_get_str(Vm&, Dict&, Str& key);
Result<void> dict_set_item(Vm&, Dict&, Value key, Value value);
Result<void> dict_set_str(Vm&, Dict&, std::string_view key, Value value);
// Removes `key`; returns false (no exception) when absent.
Result<bool> dict_delete_item(Vm&, Dict&, Value key);
// Iteration in insertion order: start with position 0; returns false at the end.
// key/value are borrowed.
bool dict_next(Dict const&, int64_t& position, Value& key, Value& value);
void dict_clear(Dict&);
Result<Ref<Dict>> dict_copy(Vm&, Dict&);
// dict.update(other) for a mapping or an iterable of pairs.
Result<void> dict_update(Vm&, Dict&, Value other);

} // namespace taipan
