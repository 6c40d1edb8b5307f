// The general paths of cached instructions: they do the full lookup and leave in the
// instruction's cache units what lets the next run skip it (vm/inline_caches.h).
#include "vm/inline_caches.h"

#include "objects/function.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/frame.h"
#include "vm/interpreter_support.h"
#include "vm/vm.h"

namespace taipan {

Result<Ref<>> load_global_and_cache(Vm& vm, Frame& frame, Str& name, CodeWord* units)
{
    using namespace global_cache;
    Dict& globals = *frame.globals;
    int64_t index = name.is_interned ? dict_find_str_entry(globals, name) : -2;
    if (index >= 0 && dict_entry_value_if_key(globals, uint64_t(index), Value(&name))) {
        write_cache_word(units, uint64_t(index) + 1);
        return ref(dict_entry_value_if_key(globals, uint64_t(index), Value(&name)));
    }
    if (index == dict_index_empty && frame.builtins) {
        int64_t found = dict_find_str_entry(*frame.builtins, name);
        Value value
            = found >= 0 ? dict_entry_value_if_key(*frame.builtins, uint64_t(found), Value(&name)) : Value {};
        if (value && uint64_t(found) <= index_mask && globals.version <= version_mask) {
            write_cache_word(units, builtins_flag | (globals.version << index_bits) | uint64_t(found));
            return ref(value);
        }
    }
    write_cache_word(units, 0);
    return load_global(vm, frame, name);
}

namespace {

    // Can attribute accesses on instances of `type` be cached at all?
    bool cacheable_type(Type const& type, Str& name)
    {
        return type.version != 0 && name.is_interned && !type.variable_size && type.getattr == generic_getattr
            && type.setattr == generic_setattr;
    }

    void write_attribute_cache(
        CodeWord* units, Type const& type, uint32_t kind, uint32_t hint, uint32_t offset)
    {
        write_cache_word(units, type.version);
        units[2] = kind | (hint << attribute_cache::kind_bits);
        units[3] = offset;
    }

    // Fills an attribute cache for `name` on `object` after a successful access.
    void remember_attribute(Value object, Str& name, CodeWord* units)
    {
        using namespace attribute_cache;
        write_cache_word(units, 0);
        if (!object.is_object())
            return;
        Type const& type = *object.type();
        if (!cacheable_type(type, name))
            return;
        Value descriptor = type_lookup(type, name);
        if (!descriptor) {
            if (!type.dict_offset)
                return;
            Value dict = object_field(object, uint32_t(type.dict_offset));
            int64_t index = dict ? dict_find_str_entry(as_dict(dict), name) : -1;
            if (index < 0 || uint64_t(index) > max_hint)
                return;
            write_attribute_cache(units, type, InstanceDict, uint32_t(index), uint32_t(type.dict_offset));
            return;
        }
        if (auto index = slot_member_index(descriptor))
            write_attribute_cache(units, type, Slot, 0, uint32_t(type.slots_offset + *index * sizeof(Value)));
    }

} // namespace

namespace {

    // An instance-dict cache made for one class also serves other classes with the same
    // layout whose MRO lacks the name (a polymorphic site: a base-class method run on
    // instances of several subclasses). The entry, or null when the cache cannot serve.
    DictEntry* shared_instance_entry(Value object, Str& name, CodeWord* units)
    {
        using namespace attribute_cache;
        if (read_cache_word(units) == 0 || (units[2] & ((1u << kind_bits) - 1)) != InstanceDict
            || !object.is_object())
            return nullptr;
        Type const& type = *object.type();
        if (uint32_t(type.dict_offset) != units[3] || !cacheable_type(type, name) || type_lookup(type, name))
            return nullptr;
        Value dict = object_field(object, units[3]);
        if (!dict)
            return nullptr;
        DictStorage* storage = as_dict(dict).storage;
        uint32_t hint = units[2] >> kind_bits;
        if (storage && hint < uint64_t(storage->entry_count)) {
            DictEntry& entry = storage->entries()[hint];
            if (entry.key.is(Value(&name)) && entry.value)
                return &entry;
        }
        // This instance keeps the name elsewhere: look it up and remember where.
        int64_t index = dict_find_str_entry(as_dict(dict), name);
        if (index < 0 || uint64_t(index) > max_hint)
            return nullptr;
        units[2] = InstanceDict | (uint32_t(index) << kind_bits);
        return &as_dict(dict).storage->entries()[index];
    }

} // namespace

Result<Ref<>> load_attribute_and_cache(Vm& vm, Value object, Str& name, CodeWord* units)
{
    if (DictEntry* entry = shared_instance_entry(object, name, units))
        return ref(entry->value);
    Ref<> result = TRY(object.type()->getattr(vm, object, name));
    remember_attribute(object, name, units);
    return result;
}

Result<void> store_attribute_and_cache(Vm& vm, Value object, Str& name, Value value, CodeWord* units)
{
    // A container stored into an untracked dict needs the general path (see
    // store_with_attribute_cache).
    if (!(value.is_object() && value.type()->has_flag(TypeHasGc))) {
        if (DictEntry* entry = shared_instance_entry(object, name, units)) {
            Value old = entry->value;
            incref(value);
            entry->value = value;
            decref(old);
            return {};
        }
    }
    TRY(object.type()->setattr(vm, object, name, value));
    remember_attribute(object, name, units);
    return {};
}

Value find_method_and_cache(Vm& vm, Value object, Str& name, CodeWord* units)
{
    write_cache_word(units, 0);
    Type& type = *object.type();
    if (type.getattr != generic_getattr)
        return {};
    Value descriptor = type_lookup(type, name);
    if (!descriptor)
        return {};
    bool usable = descriptor.type() == &function_type
        || (descriptor.type() == &method_descriptor_type
            && static_cast<NativeFunctionObject*>(descriptor.as_object())->definition->kind
                == MethodKind::Instance);
    if (!usable)
        return {};
    if (Dict* dict = instance_dict(vm, object, false)) {
        int64_t index = dict_find_str_entry(*dict, name);
        if (index != dict_index_empty)
            return {}; // shadowed, or only the general lookup can tell
    }
    // probe_method_cache finds the __dict__ at a fixed offset: variable-sized layouts
    // (str, tuple, bytes, big int) are cached only when their instances have no __dict__.
    bool fixed_dict = !type.variable_size || type.dict_offset == 0;
    if (object.is_object() && type.version != 0 && name.is_interned && fixed_dict) {
        write_cache_word(units, type.version);
        write_cache_word(units + 2, descriptor.bits());
    }
    return descriptor;
}

} // namespace taipan
