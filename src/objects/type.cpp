// Types: allocation of instances, set-up of the static builtin types, MRO lookup, the
// special-method table, the generic attribute protocol, and heap types made by `class`
// statements (C3 linearization, instance layout, __slots__).
#include "objects/type.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/live_objects.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"
#include "vm/runtime_setup.h"
#include "vm/vm.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>

namespace taipan {

// --- allocation ---

static constexpr size_t max_instance_bytes = size_t {1} << 46;

Result<Object*> allocate_instance(Vm& vm, Type& type, size_t extra_bytes)
{
    size_t size = type.instance_size + extra_bytes;
    if (extra_bytes > max_instance_bytes)
        return vm.raise(ExceptionKind::MemoryError, "");
    bool has_gc = type.has_flag(TypeHasGc);
    size_t total = size + (has_gc ? sizeof(GcHeader) : 0);
    void* memory = vm.object_pool().allocate(total);
    if (!memory)
        return vm.raise(ExceptionKind::MemoryError, "");
    Object* object;
    if (has_gc) {
        auto* header = new (memory) GcHeader;
        object = header->object();
    } else {
        object = static_cast<Object*>(memory);
    }
    object->refcount = 1;
    object->type = &type;
    note_object_allocated(object);
    if (type.is_heap())
        incref(&type);
    if (has_gc)
        gc_track(vm, object);
    return object;
}

void free_instance(Object* object)
{
    note_object_freed(object);
    Type* type = object->type;
    if (type->has_flag(TypeHasGc)) {
        GcHeader* header = GcHeader::of(object);
        if (header->tracked)
            gc_untrack(object);
        SmallObjectPool::release(header);
    } else {
        SmallObjectPool::release(object);
    }
}

// Runs __del__ for heap types (PEP 442: once), then the C++ destructor, then frees.
void run_finalizer(Object*);

void destroy_object(Object* object)
{
    Type* type = object->type;
    if (type == &float_type) {
        Vm* vm = Vm::current_or_null();
        if (vm && vm->float_free_list.keep(static_cast<FloatObject*>(object)))
            return;
    }
    if (type->is_heap() && !type->lookup_special(SpecialMethod::Del).is_null()) {
        run_finalizer(object);
        // __del__ may have resurrected the object.
        if (object->refcount > 0)
            return;
    }
    if (type->destruct)
        type->destruct(object);
    free_instance(object);
    if (type->is_heap())
        decref(type);
}

// --- lookup and the special-method table ---

static Value type_lookup_uncached(Type const& type, Str& name)
{
    if (!type.mro) {
        // During set-up of a type, before its MRO exists.
        if (!type.dict)
            return {};
        auto found = dict_get_str(Vm::current(), *type.dict, name);
        return found.is_error() ? Value {} : found.value();
    }
    for (Value base : type.mro->span()) {
        Type& klass = *static_cast<Type*>(base.as_object());
        if (!klass.dict)
            continue;
        auto found = dict_get_str(Vm::current(), *klass.dict, name);
        if (found.is_error()) {
            (void)Vm::current().take_pending_exception();
            continue;
        }
        if (found.value())
            return found.value();
    }
    return {};
}

Value type_lookup(Type const& type, Str& name)
{
    // Only interned names are cached: they live as long as the Vm, so an entry's name
    // pointer can never be reused by another str. Types being built (version 0 or no
    // MRO yet) are not cached.
    if (type.version == 0 || !type.mro || !name.is_interned)
        return type_lookup_uncached(type, name);
    TypeLookupCache::Entry& entry = Vm::current().type_lookup_cache().entry(type.version, name);
    if (entry.version == type.version && entry.name == &name)
        return entry.value;
    Value found = type_lookup_uncached(type, name);
    entry = {type.version, &name, found};
    return found;
}

char const* special_method_name(SpecialMethod method)
{
    static char const* const names[] = {
#define TAIPAN_SPECIAL(name, python_name) python_name,
#include "objects/special_methods.def"
#undef TAIPAN_SPECIAL
    };
    return names[static_cast<int>(method)];
}

static void update_specials(Vm& vm, Type& type)
{
    for (int index = 0; index < special_method_count; ++index) {
        Ref<Str> name = vm.intern(special_method_name(static_cast<SpecialMethod>(index)));
        type.special[index] = type_lookup(type, *name);
    }
}

void update_attribute_hooks(Type&);

static uint64_t next_type_version()
{
    static std::atomic<uint64_t> counter {1};
    return counter.fetch_add(1, std::memory_order_relaxed);
}

void type_modified(Type& type)
{
    Vm& vm = Vm::current();
    type.version = next_type_version();
    update_specials(vm, type);
    if (type.is_heap())
        update_attribute_hooks(type);
    for (Type* subclass : type.subclasses)
        type_modified(*subclass);
}

std::string_view type_short_name(Type const& type)
{
    std::string_view name = type.name;
    if (!type.is_heap()) {
        size_t dot = name.rfind('.');
        if (dot != std::string_view::npos)
            name.remove_prefix(dot + 1);
    }
    return name;
}

// --- builtin types ---

// Flags subclasses inherit: the fast-subclass families and the pattern-matching kinds.
static constexpr uint32_t inherited_flags = TypeIntSubclass | TypeStrSubclass | TypeBytesSubclass
    | TypeTupleSubclass | TypeListSubclass | TypeDictSubclass | TypeTypeSubclass | TypeExceptionSubclass
    | TypeFloatSubclass | TypeSequence | TypeMapping | TypeHasGc;

Result<Ref<>> make_method_descriptor(Vm&, NativeMethod const&, Type& owner);
Result<Ref<>> make_getset_descriptor(Vm&, NativeProperty const&, Type& owner);

void initialize_builtin_type(Type& type, TypeSpec const& spec)
{
    Vm& vm = Vm::current();
    type.refcount = Object::immortal_refcount;
    type.type = &type_type;
    type.name = spec.name;
    type.doc = spec.doc;
    type.base = (&type == &object_type) ? nullptr : (spec.base ? spec.base : &object_type);
    type.flags = spec.flags | TypeImmutable;
    if (type.base)
        type.flags |= type.base->flags & inherited_flags;
    type.instance_size = spec.instance_size;
    type.destruct = spec.destruct ? spec.destruct : (type.base ? type.base->destruct : nullptr);
    type.traverse = spec.traverse ? spec.traverse : (type.base ? type.base->traverse : nullptr);
    type.clear = spec.clear ? spec.clear : (type.base ? type.base->clear : nullptr);
    type.getattr = spec.getattr ? spec.getattr : (type.base ? type.base->getattr : generic_getattr);
    type.setattr = spec.setattr ? spec.setattr : (type.base ? type.base->setattr : generic_setattr);
    type.dict_offset = spec.dict_offset;
    type.construct = spec.construct;
    if (type.base) {
        if (!type.dict_offset)
            type.dict_offset = type.base->dict_offset;
        // A variable-sized type (str, bytes) sets its own before set-up.
        if (!type.variable_size)
            type.variable_size = type.base->variable_size;
    }
    type.version = next_type_version();

    type.qualname = vm.intern(type_short_name(type));
    type.dict = MUST(new_dict(vm));
    for (NativeMethod const& method : spec.methods) {
        Ref<> descriptor = MUST(make_method_descriptor(vm, method, type));
        Signature const& signature
            = *static_cast<NativeFunctionObject*>(descriptor.value().as_object())->signature;
        MUST(dict_set_item(vm, *type.dict, signature.name, descriptor));
        make_immortal(descriptor.leak());
    }
    for (NativeProperty const& property : spec.properties) {
        Ref<> descriptor = MUST(make_getset_descriptor(vm, property, type));
        MUST(dict_set_item(vm, *type.dict, vm.intern(property.name), descriptor));
        make_immortal(descriptor.leak());
    }
    if (spec.flags & TypeUnhashable)
        MUST(dict_set_item(vm, *type.dict, vm.intern("__hash__"), none()));
    if (!type_lookup(type, *vm.intern("__doc__"))) {
        Ref<> doc = spec.doc ? Ref<>(MUST(new_str(vm, spec.doc))) : new_none();
        MUST(dict_set_item(vm, *type.dict, vm.intern("__doc__"), doc));
        make_immortal(doc.leak());
    }
    make_immortal(type.dict.value());

    if (type.base) {
        type.bases = MUST(new_tuple(vm, {Value(type.base)}));
        Tuple& base_mro = *type.base->mro;
        Ref<Tuple> mro = MUST(allocate_tuple(vm, base_mro.size + 1));
        mro->items()[0] = Value(&type);
        for (int64_t index = 0; index < base_mro.size; ++index)
            mro->items()[index + 1] = base_mro[index];
        type.mro = std::move(mro);
        type.base->subclasses.push_back(&type);
    } else {
        type.bases = empty_tuple();
        type.mro = MUST(new_tuple(vm, {Value(&type)}));
    }
    make_immortal(type.bases.value());
    make_immortal(type.mro.value());
    update_specials(vm, type);
}

// --- descriptors ---

Result<Ref<>> descriptor_get(Vm& vm, Value descriptor, Value instance, Type& owner)
{
    Type* descriptor_type = descriptor.type();
    if (descriptor_type == &function_type) {
        if (instance.is_null())
            return ref(descriptor);
        return new_method(vm, descriptor, instance);
    }
    Value getter = descriptor_type->lookup_special(SpecialMethod::Get);
    if (getter.is_null())
        return ref(descriptor);
    Value arguments[] = {instance.is_null() ? none() : instance, Value(&owner)};
    return call_special(vm, SpecialMethod::Get, descriptor, arguments);
}

static bool is_data_descriptor(Value descriptor)
{
    Type* type = descriptor.type();
    return !type->lookup_special(SpecialMethod::Set).is_null()
        || !type->lookup_special(SpecialMethod::Delete).is_null();
}

// --- instance dicts and the generic attribute protocol ---

size_t Type::dict_position(Object const* object) const
{
    if (!variable_size)
        return dict_offset;
    // The variable part of the solid base comes first; the subclass fields follow it.
    Type const* solid = this;
    while (solid->is_heap())
        solid = solid->base;
    return variable_size(object) + (dict_offset - solid->instance_size);
}

size_t Type::slots_position(Object const* object) const
{
    if (!variable_size)
        return slots_offset;
    Type const* solid = this;
    while (solid->is_heap())
        solid = solid->base;
    return variable_size(object) + (slots_offset - solid->instance_size);
}

Dict* instance_dict(Vm& vm, Value object, bool create)
{
    if (!object.is_object())
        return nullptr;
    Object* instance = object.as_object();
    Type* type = instance->type;
    if (type->dict_offset == 0)
        return nullptr;
    auto* slot
        = reinterpret_cast<Ref<Dict>*>(reinterpret_cast<char*>(instance) + type->dict_position(instance));
    if (!*slot && create) {
        auto made = new_dict(vm);
        if (made.is_error()) {
            (void)vm.take_pending_exception();
            return nullptr;
        }
        *slot = made.release_value();
    }
    return slot->get();
}

// Fills AttributeError's name and obj, which CPython 3.11 sets for "Did you mean"
// suggestions.
static void set_attribute_error_context(Vm& vm, Value object, Str& name)
{
    Value pending = vm.pending_exception();
    if (!pending.is_object() || !is_subtype(pending.type(), &exception_type(ExceptionKind::AttributeError)))
        return;
    auto& error = *static_cast<AttributeErrorObject*>(pending.as_object());
    error.name = ref(Value(&name));
    error.obj = ref(object);
}

static Raised raise_no_attribute(Vm& vm, Value object, Str& name)
{
    std::string message;
    Type* type = object.type();
    if (type == &type_type || type->has_flag(TypeTypeSubclass))
        message = "type object '" + std::string(static_cast<Type*>(object.as_object())->name)
            + "' has no attribute '" + str_to_utf8(name) + "'";
    else
        message = "'" + std::string(type_short_name(*type)) + "' object has no attribute '"
            + str_to_utf8(name) + "'";
    (void)vm.raise(ExceptionKind::AttributeError, message);
    set_attribute_error_context(vm, object, name);
    return Raised {ExceptionPending {}};
}

Result<Ref<>> generic_getattr(Vm& vm, Value object, Str& name)
{
    Type& type = *object.type();
    Value descriptor = type_lookup(type, name);
    if (descriptor && is_data_descriptor(descriptor))
        return descriptor_get(vm, descriptor, object, type);
    if (Dict* dict = instance_dict(vm, object, false)) {
        Value found = TRY(dict_get_str(vm, *dict, name));
        if (found)
            return ref(found);
    }
    if (descriptor)
        return descriptor_get(vm, descriptor, object, type);
    return raise_no_attribute(vm, object, name);
}

Result<void> generic_setattr(Vm& vm, Value object, Str& name, Value value)
{
    Type& type = *object.type();
    Value descriptor = type_lookup(type, name);
    if (descriptor) {
        Type* descriptor_type = descriptor.type();
        SpecialMethod method = value.is_null() ? SpecialMethod::Delete : SpecialMethod::Set;
        if (!descriptor_type->lookup_special(method).is_null()) {
            if (value.is_null()) {
                TRY(call_special(vm, method, descriptor, {&object, 1}));
            } else {
                Value arguments[] = {object, value};
                TRY(call_special(vm, method, descriptor, arguments));
            }
            return {};
        }
        if (is_data_descriptor(descriptor)) {
            // A data descriptor without the needed half (a property with no setter is
            // handled by the property itself): CPython says the attribute is read-only.
            return vm.raise(ExceptionKind::AttributeError,
                "'" + std::string(type_short_name(type)) + "' object attribute '" + str_to_utf8(name)
                    + "' is read-only");
        }
    }
    Dict* dict = instance_dict(vm, object, true);
    if (!dict) {
        if (descriptor)
            return vm.raise(ExceptionKind::AttributeError,
                "'" + std::string(type_short_name(type)) + "' object attribute '" + str_to_utf8(name)
                    + "' is read-only");
        return raise_no_attribute(vm, object, name);
    }
    if (value.is_null()) {
        bool removed = TRY(dict_delete_item(vm, *dict, Value(&name)));
        if (!removed)
            return raise_no_attribute(vm, object, name);
        return {};
    }
    return dict_set_item(vm, *dict, Value(&name), value);
}

bool is_subtype(Type const* type, Type const* base)
{
    if (type == base)
        return true;
    if (!type->mro) {
        for (Type const* walk = type; walk; walk = walk->base)
            if (walk == base)
                return true;
        return false;
    }
    for (Value entry : type->mro->span())
        if (entry.as_object() == base)
            return true;
    return false;
}

} // namespace taipan
