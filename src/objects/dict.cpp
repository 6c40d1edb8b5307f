// dict: CPython 3.11's compact ordered table (dict_storage.h) with the same sizes,
// probing (perturbation, PERTURB_SHIFT 5), growth (used * 3) and deletion (dummies
// until the next resize), so iteration order and sys.getsizeof agree with CPython; the
// C++ API of dict.h/containers.h; and the dict type's methods. Views and iterators
// live in dict_views.cpp.
#include "objects/dict.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict_storage.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"
#include "vm/vm.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <string>

namespace taipan {

uint64_t next_dict_version()
{
    if (Vm* vm = Vm::current_or_null())
        return ++vm->last_dict_version;
    // A dict changed outside any Vm (set-up, tear-down): a version too large for any
    // cache to record, so nothing can be keyed by it.
    static std::atomic<uint64_t> outside_any_vm {uint64_t {1} << 62};
    return outside_any_vm.fetch_add(1, std::memory_order_relaxed);
}

namespace {

    constexpr int perturb_shift = 5;

    // calculate_log2_keysize: CPython's bit trick (not a plain "next power of two": a
    // minimum of 32 gives 64), which sys.getsizeof exposes through presized dicts.
    uint8_t log2_size_for(int64_t minimum)
    {
        uint64_t value = (static_cast<uint64_t>(minimum) | 8) - 1;
        value |= 7;
        return static_cast<uint8_t>(64 - __builtin_clzll(value));
    }

    // estimate_log2_keysize: a table that holds `count` entries without resizing.
    uint8_t log2_size_estimate(int64_t count)
    {
        return log2_size_for((count * 3 + 1) / 2);
    }

    // GROWTH_RATE: the table a full dict resizes to.
    uint8_t log2_growth_size(Dict const& dict)
    {
        return log2_size_for(dict.size * 3);
    }

    // Tables come from the running interpreter's pool (most are small), or from calloc
    // outside any; SmallObjectPool::release frees either.
    void* allocate_table(size_t bytes)
    {
        if (Vm* vm = Vm::current_or_null())
            return vm->object_pool().allocate(bytes);
        return std::calloc(1, bytes);
    }

    DictStorage* allocate_storage(uint8_t log2_size, bool unicode)
    {
        uint8_t log2_index_bytes;
        if (log2_size < 8)
            log2_index_bytes = log2_size;
        else if (log2_size < 16)
            log2_index_bytes = log2_size + 1;
        else if (log2_size >= 32)
            log2_index_bytes = log2_size + 3;
        else
            log2_index_bytes = log2_size + 2;
        int64_t usable = dict_usable_fraction(int64_t {1} << log2_size);
        size_t bytes
            = sizeof(DictStorage) + (size_t {1} << log2_index_bytes) + size_t(usable) * sizeof(DictEntry);
        auto* storage = static_cast<DictStorage*>(allocate_table(bytes));
        if (!storage)
            return nullptr;
        storage->log2_size = log2_size;
        storage->log2_index_bytes = log2_index_bytes;
        storage->unicode = unicode;
        storage->usable = usable;
        storage->entry_count = 0;
        std::memset(storage->indices(), 0xff, size_t {1} << log2_index_bytes);
        return storage;
    }

    // The slot where an entry with `hash` goes: the first empty or deleted one on its
    // probe sequence (find_empty_slot).
    uint64_t find_empty_slot(DictStorage const& storage, int64_t hash)
    {
        uint64_t mask = uint64_t(storage.size()) - 1;
        uint64_t perturb = uint64_t(hash);
        uint64_t slot = perturb & mask;
        while (storage.get_index(slot) >= 0) {
            perturb >>= perturb_shift;
            slot = (slot * 5 + perturb + 1) & mask;
        }
        return slot;
    }

    // The slot whose index is `entry_index` (lookdict_index).
    uint64_t find_slot_of_entry(DictStorage const& storage, int64_t hash, int64_t entry_index)
    {
        uint64_t mask = uint64_t(storage.size()) - 1;
        uint64_t perturb = uint64_t(hash);
        uint64_t slot = perturb & mask;
        for (;;) {
            int64_t index = storage.get_index(slot);
            if (index == entry_index || index == dict_index_empty)
                return slot;
            perturb >>= perturb_shift;
            slot = (slot * 5 + perturb + 1) & mask;
        }
    }

    Raised raise_no_memory(Vm& vm)
    {
        return vm.raise(ExceptionKind::MemoryError, "");
    }

