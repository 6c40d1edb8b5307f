// set and frozenset: CPython 3.11's open-addressing table (runs of 9 linear probes,
// then perturbation; dummies for deleted keys; resize at 3/5 full to 4x the used
// count), so iteration order, pop() and sys.getsizeof agree with CPython. The table
// operations and C++ API are here; the type methods are in set_methods.cpp.
#include "objects/set.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/sequence.h"
#include "objects/set_storage.h"
#include "objects/str.h"
#include "vm/vm.h"

#include <cstdlib>
#include <cstring>

namespace taipan {

namespace {

    constexpr int linear_probes = 9;
    constexpr int perturb_shift = 5;

    // The marker of a deleted entry (CPython's `dummy` key), never visible to Python.
    Object g_dummy_object {Object::immortal_refcount, nullptr};

    SetStorage* allocate_storage(int64_t table_size)
    {
        size_t bytes = sizeof(SetStorage) + size_t(table_size) * sizeof(SetEntry);
        auto* storage = static_cast<SetStorage*>(std::calloc(1, bytes));
        if (!storage)
            return nullptr;
        storage->mask = table_size - 1;
        return storage;
    }

    Raised raise_no_memory(Vm& vm)
    {
        return vm.raise(ExceptionKind::MemoryError, "");
    }

    Result<SetStorage*> ensure_storage(Vm& vm, Set& set)
    {
        if (!set.storage) {
            set.storage = allocate_storage(set_minimum_size);
            if (!set.storage)
                return raise_no_memory(vm);
        }
        return set.storage;
    }

