// The inside of a set (private to set.cpp and set_methods.cpp): CPython 3.11's hash
// table of (key, hash) entries. A slot is unused (null key, hash 0), active, or a
// dummy left by a deletion (the dummy key, hash -1); `fill` counts active + dummy.
#pragma once

#include "objects/object.h"
#include "objects/set.h"
#include "support/result.h"

#include <cstdint>

namespace taipan {

class Vm;

struct SetEntry {
    Value key;
    int64_t hash;
};

constexpr int64_t set_minimum_size = 8; // PySet_MINSIZE

struct SetStorage {
    int64_t fill = 0;
    int64_t mask = 0; // table size - 1
    int64_t finger = 0; // where pop() resumes its search
    // mask + 1 entries follow.

    SetEntry* table() { return reinterpret_cast<SetEntry*>(this + 1); }
    SetEntry const* table() const { return reinterpret_cast<SetEntry const*>(this + 1); }
};

Value set_dummy();
// Rebuilds the table with the smallest power-of-two size above `minimum_used`.
Result<void> set_table_resize(Vm&, Set&, int64_t minimum_used);
// The entry holding `key`, or null.
Result<SetEntry*> set_lookup(Vm&, Set&, Value key, int64_t hash);
// Adds `key` (borrowed; the set takes its own reference) unless an equal key is there.
Result<void> set_add_entry(Vm&, Set&, Value key, int64_t hash);
Result<bool> set_discard_entry(Vm&, Set&, Value key, int64_t hash);
// Iteration over active entries in table order.
bool set_next_entry(Set const&, int64_t& position, SetEntry const*& entry);
// Adds every key of another set or frozenset.
Result<void> set_merge(Vm&, Set&, Set& other);
// The bytes sys.getsizeof adds for a table bigger than the built-in 8 slots.
int64_t set_storage_sizeof(Set const&);

} // namespace taipan
