// The inside of a dict (private to dict.cpp, dict_views.cpp and the interpreter's
// inline caches): CPython 3.11's
// PyDictKeysObject. One allocation holds the index table (1, 2, 4 or 8-byte slots,
// -1 empty, -2 deleted) and then the entries in insertion order; a deleted entry keeps
// its place (null key) until the next resize compacts the table.
#pragma once

#include "objects/dict.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstddef>
#include <cstdint>

namespace taipan {

class Vm;

struct DictEntry {
    int64_t hash;
    Value key; // null: deleted
    Value value;
};

constexpr int64_t dict_index_empty = -1; // CPython's DKIX_EMPTY
constexpr int64_t dict_index_dummy = -2; // DKIX_DUMMY: a deleted key's slot
constexpr int dict_log2_minimum_size = 3; // PyDict_MINSIZE = 8

// USABLE_FRACTION: a table of `size` slots holds at most size * 2/3 entries.
constexpr int64_t dict_usable_fraction(int64_t size)
{
    return (size << 1) / 3;
}

struct DictStorage {
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    // CPython's DICT_KEYS_UNICODE kind: every key is an exact str, and CPython stores
    // 16-byte entries without the hash. Only sys.getsizeof can see it.
    bool unicode;
    int64_t usable; // entries that can still be appended before a resize
    int64_t entry_count; // dk_nentries: used entries, deleted ones included

    int64_t size() const { return int64_t {1} << log2_size; }
    uint8_t* indices() { return reinterpret_cast<uint8_t*>(this + 1); }
    uint8_t const* indices() const { return reinterpret_cast<uint8_t const*>(this + 1); }
    DictEntry* entries()
    {
        return reinterpret_cast<DictEntry*>(indices() + (size_t {1} << log2_index_bytes));
    }
    DictEntry const* entries() const
    {
        return reinterpret_cast<DictEntry const*>(indices() + (size_t {1} << log2_index_bytes));
    }

    int64_t get_index(uint64_t slot) const
    {
        switch (log2_index_bytes - log2_size) {
        case 0:
            return reinterpret_cast<int8_t const*>(indices())[slot];
        case 1:
            return reinterpret_cast<int16_t const*>(indices())[slot];
        case 2:
            return reinterpret_cast<int32_t const*>(indices())[slot];
        default:
            return reinterpret_cast<int64_t const*>(indices())[slot];
        }
    }
    void set_index(uint64_t slot, int64_t index)
    {
        switch (log2_index_bytes - log2_size) {
        case 0:
            reinterpret_cast<int8_t*>(indices())[slot] = static_cast<int8_t>(index);
            break;
        case 1:
            reinterpret_cast<int16_t*>(indices())[slot] = static_cast<int16_t>(index);
            break;
        case 2:
            reinterpret_cast<int32_t*>(indices())[slot] = static_cast<int32_t>(index);
            break;
        default:
            reinterpret_cast<int64_t*>(indices())[slot] = index;
            break;
        }
    }
};

// A view (dict_keys/dict_values/dict_items) and an iterator of one of the six dict
// iterator types, for dict's methods (dict_views.cpp).
Result<Ref<>> new_dict_view(Vm&, Type&, Value dict);
Result<Ref<>> new_dict_iterator(Vm&, Type&, Dict&);

// CPython's _PyDict_KeysSize: what sys.getsizeof counts for the table.
int64_t dict_storage_sizeof(DictStorage const&);

// The value of entry `index` when its key is `key` itself (identity), else null: how
// inline caches revalidate a remembered entry position. Borrowed.
inline Value dict_entry_value_if_key(Dict const& dict, uint64_t index, Value key)
{
    DictStorage const* storage = dict.storage;
    if (!storage || index >= uint64_t(storage->entry_count))
        return {};
    DictEntry const& entry = storage->entries()[index];
    return entry.key.is(key) ? entry.value : Value {};
}

// The entry position of str `key` in `dict`, -1 when absent, or -2 when finding out
// would compare with a key that is not an exact str (the caller takes the general path).
int64_t dict_find_str_entry(Dict const&, Str& key);

} // namespace taipan