    // set_insert_clean: puts an entry in a table known to have no dummies and no equal key.
    void insert_clean(SetStorage& storage, Value key, int64_t hash)
    {
        uint64_t mask = uint64_t(storage.mask);
        uint64_t perturb = uint64_t(hash);
        uint64_t index = perturb & mask;
        for (;;) {
            SetEntry* entry = &storage.table()[index];
            if (entry->key.is_null())
                goto found;
            if (index + linear_probes <= mask) {
                for (int probe = 0; probe < linear_probes; ++probe) {
                    ++entry;
                    if (entry->key.is_null())
                        goto found;
                }
            }
            perturb >>= perturb_shift;
            index = (index * 5 + 1 + perturb) & mask;
            continue;
        found:
            entry->key = key;
            entry->hash = hash;
            return;
        }
    }

} // namespace

Value set_dummy()
{
    return Value(&g_dummy_object);
}

Result<void> set_table_resize(Vm& vm, Set& set, int64_t minimum_used)
{
    int64_t new_size = set_minimum_size;
    while (new_size <= minimum_used)
        new_size <<= 1;
    SetStorage* old = set.storage;
    // An unchanged small table without dummies needs nothing.
    if (old && new_size == set_minimum_size && old->mask + 1 == set_minimum_size && old->fill == set.size)
        return {};
    SetStorage* storage = allocate_storage(new_size);
    if (!storage)
        return raise_no_memory(vm);
    if (old) {
        SetEntry const* entries = old->table();
        for (int64_t i = 0; i <= old->mask; ++i) {
            Value key = entries[i].key;
            if (!key.is_null() && !key.is(set_dummy()))
                insert_clean(*storage, key, entries[i].hash);
        }
        storage->finger = old->finger;
        std::free(old);
    }
    storage->fill = set.size;
    set.storage = storage;
    return {};
}

Result<SetEntry*> set_lookup(Vm& vm, Set& set, Value key, int64_t hash)
{
    for (;;) {
        SetStorage* storage = set.storage;
        if (!storage)
            return static_cast<SetEntry*>(nullptr);
        uint64_t mask = uint64_t(storage->mask);
        uint64_t perturb = uint64_t(hash);
        uint64_t index = perturb & mask;
        bool restart = false;
        for (;;) {
            SetEntry* entry = &storage->table()[index];
            int probes = (index + linear_probes <= mask) ? linear_probes : 0;
            do {
                if (entry->hash == 0 && entry->key.is_null())
                    return static_cast<SetEntry*>(nullptr);
                if (entry->hash == hash) {
                    Value start_key = entry->key;
                    if (start_key.is(key))
                        return entry;
                    if (is_exact_str(start_key) && is_exact_str(key)) {
                        if (str_equal(as_str(start_key), as_str(key)))
                            return entry;
                    } else {
                        Ref<> keep = ref(start_key);
                        bool same = TRY(equal(vm, start_key, key));
                        if (set.storage != storage || !entry->key.is(start_key)) {
                            restart = true;
                            break;
                        }
                        if (same)
                            return entry;
                    }
                }
                ++entry;
            } while (probes--);
            if (restart)
                break;
            perturb >>= perturb_shift;
            index = (index * 5 + 1 + perturb) & mask;
        }
    }
}

Result<void> set_add_entry(Vm& vm, Set& set, Value key, int64_t hash)
{
    // Keep the key alive while Python-level __eq__ runs.
    Ref<> keep = ref(key);
restart:
    SetStorage* storage = TRY(ensure_storage(vm, set));
    uint64_t mask = uint64_t(storage->mask);
    uint64_t perturb = uint64_t(hash);
    uint64_t index = perturb & mask;
    SetEntry* free_slot = nullptr;
    SetEntry* entry = nullptr;
    for (;;) {
        entry = &storage->table()[index];
        int probes = (index + linear_probes <= mask) ? linear_probes : 0;
        do {
            if (entry->hash == 0 && entry->key.is_null())
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value start_key = entry->key;
                if (start_key.is(key))
                    return {};
                if (is_exact_str(start_key) && is_exact_str(key)) {
                    if (str_equal(as_str(start_key), as_str(key)))
                        return {};
                } else {
                    Ref<> keep_start = ref(start_key);
                    bool same = TRY(equal(vm, start_key, key));
                    if (same)
                        return {};
                    if (set.storage != storage || !entry->key.is(start_key))
                        goto restart;
                }
            } else if (entry->hash == -1 && free_slot == nullptr) {
                free_slot = entry;
            }
            ++entry;
        } while (probes--);
        perturb >>= perturb_shift;
        index = (index * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (free_slot) {
        ++set.size;
        free_slot->key = keep.leak();
        free_slot->hash = hash;
        return {};
    }
    ++storage->fill;
    ++set.size;
    entry->key = keep.leak();
    entry->hash = hash;
    if (storage->fill * 5 < int64_t(mask) * 3)
        return {};
    return set_table_resize(vm, set, set.size > 50000 ? set.size * 2 : set.size * 4);
}

Result<bool> set_discard_entry(Vm& vm, Set& set, Value key, int64_t hash)
{
    SetEntry* entry = TRY(set_lookup(vm, set, key, hash));
    if (!entry)
        return false;
    Value old = entry->key;
    entry->key = set_dummy();
    entry->hash = -1;
    --set.size;
    decref(old);
    return true;
}

bool set_next_entry(Set const& set, int64_t& position, SetEntry const*& entry)
{
    SetStorage const* storage = set.storage;
    if (!storage)
        return false;
    while (position <= storage->mask) {
        SetEntry const& candidate = storage->table()[position++];
        if (!candidate.key.is_null() && !candidate.key.is(set_dummy())) {
            entry = &candidate;
            return true;
        }
    }
    return false;
}

Result<void> set_merge(Vm& vm, Set& set, Set& other)
{
    if (&other == &set || other.size == 0)
        return {};
    SetStorage* storage = TRY(ensure_storage(vm, set));
    // One big resize first, expecting few overlapping keys.
    if ((storage->fill + other.size) * 5 >= storage->mask * 3) {
        TRY(set_table_resize(vm, set, (set.size + other.size) * 2));
        storage = set.storage;
    }
    SetStorage const& source = *other.storage;
    // An empty table of the same size as a dummy-free source: copy slot by slot.
    if (storage->fill == 0 && storage->mask == source.mask && source.fill == other.size) {
        for (int64_t i = 0; i <= source.mask; ++i) {
            Value key = source.table()[i].key;
            if (!key.is_null()) {
                incref(key);
                storage->table()[i] = source.table()[i];
            }
        }
        storage->fill = source.fill;
        set.size = other.size;
        return {};
    }
    if (storage->fill == 0) {
        storage->fill = other.size;
        set.size = other.size;
        for (int64_t i = 0; i <= source.mask; ++i) {
            Value key = source.table()[i].key;
            if (!key.is_null() && !key.is(set_dummy())) {
                incref(key);
                insert_clean(*storage, key, source.table()[i].hash);
            }
        }
        return {};
    }
    for (int64_t i = 0; other.storage && i <= other.storage->mask; ++i) {
        SetEntry entry = other.storage->table()[i];
        if (!entry.key.is_null() && !entry.key.is(set_dummy()))
            TRY(set_add_entry(vm, set, entry.key, entry.hash));
    }
    return {};
}

void set_clear(Set& set)
{
    SetStorage* storage = set.storage;
    set.storage = nullptr;
    set.size = 0;
    if (!storage)
        return;
    for (int64_t i = 0; i <= storage->mask; ++i) {
        Value key = storage->table()[i].key;
        if (!key.is_null() && !key.is(set_dummy()))
            release_item(key);
    }
    std::free(storage);
}

// --- the C++ API ---

Result<Ref<Set>> new_set(Vm& vm, Type& type)
{
    return make_object<Set>(vm, type, 0);
}

Result<void> set_add(Vm& vm, Set& set, Value item)
{
    int64_t hash = TRY(container_hash(vm, item));
    return set_add_entry(vm, set, item, hash);
}

Result<bool> set_contains(Vm& vm, Set& set, Value item)
{
    int64_t hash = TRY(container_hash(vm, item));
    SetEntry* entry = TRY(set_lookup(vm, set, item, hash));
    return entry != nullptr;
}

Result<bool> set_discard(Vm& vm, Set& set, Value item)
{
    int64_t hash = TRY(container_hash(vm, item));
    return set_discard_entry(vm, set, item, hash);
}

Result<void> set_update(Vm& vm, Set& set, Value iterable)
{
    if (is_set_or_frozenset(iterable))
        return set_merge(vm, set, as_set(iterable));
    if (is_exact_dict(iterable)) {
        Dict& dict = as_dict(iterable);
        SetStorage* storage = TRY(ensure_storage(vm, set));
        if ((storage->fill + dict.size) * 5 >= storage->mask * 3)
            TRY(set_table_resize(vm, set, (set.size + dict.size) * 2));
        int64_t position = 0;
        Value key, value;
        while (dict_next(dict, position, key, value)) {
            int64_t hash = TRY(container_hash(vm, key));
            TRY(set_add_entry(vm, set, key, hash));
        }
        return {};
    }
    Ref<> iterator = TRY(get_iter(vm, iterable));
    for (;;) {
        Ref<> item = TRY(iter_next(vm, iterator));
        if (!item)
            return {};
        TRY(set_add(vm, set, item));
    }
}

bool set_next(Set const& set, int64_t& position, Value& item)
{
    SetEntry const* entry = nullptr;
    if (!set_next_entry(set, position, entry))
        return false;
    item = entry->key;
    return true;
}

Result<Ref<Set>> set_from_iterable(Vm& vm, Type& type, Value iterable)
{
    Ref<Set> set = TRY(new_set(vm, type));
    if (!iterable.is_null())
        TRY(set_update(vm, *set, iterable));
    return set;
}

Result<Ref<Set>> new_frozenset(Vm& vm, Value iterable)
{
    return set_from_iterable(vm, frozenset_type, iterable);
}

int64_t set_storage_sizeof(Set const& set)
{
    // The 8-entry table is part of PySetObject (200 bytes); bigger ones are extra.
    if (set.storage && set.storage->mask + 1 > set_minimum_size)
        return (set.storage->mask + 1) * 16;
    return 0;
}

} // namespace taipan
