// `object`, the root of every class (default __new__/__init__, repr, equality,
// hashing, attribute access, __class__), the None/NotImplemented/Ellipsis singletons,
// and mappingproxy (the read-only view a class's __dict__ returns).
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/vm.h"

#include <cstdio>
#include <utility>
#include <vector>

namespace taipan {

static Type& as_type(Value value)
{
    return *static_cast<Type*>(value.as_object());
}

static Type* native_solid_base(Type* type)
{
    while (type->is_heap())
        type = type->base;
    return type;
}

static bool has_excess_arguments(Value args, Value kwargs)
{
    return as_tuple(args).size > 0 || (kwargs && as_dict(kwargs).size > 0);
}

static Value object_new_descriptor()
{
    return object_type.lookup_special(SpecialMethod::New);
}
static Value object_init_descriptor()
{
    return object_type.lookup_special(SpecialMethod::Init);
}

static Result<Ref<>> abstract_class_error(Vm& vm, Type& type)
{
    Value methods = TRY(dict_get_str(vm, *type.dict, *vm.intern("__abstractmethods__")));
    Ref<List> names = methods ? TRY(list_from_iterable(vm, methods)) : TRY(new_list(vm));
    TRY(list_sort(vm, *names, Value {}, false));
    std::string joined;
    for (int64_t index = 0; index < names->size; ++index) {
        if (index)
            joined += ", ";
        joined += TRY(str_utf8(vm, (*names)[index]));
    }
    std::string noun = names->size == 1 ? "method" : "methods";
    return vm.raise(ExceptionKind::TypeError,
        "Can't instantiate abstract class " + std::string(type_short_name(type)) + " with abstract " + noun
            + " " + joined);
}

static Result<Ref<>> object_new(Vm& vm, Args args)
{
    Value type_value = args[0];
    if (!type_value.is_object() || !type_value.type()->has_flag(TypeTypeSubclass))
        return vm.raise(ExceptionKind::TypeError,
            "object.__new__(X): X is not a type object (" + std::string(type_name(type_value)) + ")");
    Type& type = as_type(type_value);
    if (has_excess_arguments(args[1], args[2])) {
        if (!type.lookup_special(SpecialMethod::New).is(object_new_descriptor()))
            return vm.raise(ExceptionKind::TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type.lookup_special(SpecialMethod::Init).is(object_init_descriptor()))
            return vm.raise(
                ExceptionKind::TypeError, std::string(type_short_name(type)) + "() takes no arguments");
    }
    if (native_solid_base(&type) != &object_type)
        return vm.raise(ExceptionKind::TypeError,
            "object.__new__(" + std::string(type_short_name(type)) + ") is not safe, use "
                + native_solid_base(&type)->name + ".__new__()");
    if (type.has_flag(TypeAbstract))
        return abstract_class_error(vm, type);
    Object* instance = TRY(allocate_instance(vm, type));
    return Ref<>::adopt(Value(instance));
}

static Result<Ref<>> object_init(Vm& vm, Args args)
{
    Type& type = *args[0].type();
    if (has_excess_arguments(args[1], args[2])) {
        if (!type.lookup_special(SpecialMethod::Init).is(object_init_descriptor()))
            return vm.raise(ExceptionKind::TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)");
        if (type.lookup_special(SpecialMethod::New).is(object_new_descriptor()))
            return vm.raise(ExceptionKind::TypeError,
                std::string(type_short_name(type))
                    + ".__init__() takes exactly one argument (the instance to initialize)");
    }
    return new_none();
}

static Result<Ref<>> object_repr(Vm& vm, Args args)
{
    Value self = args[0];
    Type& type = *self.type();
    std::string module;
    if (type.is_heap()) {
        Value module_value = TRY(dict_get_str(vm, *type.dict, *vm.intern("__module__")));
        if (module_value && is_str(module_value))
            module = str_to_utf8(as_str(module_value));
    }
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
    std::string name = type.is_heap() ? str_to_utf8(*type.qualname) : type.name;
    std::string text = "<" + (module.empty() || module == "builtins" ? "" : module + ".") + name
        + " object at " + address + ">";
    return new_str(vm, text);
}

static Result<Ref<>> object_str(Vm& vm, Args args)
{
    Value self = args[0];
    Ref<Str> text = TRY(repr(vm, self));
    return Ref<>(std::move(text));
}

static Result<Ref<>> object_eq(Vm&, Args args)
{
    if (args[0].is(args[1]))
        return new_bool(true);
    return ref(not_implemented());
}

static Result<Ref<>> object_ne(Vm& vm, Args args)
{
    // CPython: __ne__ inverts __eq__ unless that returned NotImplemented.
    Value self = args[0];
    Value other = args[1];
    Ref<> equal = TRY(call_special(vm, SpecialMethod::Eq, self, {&other, 1}));
    if (!equal || equal.value().is(not_implemented()))
        return ref(not_implemented());
    bool truth = TRY(is_true(vm, equal));
    return new_bool(!truth);
}

static Result<Ref<>> object_not_implemented_compare(Vm&, Args)
{
    return ref(not_implemented());
}

static Result<Ref<>> object_hash(Vm&, Args args)
{
    return new_int(hash_pointer(args[0].as_object()));
}

static Result<Ref<>> object_getattribute(Vm& vm, Args args)
{
    Value name = args[1];
    if (!is_str(name))
        return vm.raise(ExceptionKind::TypeError,
            "attribute name must be string, not '" + std::string(type_name(name)) + "'");
    return generic_getattr(vm, args[0], as_str(name));
}

static Result<Ref<>> object_setattr(Vm& vm, Args args)
{
    Value name = args[1];
    if (!is_str(name))
        return vm.raise(ExceptionKind::TypeError,
            "attribute name must be string, not '" + std::string(type_name(name)) + "'");
    TRY(generic_setattr(vm, args[0], as_str(name), args[2]));
    return new_none();
}

static Result<Ref<>> object_delattr(Vm& vm, Args args)
{
    Value name = args[1];
    if (!is_str(name))
        return vm.raise(ExceptionKind::TypeError,
            "attribute name must be string, not '" + std::string(type_name(name)) + "'");
    TRY(generic_setattr(vm, args[0], as_str(name), Value {}));
    return new_none();
}

static Result<Ref<>> object_format(Vm& vm, Args args)
{
    Value spec = args[1];
    if (!is_str(spec))
        return vm.raise(ExceptionKind::TypeError,
            "__format__() argument must be str, not " + std::string(type_name(spec)));
    if (as_str(spec).length > 0)
        return vm.raise(ExceptionKind::TypeError,
            "unsupported format string passed to " + std::string(type_short_name(*args[0].type()))
                + ".__format__");
    return Ref<>(TRY(str(vm, args[0])));
}

static Result<Ref<>> object_dir(Vm& vm, Args args)
{
    Value self = args[0];
    Ref<Dict> names = TRY(new_dict(vm));
    if (Dict* dict = instance_dict(vm, self, false)) {
        int64_t position = 0;
        Value key, value;
        while (dict_next(*dict, position, key, value))
            TRY(dict_set_item(vm, *names, key, none()));
    }
    Type& type = *self.type();
    for (int64_t index = 0; index < type.mro->size; ++index) {
        Type& klass = as_type((*type.mro)[index]);
        int64_t position = 0;
        Value key, value;
        while (dict_next(*klass.dict, position, key, value))
            TRY(dict_set_item(vm, *names, key, none()));
    }
    Ref<List> list = TRY(new_list(vm));
    int64_t position = 0;
    Value key, value;
    while (dict_next(*names, position, key, value))
        TRY(list_append(vm, *list, key));
    return Ref<>(std::move(list));
}

static Result<Ref<>> object_sizeof(Vm&, Args args)
{
    Type& type = *args[0].type();
    // CPython's basic size: the object header (16 bytes) plus the __dict__ and
    // __weakref__ pointers a plain class instance has.
    if (type.is_heap() && native_solid_base(&type) == &object_type)
        return new_int(int64_t(16 + 8 * type.slots_count + (type.dict_offset ? 16 : 0)));
    // A tuple adds one pointer per item, as CPython adds tp_itemsize times the length
    // (tuple has no __sizeof__ of its own). Taipan's tuple layout is CPython's.
    if (is_subtype(&type, &tuple_type)) {
        Object const* object = args[0].as_object();
        int64_t extra = int64_t(type.instance_size) - int64_t(native_solid_base(&type)->instance_size);
        return new_int(int64_t(type.variable_size(object)) + extra);
    }
    return new_int(int64_t(type.instance_size));
}

static Result<Ref<>> object_init_subclass(Vm& vm, Args args)
{
    // CPython's is a METH_NOARGS class method: positional arguments are counted first.
    if (as_tuple(args[1]).size > 0)
        return vm.raise(ExceptionKind::TypeError,
            "object.__init_subclass__() takes no arguments (" + std::to_string(as_tuple(args[1]).size)
                + " given)");
    Value kwargs = args[2];
    if (kwargs && as_dict(kwargs).size > 0)
        return vm.raise(ExceptionKind::TypeError,
            std::string(type_short_name(as_type(args[0])))
                + ".__init_subclass__() takes no keyword arguments");
    return new_none();
}

static Result<Ref<>> object_subclasshook(Vm&, Args)
{
    return ref(not_implemented());
}

static Result<Ref<>> object_getstate(Vm& vm, Args args)
{
    Value self = args[0];
    Type& type = *self.type();
    Dict* dict = instance_dict(vm, self, false);
    if (type.slots_count == 0)
        return (dict && dict->size > 0) ? ref(Value(dict)) : new_none();
    // With __slots__: (dict or None, {slot: value}).
    Ref<Dict> slots = TRY(new_dict(vm));
    for (int64_t index = 0; index < type.mro->size; ++index) {
        Type& klass = as_type((*type.mro)[index]);
        Value names = TRY(dict_get_str(vm, *klass.dict, *vm.intern("__slots__")));
        if (!names)
            continue;
        Ref<> iterator = TRY(get_iter(vm, is_str(names) ? Value(TRY(new_tuple(vm, {names})).get()) : names));
        while (true) {
            Ref<> name = TRY(iter_next(vm, iterator));
            if (!name)
                break;
            Ref<> value = TRY(get_attribute_or_null(vm, self, as_str(name)));
            if (value)
                TRY(dict_set_item(vm, *slots, name, value));
        }
    }
    Value state = (dict && dict->size > 0) ? Value(dict) : none();
    return Ref<>(TRY(new_tuple(vm, {state, Value(slots.get())})));
}

// copyreg (CPython's Lib/copyreg.py) supplies the reconstructors pickle expects.
static Result<Ref<>> copyreg_attribute(Vm& vm, char const* name)
{
    Ref<> copyreg = TRY(import_module(vm, "copyreg"));
    return get_attribute(vm, copyreg, name);
}

// CPython's _PyObject_GetNewArguments: (args, kwargs) from __getnewargs_ex__ or
// __getnewargs__, nulls when the object has neither.
static Result<std::pair<Ref<>, Ref<>>> new_arguments(Vm& vm, Value self)
{
    Ref<> getnewargs_ex = TRY(get_attribute_or_null(vm, self, "__getnewargs_ex__"));
    if (getnewargs_ex) {
        Ref<> result = TRY(call(vm, getnewargs_ex, {}));
        if (!is_tuple(result))
            return vm.raise(ExceptionKind::TypeError,
                "__getnewargs_ex__ should return a tuple, not '" + type_name(result) + "'");
        if (as_tuple(result).size != 2)
            return vm.raise(ExceptionKind::ValueError,
                "__getnewargs_ex__ should return a tuple of length 2, not "
                    + std::to_string(as_tuple(result).size));
        Value args = as_tuple(result)[0];
        Value kwargs = as_tuple(result)[1];
        if (!is_tuple(args))
            return vm.raise(ExceptionKind::TypeError,
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                    + type_name(args) + "'");
        if (!is_dict(kwargs))
            return vm.raise(ExceptionKind::TypeError,
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                    + type_name(kwargs) + "'");
        return std::pair<Ref<>, Ref<>> {ref(args), ref(kwargs)};
    }
    Ref<> getnewargs = TRY(get_attribute_or_null(vm, self, "__getnewargs__"));
    if (getnewargs) {
        Ref<> args = TRY(call(vm, getnewargs, {}));
        if (!is_tuple(args))
            return vm.raise(ExceptionKind::TypeError,
                "__getnewargs__ should return a tuple, not '" + type_name(args) + "'");
        return std::pair<Ref<>, Ref<>> {std::move(args), Ref<> {}};
    }
    return std::pair<Ref<>, Ref<>> {Ref<> {}, Ref<> {}};
}

// Protocol 2 and later (CPython's reduce_newobj): (copyreg.__newobj__, (cls, *args),
// state, list items, dict items), or copyreg.__newobj_ex__ with keyword arguments.
static Result<Ref<>> reduce_new_object(Vm& vm, Value self)
{
    Type& type = *self.type();
    if (!type.lookup_special(SpecialMethod::New))
        return vm.raise(ExceptionKind::TypeError, "cannot pickle '" + type_name(self) + "' object");
    auto [args, kwargs] = TRY(new_arguments(vm, self));
    Ref<> reconstructor;
    Ref<Tuple> reconstructor_args;
    if (!kwargs || as_dict(kwargs).size == 0) {
        reconstructor = TRY(copyreg_attribute(vm, "__newobj__"));
        std::vector<Value> items {Value(&type)};
        if (args) {
            for (Value item : as_tuple(args).span())
                items.push_back(item);
        }
        reconstructor_args = TRY(new_tuple(vm, items));
    } else {
        reconstructor = TRY(copyreg_attribute(vm, "__newobj_ex__"));
        reconstructor_args = TRY(new_tuple(vm, {Value(&type), args.value(), kwargs.value()}));
    }
    Ref<> state = TRY(call_method(vm, self, "__getstate__"));
    Ref<> list_items = is_instance_of(self, list_type) ? TRY(get_iter(vm, self)) : new_none();
    Ref<> dict_items = new_none();
    if (is_instance_of(self, dict_type)) {
        Ref<> items = TRY(call_method(vm, self, "items"));
        dict_items = TRY(get_iter(vm, items));
    }
    return Ref<>(
        TRY(new_tuple(vm, {reconstructor, Value(reconstructor_args.get()), state, list_items, dict_items})));
}

static Result<Ref<>> common_reduce(Vm& vm, Value self, int64_t protocol)
{
    if (protocol >= 2)
        return reduce_new_object(vm, self);
    Ref<> reduce_ex = TRY(copyreg_attribute(vm, "_reduce_ex"));
    return call(vm, reduce_ex, {self, Value::small_int(protocol)});
}

static Result<Ref<>> object_reduce(Vm& vm, Args args)
{
    return common_reduce(vm, args[0], 0);
}

// A class that overrides __reduce__ is reduced by it, whatever the protocol.
static Result<Ref<>> object_reduce_ex(Vm& vm, Args args)
{
    Value self = args[0];
    int64_t protocol = TRY(index_as_int64(vm, args[1]));
    Ref<> reduce = TRY(get_attribute_or_null(vm, self, "__reduce__"));
    if (reduce) {
        Ref<> class_reduce = TRY(get_attribute(vm, Value(self.type()), "__reduce__"));
        Value object_reduce_descriptor = TRY(dict_get_str(vm, *object_type.dict, *vm.intern("__reduce__")));
        if (!class_reduce.value().is(object_reduce_descriptor))
            return call(vm, reduce, {});
    }
    return common_reduce(vm, self, protocol);
}

static Result<Ref<>> object_get_class(Vm&, Value self)
{
    return ref(Value(self.type()));
}

static Result<void> object_set_class(Vm& vm, Value self, Value value)
{
    if (value.is_null())
        return vm.raise(ExceptionKind::TypeError, "can't delete __class__ attribute");
    if (!value.is_object() || !value.type()->has_flag(TypeTypeSubclass))
        return vm.raise(ExceptionKind::TypeError,
            "__class__ must be set to a class, not '" + std::string(type_name(value)) + "' object");
    Type& new_type = as_type(value);
    Type& old_type = *self.type();
    if (!self.is_object() || !new_type.is_heap() || !old_type.is_heap())
        return vm.raise(ExceptionKind::TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (native_solid_base(&new_type) != native_solid_base(&old_type)
        || new_type.instance_size != old_type.instance_size || new_type.dict_offset != old_type.dict_offset)
        return vm.raise(ExceptionKind::TypeError,
            "__class__ assignment: '" + std::string(type_short_name(new_type))
                + "' object layout differs from '" + std::string(type_short_name(old_type)) + "'");
    incref(&new_type);
    self.as_object()->type = &new_type;
    decref(&old_type);
    return {};
}

static constexpr NativeMethod object_methods[] = {
    {"__new__($type, *args, **kwargs)", object_new, MethodKind::Static},
    {"__init__($self, *args, **kwargs)", object_init},
    {"__repr__($self, /)", object_repr},
    {"__str__($self, /)", object_str},
    {"__eq__($self, value, /)", object_eq},
    {"__ne__($self, value, /)", object_ne},
    {"__lt__($self, value, /)", object_not_implemented_compare},
    {"__le__($self, value, /)", object_not_implemented_compare},
    {"__gt__($self, value, /)", object_not_implemented_compare},
    {"__ge__($self, value, /)", object_not_implemented_compare},
    {"__hash__($self, /)", object_hash},
    {"__getattribute__($self, name, /)", object_getattribute},
    {"__setattr__($self, name, value, /)", object_setattr},
    {"__delattr__($self, name, /)", object_delattr},
    {"__format__($self, format_spec, /)", object_format},
    {"__dir__($self, /)", object_dir},
    {"__sizeof__($self, /)", object_sizeof},
    {"__init_subclass__($type, *args, **kwargs)", object_init_subclass, MethodKind::Class},
    {"__subclasshook__($type, *args)", object_subclasshook, MethodKind::Class},
    {"__reduce_ex__($self, protocol, /)", object_reduce_ex},
    {"__reduce__($self, /)", object_reduce},
    {"__getstate__($self, /)", object_getstate},
};

static constexpr NativeProperty object_properties[] = {
    {"__class__", object_get_class, object_set_class},
};

Type object_type;
extern TypeSpec const object_type_spec;
TypeSpec const object_type_spec = {
    .name = "object",
    .instance_size = sizeof(Object),
    .flags = TypeBaseType,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
           "featureless\ninstance that has no instance attributes and cannot be given any.\n",
    .methods = object_methods,
    .properties = object_properties,
    .getattr = generic_getattr,
    .setattr = generic_setattr,
};

// --- the singletons ---

Object none_object {Object::immortal_refcount, &none_type};
Object not_implemented_object {Object::immortal_refcount, &not_implemented_type};
Object ellipsis_object {Object::immortal_refcount, &ellipsis_type};

static Result<Ref<>> none_new(Vm& vm, Args args)
{
    if (as_tuple(args[1]).size > 0 || (args[2] && as_dict(args[2]).size > 0))
        return vm.raise(ExceptionKind::TypeError, "NoneType takes no arguments");
    return new_none();
}
static Result<Ref<>> none_repr(Vm& vm, Args)
{
    return Ref<>(vm.intern("None"));
}
static Result<Ref<>> none_bool(Vm&, Args)
{
    return new_bool(false);
}

static constexpr NativeMethod none_methods[] = {
    {"__new__($type, *args, **kwargs)", none_new, MethodKind::Static},
    {"__repr__($self, /)", none_repr},
    {"__bool__($self, /)", none_bool},
};

Type none_type;
extern TypeSpec const none_type_spec;
TypeSpec const none_type_spec = {
    .name = "NoneType",
    .methods = none_methods,
};

static Result<Ref<>> not_implemented_new(Vm& vm, Args args)
{
    if (as_tuple(args[1]).size > 0 || (args[2] && as_dict(args[2]).size > 0))
        return vm.raise(ExceptionKind::TypeError, "NotImplementedType takes no arguments");
    return ref(not_implemented());
}
static Result<Ref<>> not_implemented_repr(Vm& vm, Args)
{
    return Ref<>(vm.intern("NotImplemented"));
}
static Result<Ref<>> not_implemented_reduce(Vm& vm, Args)
{
    return Ref<>(vm.intern("NotImplemented"));
}

static constexpr NativeMethod not_implemented_methods[] = {
    {"__new__($type, *args, **kwargs)", not_implemented_new, MethodKind::Static},
    {"__repr__($self, /)", not_implemented_repr},
    {"__reduce__($self, /)", not_implemented_reduce},
};

Type not_implemented_type;
extern TypeSpec const not_implemented_type_spec;
TypeSpec const not_implemented_type_spec = {
    .name = "NotImplementedType",
    .methods = not_implemented_methods,
};

static Result<Ref<>> ellipsis_new(Vm& vm, Args args)
{
    if (as_tuple(args[1]).size > 0 || (args[2] && as_dict(args[2]).size > 0))
        return vm.raise(ExceptionKind::TypeError, "EllipsisType takes no arguments");
    return ref(ellipsis());
}
static Result<Ref<>> ellipsis_repr(Vm& vm, Args)
{
    return Ref<>(vm.intern("Ellipsis"));
}

static constexpr NativeMethod ellipsis_methods[] = {
    {"__new__($type, *args, **kwargs)", ellipsis_new, MethodKind::Static},
    {"__repr__($self, /)", ellipsis_repr},
    {"__reduce__($self, /)", ellipsis_repr},
};

Type ellipsis_type;
extern TypeSpec const ellipsis_type_spec;
TypeSpec const ellipsis_type_spec = {
    .name = "ellipsis",
    .methods = ellipsis_methods,
};

} // namespace taipan
