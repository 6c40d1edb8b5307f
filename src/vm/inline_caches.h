// Inline caches: what the interpreter remembers in the cache units that follow an
// instruction (bytecode/opcodes.def gives their count; the compiler zeroes them). A
// cache only ever speeds an instruction up: every use revalidates it, and a cache that
// does not apply sends the instruction down its general path, which refills it.
#pragma once

#include "bytecode/opcode.h"
#include "objects/dict.h"
#include "objects/dict_storage.h"
#include "objects/str.h"
#include "support/result.h"
#include "vm/gc.h"

#include <cstdint>

namespace taipan {

class Vm;
struct Frame;
struct Str;

// LoadGlobal: two units read as one 64-bit word C.
//   C == 0                      nothing cached yet
//   bit 63 clear                the name is entry C - 1 of the globals dict
//   bit 63 set                  the name is entry (C & index mask) of the builtins dict,
//                               and absent from a globals dict whose version is
//                               (C >> index_bits) & version mask
// Entries are revalidated by key identity (names are interned), so a globals hit is
// right for whatever dict the frame has; a builtins hit also needs the globals version,
// which is unique among all dict states of the Vm.
namespace global_cache {
    constexpr uint64_t builtins_flag = uint64_t {1} << 63;
    constexpr int index_bits = 23;
    constexpr uint64_t index_mask = (uint64_t {1} << index_bits) - 1;
    constexpr int version_bits = 40;
    constexpr uint64_t version_mask = (uint64_t {1} << version_bits) - 1;
} // namespace global_cache

inline uint64_t read_cache_word(CodeWord const* units)
{
    return units[0] | (uint64_t(units[1]) << 32);
}
inline void write_cache_word(CodeWord* units, uint64_t value)
{
    units[0] = CodeWord(value);
    units[1] = CodeWord(value >> 32);
}

// The global `name` (borrowed) if the cache word still applies, else null.
inline Value probe_global_cache(uint64_t cache, Dict& globals, Dict* builtins, Str& name)
{
    using namespace global_cache;
    if (!(cache & builtins_flag))
        return dict_entry_value_if_key(globals, cache - 1, Value(&name));
    if (!builtins || globals.version != ((cache >> index_bits) & version_mask))
        return {};
    return dict_entry_value_if_key(*builtins, cache & index_mask, Value(&name));
}

// LoadGlobal's general path: looks the name up (NameError when absent) and fills the
// cache units when the result can be cached.
Result<Ref<>> load_global_and_cache(Vm&, Frame&, Str& name, CodeWord* units);

// LoadAttr, StoreAttr and LoadMethod: four units. Units 0-1 hold the version of the
// object's type (a cache applies only while it matches: any change to the class or a
// base changes it), unit 2 the kind and unit 3 its data; LoadMethod keeps the method
// (borrowed from the class dict, alive while the version holds) in units 2-3 instead.
// Only types with a fixed layout (no variable-sized base) and the generic attribute
// protocol are cached.
namespace attribute_cache {
    enum Kind : uint32_t {
        Empty = 0,
        // No class attribute of that name: the value lives in the instance __dict__ (at
        // byte offset unit 3 of the object); unit 2's high 24 bits remember the entry
        // position last seen, revalidated by key identity.
        InstanceDict = 1,
        // A __slots__ member: the value is at byte offset unit 3 of the object.
        Slot = 2,
    };
    constexpr int kind_bits = 8;
    constexpr uint32_t max_hint = (uint32_t {1} << 24) - 1;
} // namespace attribute_cache

inline Value& object_field(Value object, uint32_t offset)
{
    return *reinterpret_cast<Value*>(reinterpret_cast<char*>(object.as_object()) + offset);
}

// The attribute (borrowed) when LoadAttr's cache applies to `object` (an object whose
// type's version matched units 0-1), else null.
inline Value probe_attribute_cache(CodeWord const* units, Value object, Str& name)
{
    using namespace attribute_cache;
    uint32_t kind = units[2] & ((1u << kind_bits) - 1);
    if (kind == Slot)
        return object_field(object, units[3]);
    if (kind != InstanceDict)
        return {};
    Value dict = object_field(object, units[3]);
    if (!dict)
        return {};
    return dict_entry_value_if_key(as_dict(dict), units[2] >> kind_bits, Value(&name));
}

// StoreAttr's cached store (taking over the reference to `value`); false when the cache
// does not apply.
inline bool store_with_attribute_cache(CodeWord const* units, Value object, Str& name, Value value)
{
    using namespace attribute_cache;
    uint32_t kind = units[2] & ((1u << kind_bits) - 1);
    Value* field;
    if (kind == Slot) {
        field = &object_field(object, units[3]);
    } else if (kind == InstanceDict) {
        Value dict = object_field(object, units[3]);
        if (!dict)
            return false;
        // A dict of atomic values is left untracked by the collector; storing a
        // container into it needs the general path, which tracks it again.
        if (value.is_object() && value.type()->has_flag(TypeHasGc) && !gc_is_tracked(dict))
            return false;
        DictStorage* storage = as_dict(dict).storage;
        uint32_t hint = units[2] >> kind_bits;
        if (!storage || hint >= uint64_t(storage->entry_count)
            || !storage->entries()[hint].key.is(Value(&name)))
            return false;
        field = &storage->entries()[hint].value;
    } else {
        return false;
    }
    Value old = *field;
    *field = value;
    xdecref(old);
    return true;
}

// The general paths: the full attribute protocol, then the cache filled for next time.
Result<Ref<>> load_attribute_and_cache(Vm&, Value object, Str& name, CodeWord* units);
Result<void> store_attribute_and_cache(Vm&, Value object, Str& name, Value value, CodeWord* units);
// LoadMethod: the unbound method when `name` is a plain method of the object's class
// that the instance does not shadow (then units 2-3 remember it), else null.
Value find_method_and_cache(Vm&, Value object, Str& name, CodeWord* units);

// LoadMethod's check that the cached method still applies: the class is unchanged
// (checked by the caller) and the instance __dict__, if any, lacks the name.
inline Value probe_method_cache(CodeWord const* units, Value object, Str& name)
{
    Type const& type = *object.as_object()->type;
    if (type.dict_offset) {
        Value dict = object_field(object, uint32_t(type.dict_offset));
        if (dict && as_dict(dict).size && dict_find_str_entry(as_dict(dict), name) != dict_index_empty)
            return {};
    }
    return Value::from_bits(read_cache_word(units + 2));
}

} // namespace taipan