    // dictresize: a fresh table of 2**log2_size slots holding the live entries in order.
    // The str-only kind survives only when requested and the old table had it.
    Result<void> resize(Vm& vm, Dict& dict, uint8_t log2_size, bool unicode)
    {
        DictStorage* old = dict.storage;
        bool new_unicode = unicode && (!old || old->unicode);
        DictStorage* storage = allocate_storage(log2_size, new_unicode);
        if (!storage)
            return raise_no_memory(vm);
        int64_t count = 0;
        if (old) {
            DictEntry const* from = old->entries();
            DictEntry* to = storage->entries();
            for (int64_t i = 0; i < old->entry_count; ++i) {
                if (!from[i].key.is_null())
                    to[count++] = from[i];
            }
            SmallObjectPool::release(old);
        }
        uint64_t mask = uint64_t(storage->size()) - 1;
        DictEntry const* entries = storage->entries();
        for (int64_t i = 0; i < count; ++i) {
            uint64_t perturb = uint64_t(entries[i].hash);
            uint64_t slot = perturb & mask;
            while (storage->get_index(slot) != dict_index_empty) {
                perturb >>= perturb_shift;
                slot = (slot * 5 + perturb + 1) & mask;
            }
            storage->set_index(slot, i);
        }
        storage->usable -= count;
        storage->entry_count = count;
        dict.storage = storage;
        // Entries moved: caches holding entry positions must revalidate.
        dict.version = next_dict_version();
        return {};
    }

    // An exact copy of a table (clone_combined_dict_keys), holes included; the caller
    // owns new references to every key and value.
    DictStorage* clone_storage(DictStorage const& storage)
    {
        size_t bytes = sizeof(DictStorage) + (size_t {1} << storage.log2_index_bytes)
            + size_t(dict_usable_fraction(storage.size())) * sizeof(DictEntry);
        auto* copy = static_cast<DictStorage*>(allocate_table(bytes));
        if (!copy)
            return nullptr;
        std::memcpy(copy, &storage, bytes);
        DictEntry* entries = copy->entries();
        for (int64_t i = 0; i < copy->entry_count; ++i) {
            if (!entries[i].key.is_null()) {
                incref(entries[i].key);
                incref(entries[i].value);
            }
        }
        return copy;
    }

    // Finds the entry holding `key`: its index in the entry array, or dict_index_empty.
    // An `==` may run Python code that changes the dict; as CPython does, the search then
    // starts again on the new table.
    Result<int64_t> lookup(Vm& vm, Dict& dict, Value key, int64_t hash)
    {
        for (;;) {
            DictStorage* storage = dict.storage;
            if (!storage)
                return dict_index_empty;
            uint64_t mask = uint64_t(storage->size()) - 1;
            uint64_t perturb = uint64_t(hash);
            uint64_t slot = perturb & mask;
            bool restart = false;
            for (;;) {
                int64_t index = storage->get_index(slot);
                if (index == dict_index_empty)
                    return dict_index_empty;
                if (index >= 0) {
                    DictEntry const& entry = storage->entries()[index];
                    if (entry.key.is(key))
                        return index;
                    if (entry.hash == hash) {
                        Value stored = entry.key;
                        if (is_exact_str(stored) && is_exact_str(key)) {
                            if (str_equal(as_str(stored), as_str(key)))
                                return index;
                        } else {
                            Ref<> keep = ref(stored);
                            bool same = TRY(equal(vm, stored, key));
                            if (dict.storage != storage || !storage->entries()[index].key.is(stored)) {
                                restart = true;
                                break;
                            }
                            if (same)
                                return index;
                        }
                    }
                }
                perturb >>= perturb_shift;
                slot = (slot * 5 + perturb + 1) & mask;
            }
            if (!restart)
                return dict_index_empty;
        }
    }

    // CPython tracks a dict in the cycle collector only once it holds something that can
    // be part of a cycle (MAINTAIN_TRACKING): dicts of ints and strs are never traversed,
    // and gc.is_tracked({}) is False.
    bool may_be_tracked(Value value)
    {
        if (!value.is_object() || !value.type()->has_flag(TypeHasGc))
            return false;
        if (is_exact_tuple(value))
            return gc_is_tracked(value);
        return true;
    }

    void maintain_tracking(Vm& vm, Dict& dict, Value key, Value value)
    {
        if (!gc_is_tracked(Value(&dict)) && (may_be_tracked(key) || may_be_tracked(value)))
            gc_track(vm, &dict);
    }

    // Appends a new entry (the key is known to be absent); takes new references.
    Result<void> insert_new(Vm& vm, Dict& dict, Value key, int64_t hash, Value value)
    {
        if (!dict.storage) {
            dict.storage = allocate_storage(dict_log2_minimum_size, is_exact_str(key));
            if (!dict.storage)
                return raise_no_memory(vm);
        } else if (dict.storage->usable <= 0) {
            TRY(resize(vm, dict, log2_growth_size(dict), true));
        }
        DictStorage& storage = *dict.storage;
        if (storage.unicode && !is_exact_str(key))
            storage.unicode = false;
        uint64_t slot = find_empty_slot(storage, hash);
        storage.set_index(slot, storage.entry_count);
        incref(key);
        incref(value);
        storage.entries()[storage.entry_count] = DictEntry {hash, key, value};
        ++storage.entry_count;
        --storage.usable;
        ++dict.size;
        dict.version = next_dict_version();
        return {};
    }

