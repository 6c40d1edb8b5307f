// set and frozenset: CPython's open-addressing hash table (linear probing of 9 slots
// then perturbation, the same sizes), so iteration order matches CPython.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>

namespace taipan {

class Vm;
struct SetStorage;

struct Set : Object {
    SetStorage* storage = nullptr;
    int64_t size = 0;
    int64_t hash = -1; // frozenset's cached hash
};

inline bool is_set_or_frozenset(Value value)
{
    return value.is_object() && (is_subtype(value.type(), &set_type) || is_subtype(value.type(), &frozenset_type));
}
inline Set& as_set(Value value) { return *static_cast<Set*>(value.as_object()); }

Result<Ref<Set>> new_set(Vm&, Type& type = set_type);
Result<void> set_add(Vm&, Set&, Value item);
Result<bool> set_contains(Vm&, Set&, Value item);
Result<void> set_update(Vm&, Set&, Value iterable);
// Iteration in table order (borrowed items); start at 0, false at the end.
bool set_next(Set const&, int64_t& position, Value& item);

} // namespace taipan
