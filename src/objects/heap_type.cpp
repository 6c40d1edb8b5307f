// Heap types: classes made by `class` statements and type(name, bases, dict). Computes
// the C3 MRO, picks the solid base that decides the instance layout, adds __dict__ and
// __slots__ storage after the base's part, and installs the attribute hooks that call
// Python-level __getattribute__/__getattr__/__setattr__ overrides.
#include "compiler/symtable.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/vm.h"

#include <algorithm>
#include <vector>

namespace taipan {

static Type& as_type(Value value)
{
    return *static_cast<Type*>(value.as_object());
}

// --- C3 linearization ---

static Result<Ref<Tuple>> compute_c3_mro(Vm& vm, Type& type, Tuple& bases)
{
    std::vector<std::vector<Type*>> sequences;
    for (Value base : bases.span()) {
        std::vector<Type*> sequence;
        for (Value entry : as_type(base).mro->span())
            sequence.push_back(&as_type(entry));
        sequences.push_back(std::move(sequence));
    }
    std::vector<Type*> base_list;
    for (Value base : bases.span())
        base_list.push_back(&as_type(base));
    sequences.push_back(base_list);

    std::vector<Type*> result {&type};
    while (true) {
        bool any_left = false;
        for (auto& sequence : sequences)
            any_left |= !sequence.empty();
        if (!any_left)
            break;
        Type* candidate = nullptr;
        for (auto& sequence : sequences) {
            if (sequence.empty())
                continue;
            Type* head = sequence.front();
            bool in_tail = false;
            for (auto& other : sequences)
                if (std::find(other.begin() + (other.empty() ? 0 : 1), other.end(), head) != other.end())
                    in_tail = true;
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            std::string message = "Cannot create a consistent method resolution\norder (MRO) for bases";
            std::vector<Type*> listed;
            for (auto& sequence : sequences) {
                if (sequence.empty()
                    || std::find(listed.begin(), listed.end(), sequence.front()) != listed.end())
                    continue;
                listed.push_back(sequence.front());
                message
                    += (listed.size() == 1 ? " " : ", ") + std::string(type_short_name(*sequence.front()));
            }
            return vm.raise(ExceptionKind::TypeError, message);
        }
        result.push_back(candidate);
        for (auto& sequence : sequences)
            if (!sequence.empty() && sequence.front() == candidate)
                sequence.erase(sequence.begin());
    }
    Ref<Tuple> mro = TRY(allocate_tuple(vm, int64_t(result.size())));
    for (size_t index = 0; index < result.size(); ++index) {
        mro->items()[index] = Value(result[index]);
        incref(result[index]);
    }
    return mro;
}

// --- layout ---

// The type that decides the memory layout of `type`'s instances: the nearest ancestor
// that is native or adds __slots__ of its own.
static Type* solid_base(Type* type)
{
    while (type->is_heap() && type->base && type->slots_count == type->base->slots_count)
        type = type->base;
    return type;
}

static Result<Type*> best_base(Vm& vm, Tuple& bases)
{
    Type* winner = nullptr;
    Type* winner_solid = nullptr;
    for (Value entry : bases.span()) {
        Type& base = as_type(entry);
        if (!base.has_flag(TypeBaseType))
            return vm.raise(ExceptionKind::TypeError,
                "type '" + std::string(type_short_name(base)) + "' is not an acceptable base type");
        Type* solid = solid_base(&base);
        if (!winner_solid || is_subtype(solid, winner_solid)) {
            winner = &base;
            winner_solid = solid;
        } else if (!is_subtype(winner_solid, solid)) {
            return vm.raise(ExceptionKind::TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    return winner;
}

static Value* slot_values(Object* object)
{
    Type* type = object->type;
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + type->slots_position(object));
}

static Ref<Dict>* heap_dict_slot(Object* object)
{
    Type* type = object->type;
    if (type->dict_offset == 0 || native_solid_base(type)->dict_offset != 0)
        return nullptr;
    return reinterpret_cast<Ref<Dict>*>(reinterpret_cast<char*>(object) + type->dict_position(object));
}

static void heap_destruct(Object* object)
{
    Type* type = object->type;
    if (Ref<Dict>* dict = heap_dict_slot(object))
        *dict = nullptr;
    Value* slots = slot_values(object);
    for (uint32_t index = 0; index < type->slots_count; ++index)
        xdecref(std::exchange(slots[index], Value {}));
    Type* native = native_solid_base(type);
    if (native->destruct)
        native->destruct(object);
}

static void heap_traverse(Object* object, VisitFunction visit, void* context)
{
    Type* type = object->type;
    visit(Value(type), context);
    if (Ref<Dict>* dict = heap_dict_slot(object); dict && *dict)
        visit(dict->value(), context);
    Value* slots = slot_values(object);
    for (uint32_t index = 0; index < type->slots_count; ++index)
        if (slots[index])
            visit(slots[index], context);
    Type* native = native_solid_base(type);
    if (native->traverse)
        native->traverse(object, visit, context);
}

static void heap_clear(Object* object)
{
    Type* type = object->type;
    if (Ref<Dict>* dict = heap_dict_slot(object))
        *dict = nullptr;
    Value* slots = slot_values(object);
    for (uint32_t index = 0; index < type->slots_count; ++index)
        xdecref(std::exchange(slots[index], Value {}));
    Type* native = native_solid_base(type);
    if (native->clear)
        native->clear(object);
}

// --- attribute hooks calling Python overrides ---

static Value object_getattribute_descriptor()
{
    static Value cached;
    if (!cached)
        cached = object_type.lookup_special(SpecialMethod::GetAttribute);
    return cached;
}

static Value object_setattr_descriptor()
{
    static Value cached;
    if (!cached)
        cached = object_type.lookup_special(SpecialMethod::SetAttr);
    return cached;
}

static Value object_delattr_descriptor()
{
    static Value cached;
    if (!cached)
        cached = object_type.lookup_special(SpecialMethod::DelAttr);
    return cached;
}

static Result<Ref<>> slot_getattr(Vm& vm, Value object, Str& name)
{
    Type& type = *object.type();
    Value getattribute = type.lookup_special(SpecialMethod::GetAttribute);
    Result<Ref<>> result = Ref<> {};
    if (getattribute.is(object_getattribute_descriptor()) || getattribute.is_null()) {
        result = native_solid_base(&type)->getattr(vm, object, name);
    } else {
        Value name_value(&name);
        result = call_special(vm, SpecialMethod::GetAttribute, object, {&name_value, 1});
    }
    if (!result.is_error() || type.lookup_special(SpecialMethod::GetAttr).is_null())
        return result;
    if (!vm.clear_pending_if(ExceptionKind::AttributeError))
        return result;
    Value name_value(&name);
    return call_special(vm, SpecialMethod::GetAttr, object, {&name_value, 1});
}

static Result<void> slot_setattr(Vm& vm, Value object, Str& name, Value value)
{
    Type& type = *object.type();
    Value name_value(&name);
    if (value.is_null()) {
        Value method = type.lookup_special(SpecialMethod::DelAttr);
        if (method.is(object_delattr_descriptor()) || method.is_null())
            return native_solid_base(&type)->setattr(vm, object, name, value);
        TRY(call_special(vm, SpecialMethod::DelAttr, object, {&name_value, 1}));
        return {};
    }
    Value method = type.lookup_special(SpecialMethod::SetAttr);
    if (method.is(object_setattr_descriptor()) || method.is_null())
        return native_solid_base(&type)->setattr(vm, object, name, value);
    Value arguments[] = {name_value, value};
    TRY(call_special(vm, SpecialMethod::SetAttr, object, arguments));
    return {};
}

void update_attribute_hooks(Type& type)
{
    Type* native = native_solid_base(&type);
    bool custom_get = !type.lookup_special(SpecialMethod::GetAttr).is_null()
        || !type.lookup_special(SpecialMethod::GetAttribute).is(object_getattribute_descriptor());
    type.getattr = custom_get ? slot_getattr : native->getattr;
    bool custom_set = !type.lookup_special(SpecialMethod::SetAttr).is(object_setattr_descriptor())
        || !type.lookup_special(SpecialMethod::DelAttr).is(object_delattr_descriptor());
    type.setattr = custom_set ? slot_setattr : native->setattr;
}

// --- __dict__ of instances ---

Result<Ref<>> make_getset_descriptor(Vm&, NativeProperty const&, Type& owner);

static Result<Ref<>> instance_dict_get(Vm& vm, Value self)
{
    Dict* dict = instance_dict(vm, self, true);
    if (!dict)
        return vm.raise(ExceptionKind::AttributeError, "This object has no __dict__");
    return ref(Value(dict));
}

static Result<void> instance_dict_set(Vm& vm, Value self, Value value)
{
    if (!value)
        return vm.raise(ExceptionKind::TypeError, "cannot delete __dict__");
    if (!is_dict(value))
        return vm.raise(ExceptionKind::TypeError,
            "__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
    Object* object = self.as_object();
    auto* slot
        = reinterpret_cast<Ref<Dict>*>(reinterpret_cast<char*>(object) + object->type->dict_position(object));
    *slot = ref(&as_dict(value));
    return {};
}

static constexpr NativeProperty instance_dict_property
    = {"__dict__", instance_dict_get, instance_dict_set, "dictionary for instance variables (if defined)"};

// Weak references are not implemented yet: instances have the attribute, always None.
static Result<Ref<>> instance_weakref_get(Vm&, Value)
{
    return new_none();
}

static constexpr NativeProperty instance_weakref_property
    = {"__weakref__", instance_weakref_get, nullptr, "list of weak references to the object (if defined)"};

// --- __slots__ ---

Result<Ref<>> make_member_descriptor(Vm&, Type& owner, Str& name, uint32_t index);

static Result<std::vector<Ref<Str>>> collect_slot_names(
    Vm& vm, Value slots, Str& class_name, bool& wants_dict, bool& wants_weakref)
{
    std::vector<Ref<Str>> names;
    Ref<> iterable = is_str(slots) ? Ref<>(TRY(new_tuple(vm, {slots}))) : ref(slots);
    Ref<> iterator = TRY(get_iter(vm, iterable));
    while (true) {
        Ref<> item = TRY(iter_next(vm, iterator));
        if (!item)
            break;
        if (!is_str(item))
            return vm.raise(ExceptionKind::TypeError,
                "__slots__ items must be strings, not '" + std::string(type_name(item)) + "'");
        std::string text = str_to_utf8(as_str(item));
        if (text == "__dict__") {
            if (wants_dict)
                return vm.raise(ExceptionKind::TypeError, "__dict__ slot disallowed: we already got one");
            wants_dict = true;
            continue;
        }
        if (text == "__weakref__") {
            wants_weakref = true;
            continue;
        }
        std::string storage;
        std::string class_text = str_to_utf8(class_name);
        std::string_view mangled = mangle_private_name(class_text, text, storage);
        names.push_back(vm.intern(mangled));
    }
    return names;
}

Result<Ref<Type>> create_heap_type(Vm& vm, Type& metatype, Str& name, Tuple& given_bases, Dict& namespace_)
{
    Ref<Tuple> bases
        = given_bases.size == 0 ? Ref<Tuple>(TRY(new_tuple(vm, {Value(&object_type)}))) : ref(&given_bases);
    for (int64_t i = 0; i < bases->size; ++i) {
        if (!is_instance_of((*bases)[i], type_type))
            return vm.raise(ExceptionKind::TypeError, "bases must be types");
        for (int64_t j = 0; j < i; ++j)
            if ((*bases)[i].is((*bases)[j]))
                return vm.raise(ExceptionKind::TypeError,
                    "duplicate base class " + std::string(type_short_name(as_type((*bases)[i]))));
    }
    Type* base = TRY(best_base(vm, *bases));

    Object* memory = TRY(allocate_instance(vm, metatype));
    Type* saved_type = memory->type;
    auto* type = new (memory) Type;
    type->refcount = 1;
    type->type = saved_type;
    Ref<Type> result = Ref<Type>::adopt(Value(type));

    type->name = str_to_utf8(name);
    type->flags = TypeHeap | TypeBaseType | TypeHasGc
        | (base->flags & ~(TypeHeap | TypeImmutable | TypeBaseType | TypeAbstract | TypeDisallowInstantiation)
            & (TypeIntSubclass | TypeStrSubclass | TypeBytesSubclass | TypeTupleSubclass | TypeListSubclass
                | TypeDictSubclass | TypeTypeSubclass | TypeExceptionSubclass | TypeFloatSubclass
                | TypeSequence | TypeMapping));
    for (Value entry : bases->span())
        type->flags |= as_type(entry).flags & (TypeSequence | TypeMapping);
    type->base = base;
    incref(base);
    type->bases = bases;
    type->dict = TRY(dict_copy(vm, namespace_));
    type->version = 0;

    // __qualname__ comes from the namespace and is removed from it.
    Ref<Str> qualname_key = vm.intern("__qualname__");
    Value qualname = TRY(dict_get_str(vm, *type->dict, *qualname_key));
    if (qualname) {
        if (!is_str(qualname))
            return vm.raise(ExceptionKind::TypeError,
                "type __qualname__ must be a str, not " + std::string(type_name(qualname)));
        type->qualname = ref(&as_str(qualname));
        TRY(dict_delete_item(vm, *type->dict, Value(qualname_key.get())));
    } else {
        type->qualname = ref(&name);
    }

    // Layout: the base's part, then __dict__, then the __slots__ values.
    type->instance_size = base->instance_size;
    type->dict_offset = base->dict_offset;
    type->slots_offset = base->slots_offset;
    type->slots_count = base->slots_count;
    type->variable_size = base->variable_size;
    Value slots = TRY(dict_get_str(vm, *type->dict, *vm.intern("__slots__")));
    bool wants_dict = slots.is_null();
    bool wants_weakref = slots.is_null();
    std::vector<Ref<Str>> slot_names;
    if (slots) {
        slot_names = TRY(collect_slot_names(vm, slots, name, wants_dict, wants_weakref));
        for (auto& slot_name : slot_names)
            if (TRY(dict_get_str(vm, *type->dict, *slot_name)))
                return vm.raise(ExceptionKind::ValueError,
                    "'" + str_to_utf8(*slot_name) + "' in __slots__ conflicts with class variable");
        if (!slot_names.empty() && native_solid_base(base)->variable_size
            && native_solid_base(base) != &tuple_type)
            return vm.raise(ExceptionKind::TypeError,
                "nonempty __slots__ not supported for subtype of '" + std::string(type_short_name(*base))
                    + "'");
    }
    if (wants_dict && type->dict_offset == 0) {
        type->dict_offset = type->instance_size;
        type->instance_size += sizeof(Value);
        Ref<> descriptor = TRY(make_getset_descriptor(vm, instance_dict_property, *type));
        TRY(dict_set_item(vm, *type->dict, Value(vm.intern("__dict__").get()), descriptor));
    }
    if (wants_weakref && !type_lookup(*base, *vm.intern("__weakref__"))) {
        Ref<> descriptor = TRY(make_getset_descriptor(vm, instance_weakref_property, *type));
        TRY(dict_set_item(vm, *type->dict, Value(vm.intern("__weakref__").get()), descriptor));
    }
    if (!slot_names.empty()) {
        if (type->slots_count == 0)
            type->slots_offset = type->instance_size;
        else if (type->slots_offset + type->slots_count * sizeof(Value) != type->instance_size)
            return vm.raise(ExceptionKind::TypeError, "multiple bases have instance lay-out conflict");
        for (auto& slot_name : slot_names) {
            Ref<> member = TRY(make_member_descriptor(vm, *type, *slot_name, type->slots_count));
            TRY(dict_set_item(vm, *type->dict, Value(slot_name.get()), member));
            ++type->slots_count;
        }
        type->instance_size = type->slots_offset + type->slots_count * sizeof(Value);
    }

    type->destruct = heap_destruct;
    type->traverse = heap_traverse;
    type->clear = heap_clear;
    type->mro = TRY(compute_c3_mro(vm, *type, *bases));
    for (Value entry : bases->span()) {
        as_type(entry).subclasses.push_back(type);
        type->registered_bases.push_back(&as_type(entry));
    }

    // Methods that are implicitly class or static methods.
    for (char const* implicit_classmethod : {"__init_subclass__", "__class_getitem__"}) {
        Ref<Str> key = vm.intern(implicit_classmethod);
        Value function = TRY(dict_get_str(vm, *type->dict, *key));
        if (function && function.type() == &function_type) {
            Ref<> wrapped = TRY(call(vm, Value(&classmethod_type), {function}));
            TRY(dict_set_item(vm, *type->dict, Value(key.get()), wrapped));
        }
    }
    {
        Ref<Str> key = vm.intern("__new__");
        Value function = TRY(dict_get_str(vm, *type->dict, *key));
        if (function && function.type() == &function_type) {
            Ref<> wrapped = TRY(call(vm, Value(&staticmethod_type), {function}));
            TRY(dict_set_item(vm, *type->dict, Value(key.get()), wrapped));
        }
    }
    // CPython: a class that defines __eq__ but not __hash__ is unhashable.
    {
        Ref<Str> eq_key = vm.intern("__eq__");
        Ref<Str> hash_key = vm.intern("__hash__");
        if (TRY(dict_get_str(vm, *type->dict, *eq_key)) && !TRY(dict_get_str(vm, *type->dict, *hash_key)))
            TRY(dict_set_item(vm, *type->dict, Value(hash_key.get()), none()));
    }
    Ref<Str> doc_key = vm.intern("__doc__");
    if (!TRY(dict_get_str(vm, *type->dict, *doc_key)))
        TRY(dict_set_item(vm, *type->dict, Value(doc_key.get()), none()));

    type_modified(*type);
    return result;
}

void remove_heap_subclass(Type& type)
{
    for (Type* base : type.registered_bases) {
        auto& list = base->subclasses;
        list.erase(std::remove(list.begin(), list.end(), &type), list.end());
    }
    type.registered_bases.clear();
}

} // namespace taipan