    // insertdict: sets dict[key] = value.
    Result<void> insert(Vm& vm, Dict& dict, Value key, int64_t hash, Value value)
    {
        maintain_tracking(vm, dict, key, value);
        // CPython: a non-str key turns a str-only table into a general one by resizing it.
        if (dict.storage && dict.storage->unicode && !is_exact_str(key))
            TRY(resize(vm, dict, log2_growth_size(dict), false));
        int64_t index = TRY(lookup(vm, dict, key, hash));
        if (index == dict_index_empty)
            return insert_new(vm, dict, key, hash, value);
        DictEntry& entry = dict.storage->entries()[index];
        Value old = entry.value;
        if (!old.is(value)) {
            incref(value);
            entry.value = value;
            decref(old);
        }
        return {};
    }

    // Removes entry `index` found for `hash`; the caller takes over the key and value
    // references (and drops them once the dict is consistent again).
    void remove_entry(Dict& dict, int64_t hash, int64_t index, Value& key_out, Value& value_out)
    {
        DictStorage& storage = *dict.storage;
        uint64_t slot = find_slot_of_entry(storage, hash, index);
        storage.set_index(slot, dict_index_dummy);
        DictEntry& entry = storage.entries()[index];
        key_out = entry.key;
        value_out = entry.value;
        entry.key = Value {};
        entry.value = Value {};
        --dict.size;
        dict.version = next_dict_version();
    }

    void release_storage(DictStorage* storage)
    {
        if (!storage)
            return;
        DictEntry* entries = storage->entries();
        for (int64_t i = 0; i < storage->entry_count; ++i) {
            if (!entries[i].key.is_null()) {
                release_item(entries[i].key);
                release_item(entries[i].value);
            }
        }
        SmallObjectPool::release(storage);
    }

    bool has_dict_iteration(Value value);

    // Inserts every item of an exact-iteration dict `other` (dict_merge's fast path).
    Result<void> merge_from_dict(Vm& vm, Dict& dict, Dict& other, MergeConflict conflict)
    {
        if (&other == &dict || other.size == 0)
            return {};
        if (dict.size == 0) {
            conflict = MergeConflict::Override;
            DictStorage const* source = other.storage;
            if (other.size == source->entry_count
                && (source->log2_size == dict_log2_minimum_size
                    || dict_usable_fraction(source->size() / 2) < other.size)) {
                DictStorage* copy = clone_storage(*source);
                if (!copy)
                    return raise_no_memory(vm);
                DictStorage* old = dict.storage;
                dict.storage = copy;
                dict.size = other.size;
                dict.version = next_dict_version();
                if (gc_is_tracked(Value(&other)))
                    gc_track(vm, &dict);
                release_storage(old);
                return {};
            }
        }
        int64_t usable_now
            = dict.storage ? dict_usable_fraction(dict.storage->size()) : dict_usable_fraction(8);
        if (usable_now < other.size)
            TRY(resize(vm, dict, log2_size_estimate(dict.size + other.size), other.storage->unicode));
        int64_t original_entries = other.storage->entry_count;
        for (int64_t i = 0; other.storage && i < other.storage->entry_count; ++i) {
            DictEntry const& entry = other.storage->entries()[i];
            if (entry.key.is_null())
                continue;
            Ref<> key = ref(entry.key);
            Ref<> value = ref(entry.value);
            int64_t hash = entry.hash;
            if (conflict == MergeConflict::Override) {
                TRY(insert(vm, dict, key, hash, value));
            } else {
                int64_t found = TRY(lookup(vm, dict, key, hash));
                if (found == dict_index_empty)
                    TRY(insert(vm, dict, key, hash, value));
                else if (conflict == MergeConflict::Raise)
                    return raise_key_error(vm, key);
            }
            if (!other.storage || other.storage->entry_count != original_entries)
                return vm.raise(ExceptionKind::RuntimeError, "dict mutated during update");
        }
        return {};
    }

    // dict_merge's general path: keys() of a mapping, then other[key] for each.
    Result<void> merge_from_mapping(Vm& vm, Dict& dict, Value other, MergeConflict conflict)
    {
        Ref<> keys = TRY(call_method(vm, other, "keys"));
        auto iterator_result = get_iter(vm, keys);
        if (iterator_result.is_error()) {
            if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                vm.take_pending_exception();
                return vm.raise(ExceptionKind::TypeError,
                    type_name(other) + ".keys() returned a non-iterable (type " + type_name(keys) + ")");
            }
            return Failure {iterator_result.release_error()};
        }
        Ref<> iterator = iterator_result.release_value();
        Ref<List> key_list = TRY(list_from_iterable(vm, iterator));
        for (int64_t i = 0; i < key_list->size; ++i) {
            Ref<> key = ref((*key_list)[i]);
            if (conflict != MergeConflict::Override) {
                bool present = TRY(dict_contains(vm, dict, key));
                if (present) {
                    if (conflict == MergeConflict::Keep)
                        continue;
                    return raise_key_error(vm, key);
                }
            }
            Ref<> value = TRY(get_item(vm, other, key));
            TRY(dict_set_item(vm, dict, key, value));
        }
        return {};
    }

    // PyDict_MergeFromSeq2: an iterable of key/value pairs.
    Result<void> merge_from_pairs(Vm& vm, Dict& dict, Value pairs)
    {
        Ref<> iterator = TRY(get_iter(vm, pairs));
        for (int64_t position = 0;; ++position) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                break;
            auto pair_result = list_from_iterable(vm, item);
            if (pair_result.is_error()) {
                if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                    vm.take_pending_exception();
                    return vm.raise(ExceptionKind::TypeError,
                        "cannot convert dictionary update sequence element #" + std::to_string(position)
                            + " to a sequence");
                }
                return Failure {pair_result.release_error()};
            }
            Ref<List> pair = pair_result.release_value();
            if (pair->size != 2)
                return vm.raise(ExceptionKind::ValueError,
                    "dictionary update sequence element #" + std::to_string(position) + " has length "
                        + std::to_string(pair->size) + "; 2 is required");
            Ref<> key = ref((*pair)[0]);
            Ref<> value = ref((*pair)[1]);
            TRY(dict_set_item(vm, dict, key, value));
        }
        return {};
    }

    Dict& self_dict(Args args)
    {
        return as_dict(args[0]);
    }

} // namespace

int64_t dict_storage_sizeof(DictStorage const& storage)
{
    // sizeof(PyDictKeysObject) is 32; entries are 24 bytes, 16 in str-only tables.
    int64_t entry_size = storage.unicode ? 16 : 24;
    return 32 + (int64_t {1} << storage.log2_index_bytes) + dict_usable_fraction(storage.size()) * entry_size;
}

Raised raise_key_error(Vm& vm, Value key)
{
    auto exception
        = new_exception(vm, exception_type(ExceptionKind::KeyError), std::span<Value const>(&key, 1));
    if (exception.is_error())
        return Raised {ExceptionPending {}};
    return vm.raise_object(exception.value());
}

// --- the C++ API ---

Result<Ref<Dict>> new_dict(Vm& vm)
{
    Ref<Dict> dict = TRY(make_object<Dict>(vm, dict_type, 0));
    gc_untrack(dict.get());
    return dict;
}

Result<Ref<Dict>> new_dict_presized(Vm& vm, int64_t count, bool unicode)
{
    Ref<Dict> dict = TRY(new_dict(vm));
    // dict_new_presized: small dicts start empty; huge ones are capped at 2**17 slots.
    if (count <= dict_usable_fraction(8))
        return dict;
    uint8_t log2_size = count > dict_usable_fraction(int64_t {1} << 17) ? 17 : log2_size_estimate(count);
    dict->storage = allocate_storage(log2_size, unicode);
    if (!dict->storage)
        return raise_no_memory(vm);
    return dict;
}

Result<Ref<Dict>> dict_from_items(
    Vm& vm, Value const* keys, Value const* values, int64_t stride, int64_t count)
{
    bool unicode = true;
    for (int64_t i = 0; i < count; ++i) {
        if (!is_exact_str(keys[i * stride])) {
            unicode = false;
            break;
        }
    }
    Ref<Dict> dict = TRY(new_dict_presized(vm, count, unicode));
    for (int64_t i = 0; i < count; ++i)
        TRY(dict_set_item(vm, *dict, keys[i * stride], values[i * stride]));
    return dict;
}

Result<Value> dict_get_item_with_hash(Vm& vm, Dict& dict, Value key, int64_t hash)
{
    int64_t index = TRY(lookup(vm, dict, key, hash));
    if (index < 0)
        return Value {};
    return dict.storage->entries()[index].value;
}

Result<Value> dict_get_item(Vm& vm, Dict& dict, Value key)
{
    if (!dict.storage)
        return Value {};
    int64_t hash = TRY(container_hash(vm, key));
    return dict_get_item_with_hash(vm, dict, key, hash);
}

Result<Value> dict_get_str(Vm& vm, Dict& dict, Str& key)
{
    DictStorage* storage = dict.storage;
    if (!storage)
        return Value {};
    int64_t hash = str_hash(key);
    // The common case (every key compared is an exact str) needs no Vm and cannot fail.
    uint64_t mask = uint64_t(storage->size()) - 1;
    uint64_t perturb = uint64_t(hash);
    uint64_t slot = perturb & mask;
    bool exact_key = key.type == &str_type;
    for (;;) {
        int64_t index = storage->get_index(slot);
        if (index == dict_index_empty)
            return Value {};
        if (index >= 0) {
            DictEntry const& entry = storage->entries()[index];
            if (entry.key.is(Value(&key)))
                return entry.value;
            if (entry.hash == hash) {
                if (!exact_key || !is_exact_str(entry.key))
                    return dict_get_item_with_hash(vm, dict, Value(&key), hash);
                if (str_equal(as_str(entry.key), key))
                    return entry.value;
            }
        }
        perturb >>= perturb_shift;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

int64_t dict_find_str_entry(Dict const& dict, Str& key)
{
    DictStorage const* storage = dict.storage;
    if (!storage)
        return dict_index_empty;
    int64_t hash = str_hash(key);
    uint64_t mask = uint64_t(storage->size()) - 1;
    uint64_t perturb = uint64_t(hash);
    uint64_t slot = perturb & mask;
    for (;;) {
        int64_t index = storage->get_index(slot);
        if (index == dict_index_empty)
            return dict_index_empty;
        if (index >= 0) {
            DictEntry const& entry = storage->entries()[index];
            if (entry.key.is(Value(&key)))
                return index;
            if (entry.hash == hash) {
                if (key.type != &str_type || !is_exact_str(entry.key))
                    return -2;
                if (str_equal(as_str(entry.key), key))
                    return index;
            }
        }
        perturb >>= perturb_shift;
        slot = (slot * 5 + perturb + 1) & mask;
    }
}

Result<void> dict_set_item(Vm& vm, Dict& dict, Value key, Value value)
{
    int64_t hash = TRY(container_hash(vm, key));
    return insert(vm, dict, key, hash, value);
}

Result<void> dict_set_str(Vm& vm, Dict& dict, std::string_view key, Value value)
{
    Ref<Str> name = vm.intern(key);
    return dict_set_item(vm, dict, name, value);
}

Result<bool> dict_delete_item(Vm& vm, Dict& dict, Value key)
{
    if (dict.size == 0)
        return false;
    int64_t hash = TRY(container_hash(vm, key));
    int64_t index = TRY(lookup(vm, dict, key, hash));
    if (index < 0)
        return false;
    Value old_key, old_value;
    remove_entry(dict, hash, index, old_key, old_value);
    decref(old_key);
    decref(old_value);
    return true;
}

Result<Ref<>> dict_pop(Vm& vm, Dict& dict, Value key)
{
    if (dict.size == 0)
        return Ref<> {};
    int64_t hash = TRY(container_hash(vm, key));
    int64_t index = TRY(lookup(vm, dict, key, hash));
    if (index < 0)
        return Ref<> {};
    Value old_key, old_value;
    remove_entry(dict, hash, index, old_key, old_value);
    decref(old_key);
    return Ref<>::adopt(old_value);
}

Result<Value> dict_setdefault(Vm& vm, Dict& dict, Value key, Value default_value)
{
    int64_t hash = TRY(container_hash(vm, key));
    if (dict.storage && dict.storage->unicode && !is_exact_str(key))
        TRY(resize(vm, dict, log2_growth_size(dict), false));
    int64_t index = TRY(lookup(vm, dict, key, hash));
    if (index >= 0)
        return dict.storage->entries()[index].value;
    maintain_tracking(vm, dict, key, default_value);
    TRY(insert_new(vm, dict, key, hash, default_value));
    return default_value;
}

Result<bool> dict_contains(Vm& vm, Dict& dict, Value key)
{
    int64_t hash = TRY(container_hash(vm, key));
    int64_t index = TRY(lookup(vm, dict, key, hash));
    return index >= 0;
}

bool dict_next(Dict const& dict, int64_t& position, Value& key, Value& value)
{
    DictStorage const* storage = dict.storage;
    if (!storage)
        return false;
    DictEntry const* entries = storage->entries();
    while (position < storage->entry_count) {
        DictEntry const& entry = entries[position++];
        if (!entry.key.is_null()) {
            key = entry.key;
            value = entry.value;
            return true;
        }
    }
    return false;
}

void dict_clear(Dict& dict)
{
    // Detach the table first: dropping the items can run __del__ methods that use
    // the dict again.
    DictStorage* storage = dict.storage;
    if (!storage)
        return;
    dict.storage = nullptr;
    dict.size = 0;
    dict.version = next_dict_version();
    release_storage(storage);
}

Result<Ref<Dict>> dict_copy(Vm& vm, Dict& dict)
{
    Ref<Dict> copy = TRY(new_dict(vm));
    if (dict.size == 0)
        return copy;
    // PyDict_Copy clones the table when at most a third of its entries are holes.
    if (has_dict_iteration(Value(&dict)) && dict.size >= (dict.storage->entry_count * 2) / 3) {
        copy->storage = clone_storage(*dict.storage);
        if (!copy->storage)
            return raise_no_memory(vm);
        copy->size = dict.size;
        if (gc_is_tracked(Value(&dict)))
            gc_track(vm, copy.get());
        return copy;
    }
    TRY(dict_merge(vm, *copy, Value(&dict), MergeConflict::Override));
    return copy;
}

Result<void> dict_merge(Vm& vm, Dict& dict, Value other, MergeConflict conflict)
{
    if (is_dict(other) && has_dict_iteration(other))
        return merge_from_dict(vm, dict, as_dict(other), conflict);
    return merge_from_mapping(vm, dict, other, conflict);
}

Result<void> dict_update(Vm& vm, Dict& dict, Value other)
{
    // dict_update_arg: dicts and objects with keys() merge as mappings, anything else
    // is an iterable of pairs.
    if (is_exact_dict(other))
        return dict_merge(vm, dict, other, MergeConflict::Override);
    Ref<> keys = TRY(get_attribute_or_null(vm, other, *vm.intern("keys")));
    if (keys)
        return dict_merge(vm, dict, other, MergeConflict::Override);
    return merge_from_pairs(vm, dict, other);
}

Result<Ref<List>> dict_keys_list(Vm& vm, Dict& dict)
{
    Ref<List> list = TRY(new_list(vm, dict.size));
    int64_t position = 0;
    Value key, value;
    while (dict_next(dict, position, key, value))
        TRY(list_append(vm, *list, key));
    return list;
}

Result<Ref<List>> dict_values_list(Vm& vm, Dict& dict)
{
    Ref<List> list = TRY(new_list(vm, dict.size));
    int64_t position = 0;
    Value key, value;
    while (dict_next(dict, position, key, value))
        TRY(list_append(vm, *list, value));
    return list;
}

Result<Ref<List>> dict_items_list(Vm& vm, Dict& dict)
{
    Ref<List> list = TRY(new_list(vm, dict.size));
    int64_t position = 0;
    Value key, value;
    while (dict_next(dict, position, key, value)) {
        Ref<Tuple> pair = TRY(new_tuple(vm, {key, value}));
        TRY(list_append(vm, *list, pair));
    }
    return list;
}

// --- the dict type ---

namespace {

    void dict_destruct(Object* object)
    {
        auto* dict = static_cast<Dict*>(object);
        DictStorage* storage = dict->storage;
        dict->storage = nullptr;
        dict->size = 0;
        release_storage(storage);
    }

    void dict_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* dict = static_cast<Dict*>(object);
        if (!dict->storage)
            return;
        DictEntry const* entries = dict->storage->entries();
        for (int64_t i = 0; i < dict->storage->entry_count; ++i) {
            if (!entries[i].key.is_null()) {
                visit(entries[i].key, context);
                visit(entries[i].value, context);
            }
        }
    }

    void dict_clear_references(Object* object)
    {
        dict_clear(*static_cast<Dict*>(object));
    }

    Result<Ref<>> dict_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], dict_type));
        Ref<Dict> dict = TRY(make_object<Dict>(vm, *type, 0));
        if (type == &dict_type)
            gc_untrack(dict.get());
        return Ref<>(std::move(dict));
    }

    // dict_update_common: at most one positional argument, then the keywords.
    Result<void> update_common(Vm& vm, Dict& dict, Tuple& positional, Value keywords, char const* name)
    {
        if (positional.size > 1)
            return vm.raise(ExceptionKind::TypeError,
                std::string(name) + " expected at most 1 argument, got " + std::to_string(positional.size));
        if (positional.size == 1)
            TRY(dict_update(vm, dict, positional[0]));
        if (!keywords.is_null())
            TRY(dict_merge(vm, dict, keywords, MergeConflict::Override));
        return {};
    }

    Result<Ref<>> dict_init(Vm& vm, Args args)
    {
        TRY(update_common(vm, self_dict(args), as_tuple(args[1]), args[2], "dict"));
        return new_none();
    }

    Result<Ref<>> dict_method_update(Vm& vm, Args args)
    {
        TRY(update_common(vm, self_dict(args), as_tuple(args[1]), args[2], "update"));
        return new_none();
    }

    Result<Ref<>> dict_getitem(Vm& vm, Args args)
    {
        Dict& dict = self_dict(args);
        Value key = args[1];
        int64_t hash = TRY(container_hash(vm, key));
        Value value = TRY(dict_get_item_with_hash(vm, dict, key, hash));
        if (!value.is_null())
            return ref(value);
        if (!is_exact_dict(args[0])) {
            Ref<> missing
                = TRY(call_special(vm, SpecialMethod::Missing, args[0], std::span<Value const>(&key, 1)));
            if (missing)
                return missing;
        }
        return raise_key_error(vm, key);
    }

    Result<Ref<>> dict_setitem(Vm& vm, Args args)
    {
        TRY(dict_set_item(vm, self_dict(args), args[1], args[2]));
        return new_none();
    }

    Result<Ref<>> dict_delitem(Vm& vm, Args args)
    {
        bool removed = TRY(dict_delete_item(vm, self_dict(args), args[1]));
        if (!removed)
            return raise_key_error(vm, args[1]);
        return new_none();
    }

    Result<Ref<>> dict_method_contains(Vm& vm, Args args)
    {
        bool found = TRY(dict_contains(vm, self_dict(args), args[1]));
        return new_bool(found);
    }

    Result<Ref<>> dict_len(Vm&, Args args)
    {
        return new_int(self_dict(args).size);
    }

    Result<Ref<>> dict_iter(Vm& vm, Args args)
    {
        return new_dict_iterator(vm, dict_keyiterator_type, self_dict(args));
    }

    Result<Ref<>> dict_reversed(Vm& vm, Args args)
    {
        return new_dict_iterator(vm, dict_reversekeyiterator_type, self_dict(args));
    }

    Result<Ref<>> dict_repr(Vm& vm, Args args)
    {
        Dict& dict = self_dict(args);
        if (dict.size == 0)
            return Ref<>(TRY(new_str(vm, "{}")));
        if (!repr_enter(&dict))
            return Ref<>(TRY(new_str(vm, "{...}")));
        StrBuilder builder;
        builder.append_ascii("{");
        int64_t position = 0;
        Value key_value, item_value;
        bool first = true;
        Result<void> status {};
        while (dict_next(dict, position, key_value, item_value)) {
            // repr() may change the dict: keep the pair alive while formatting it.
            Ref<> key = ref(key_value);
            Ref<> value = ref(item_value);
            if (!first)
                builder.append_ascii(", ");
            first = false;
            auto key_text = repr(vm, key);
            if (key_text.is_error()) {
                repr_leave(&dict);
                return Failure {key_text.release_error()};
            }
            builder.append(*key_text.value());
            builder.append_ascii(": ");
            auto value_text = repr(vm, value);
            if (value_text.is_error()) {
                repr_leave(&dict);
                return Failure {value_text.release_error()};
            }
            builder.append(*value_text.value());
        }
        repr_leave(&dict);
        builder.append_ascii("}");
        return Ref<>(TRY(builder.build(vm)));
    }

    // dict_equal: same length, and every key of `left` maps to an equal value in `right`.
    Result<bool> dicts_equal(Vm& vm, Dict& left, Dict& right)
    {
        if (left.size != right.size)
            return false;
        for (int64_t i = 0; left.storage && i < left.storage->entry_count; ++i) {
            DictEntry const& entry = left.storage->entries()[i];
            if (entry.key.is_null())
                continue;
            Ref<> key = ref(entry.key);
            Ref<> left_value = ref(entry.value);
            int64_t hash = entry.hash;
            Value right_value = TRY(dict_get_item_with_hash(vm, right, key, hash));
            if (right_value.is_null())
                return false;
            Ref<> keep = ref(right_value);
            bool same = TRY(equal(vm, left_value, right_value));
            if (!same)
                return false;
        }
        return true;
    }

    Result<Ref<>> dict_eq(Vm& vm, Args args)
    {
        if (!is_dict(args[1]))
            return ref(not_implemented());
        bool same = TRY(dicts_equal(vm, self_dict(args), as_dict(args[1])));
        return new_bool(same);
    }

    Result<Ref<>> dict_ne(Vm& vm, Args args)
    {
        if (!is_dict(args[1]))
            return ref(not_implemented());
        bool same = TRY(dicts_equal(vm, self_dict(args), as_dict(args[1])));
        return new_bool(!same);
    }

    Result<Ref<>> dict_or(Vm& vm, Args args)
    {
        if (!is_dict(args[0]) || !is_dict(args[1]))
            return ref(not_implemented());
        Ref<Dict> result = TRY(dict_copy(vm, self_dict(args)));
        TRY(dict_update(vm, *result, args[1]));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> dict_ror(Vm& vm, Args args)
    {
        if (!is_dict(args[0]) || !is_dict(args[1]))
            return ref(not_implemented());
        Ref<Dict> result = TRY(dict_copy(vm, as_dict(args[1])));
        TRY(dict_update(vm, *result, args[0]));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> dict_ior(Vm& vm, Args args)
    {
        TRY(dict_update(vm, self_dict(args), args[1]));
        return ref(args[0]);
    }

    Result<Ref<>> dict_sizeof(Vm&, Args args)
    {
        Dict& dict = self_dict(args);
        // sizeof(PyDictObject) is 48; a subclass adds its own instance fields.
        int64_t size = 48 + int64_t(args[0].type()->instance_size) - int64_t(sizeof(Dict));
        if (dict.storage)
            size += dict_storage_sizeof(*dict.storage);
        return new_int(size);
    }

    Result<Ref<>> dict_method_get(Vm& vm, Args args)
    {
        Value value = TRY(dict_get_item(vm, self_dict(args), args[1]));
        return ref(value.is_null() ? args[2] : value);
    }

    Result<Ref<>> dict_method_setdefault(Vm& vm, Args args)
    {
        Value value = TRY(dict_setdefault(vm, self_dict(args), args[1], args[2]));
        return ref(value);
    }

    Result<Ref<>> dict_method_pop(Vm& vm, Args args)
    {
        Dict& dict = self_dict(args);
        // CPython: popping from an empty dict with a default does not even hash the key.
        if (dict.size == 0 && !args[2].is_null())
            return ref(args[2]);
        Ref<> value = TRY(dict_pop(vm, dict, args[1]));
        if (value)
            return value;
        if (!args[2].is_null())
            return ref(args[2]);
        return raise_key_error(vm, args[1]);
    }

    Result<Ref<>> dict_popitem(Vm& vm, Args args)
    {
        Dict& dict = self_dict(args);
        if (dict.size == 0) {
            Ref<Str> message = TRY(new_str(vm, "popitem(): dictionary is empty"));
            return raise_key_error(vm, message);
        }
        DictStorage& storage = *dict.storage;
        int64_t index = storage.entry_count - 1;
        while (index >= 0 && storage.entries()[index].key.is_null())
            --index;
        DictEntry const& entry = storage.entries()[index];
        Value key, value;
        remove_entry(dict, entry.hash, index, key, value);
        // CPython: the popped entry's place is reused (dk_nentries shrinks), though the
        // usable count does not grow back because its slot is now a dummy.
        storage.entry_count = index;
        Ref<Tuple> pair = TRY(allocate_tuple(vm, 2));
        pair->items()[0] = key;
        pair->items()[1] = value;
        return Ref<>(std::move(pair));
    }

    Result<Ref<>> dict_method_keys(Vm& vm, Args args)
    {
        return new_dict_view(vm, dict_keys_type, args[0]);
    }
    Result<Ref<>> dict_method_values(Vm& vm, Args args)
    {
        return new_dict_view(vm, dict_values_type, args[0]);
    }
    Result<Ref<>> dict_method_items(Vm& vm, Args args)
    {
        return new_dict_view(vm, dict_items_type, args[0]);
    }

    Result<Ref<>> dict_method_clear(Vm&, Args args)
    {
        dict_clear(self_dict(args));
        return new_none();
    }

    Result<Ref<>> dict_method_copy(Vm& vm, Args args)
    {
        Ref<Dict> copy = TRY(dict_copy(vm, self_dict(args)));
        return Ref<>(std::move(copy));
    }

    Result<Ref<>> dict_fromkeys(Vm& vm, Args args)
    {
        Value type = args[0];
        Value iterable = args[1];
        Value value = args[2];
        Ref<> result = TRY(call(vm, type, {}));
        if (is_exact_dict(result)) {
            Dict& dict = as_dict(result);
            // Known sizes presize the table as CPython does (visible in sys.getsizeof).
            if (is_exact_dict(iterable) && dict.size == 0) {
                Dict& source = as_dict(iterable);
                TRY(resize(
                    vm, dict, log2_size_estimate(source.size), !source.storage || source.storage->unicode));
                for (int64_t i = 0; source.storage && i < source.storage->entry_count; ++i) {
                    DictEntry const& entry = source.storage->entries()[i];
                    if (!entry.key.is_null())
                        TRY(insert(vm, dict, entry.key, entry.hash, value));
                }
                return result;
            }
            bool exact_set = iterable.is_object()
                && (iterable.type() == &set_type || iterable.type() == &frozenset_type);
            if (exact_set && dict.size == 0) {
                Set& source = as_set(iterable);
                TRY(resize(vm, dict, log2_size_estimate(source.size), false));
                int64_t position = 0;
                Value key;
                while (set_next(source, position, key))
                    TRY(dict_set_item(vm, dict, key, value));
                return result;
            }
        }
        Ref<> iterator = TRY(get_iter(vm, iterable));
        for (;;) {
            Ref<> key = TRY(iter_next(vm, iterator));
            if (!key)
                break;
            if (is_exact_dict(result))
                TRY(dict_set_item(vm, as_dict(result), key, value));
            else
                TRY(set_item(vm, result, key, value));
        }
        return result;
    }

    constexpr NativeMethod dict_methods[] = {
        {"__new__($type, *args, **kwargs)", dict_new, MethodKind::Static},
        {"__init__($self, /, *args, **kwargs)", dict_init},
        {"__getitem__($self, key, /)", dict_getitem},
        {"__setitem__($self, key, value, /)", dict_setitem},
        {"__delitem__($self, key, /)", dict_delitem},
        {"__contains__($self, key, /)", dict_method_contains},
        {"__len__($self, /)", dict_len},
        {"__iter__($self, /)", dict_iter},
        {"__reversed__($self, /)", dict_reversed},
        {"__repr__($self, /)", dict_repr},
        {"__eq__($self, value, /)", dict_eq},
        {"__ne__($self, value, /)", dict_ne},
        {"__or__($self, value, /)", dict_or},
        {"__ror__($self, value, /)", dict_ror},
        {"__ior__($self, value, /)", dict_ior},
        {"__sizeof__($self, /)", dict_sizeof},
        {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
        {"get($self, key, default=None, /)", dict_method_get},
        {"setdefault($self, key, default=None, /)", dict_method_setdefault},
        {"pop($self, key, default=?, /)", dict_method_pop},
        {"popitem($self, /)", dict_popitem},
        {"keys($self, /)", dict_method_keys},
        {"values($self, /)", dict_method_values},
        {"items($self, /)", dict_method_items},
        {"update($self, /, *args, **kwargs)", dict_method_update},
        {"clear($self, /)", dict_method_clear},
        {"copy($self, /)", dict_method_copy},
        {"fromkeys($type, iterable, value=None, /)", dict_fromkeys, MethodKind::Class},
    };

    // Whether iterating `value` (a dict or subclass) is dict's own iteration, so its
    // table can be read directly (CPython checks tp_iter == dict_iter).
    bool has_dict_iteration(Value value)
    {
        Type* type = value.type();
        return type == &dict_type
            || type->lookup_special(SpecialMethod::Iter).is(dict_type.lookup_special(SpecialMethod::Iter));
    }

} // namespace

Type dict_type;
extern TypeSpec const dict_type_spec;
TypeSpec const dict_type_spec = {
    .name = "dict",
    .instance_size = sizeof(Dict),
    .flags = TypeBaseType | TypeHasGc | TypeMapping | TypeDictSubclass | TypeUnhashable,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .methods = dict_methods,
    .destruct = dict_destruct,
    .traverse = dict_traverse,
    .clear = dict_clear_references,
};

} // namespace taipan
