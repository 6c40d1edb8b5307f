// The `type` type: type(x), type(name, bases, dict), calling a class (__new__ then
// __init__), attribute access on classes (metaclass data descriptors, then the MRO,
// then the metaclass), and the class attributes (__name__, __mro__, __dict__...).
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

#include <algorithm>
#include <optional>

namespace taipan {

void remove_heap_subclass(Type&);
Result<Ref<>> make_mappingproxy(Vm&, Dict&);

static Type& as_type(Value value)
{
    return *static_cast<Type*>(value.as_object());
}

static bool is_type(Value value)
{
    return value.is_object() && value.type()->has_flag(TypeTypeSubclass);
}

// --- calling a class ---

// A class using object.__new__ with a Python __init__ (most classes): what the general
// path does, without binding a call of object.__new__ (which accepts and ignores the
// arguments when __init__ is overridden). Not for abstract classes or instances of a
// native base's layout, which object.__new__ refuses.
static bool is_plain_class(Type& type, Value new_method, Value init)
{
    if (!new_method.is(object_type.lookup_special(SpecialMethod::New)) || !init
        || init.type() != &function_type || type.has_flag(TypeAbstract))
        return false;
    return native_solid_base(&type) == &object_type;
}

FunctionObject* plain_class_init(Type& klass, bool& exception_new)
{
    exception_new = false;
    if (!klass.type->lookup_special(SpecialMethod::Call).is(type_type.lookup_special(SpecialMethod::Call)))
        return nullptr;
    Value new_method = klass.lookup_special(SpecialMethod::New);
    Value init = klass.lookup_special(SpecialMethod::Init);
    if (is_plain_class(klass, new_method, init))
        return static_cast<FunctionObject*>(init.as_object());
    // A class statement's exception class that keeps BaseException's __new__.
    if (!klass.is_heap() || !klass.has_flag(TypeExceptionSubclass) || init.type() != &function_type)
        return nullptr;
    Type* solid = native_solid_base(&klass);
    if (!has_plain_exception_construction(*solid)
        || !new_method.is(solid->lookup_special(SpecialMethod::New)))
        return nullptr;
    exception_new = true;
    return static_cast<FunctionObject*>(init.as_object());
}

static Result<Ref<>> checked_init_result(Vm& vm, Ref<> instance, Value result)
{
    if (!is_none(result))
        return vm.raise(ExceptionKind::TypeError,
            "__init__() should return None, not '" + std::string(type_name(result)) + "'");
    return instance;
}

static Result<Ref<>> call_plain_class(
    Vm& vm, Type& type, FunctionObject& init, std::span<Value const> args, Tuple* kwnames)
{
    Ref<> instance = Ref<>::adopt(Value(TRY(allocate_instance(vm, type))));
    ArgumentsWithFirst init_args(instance.value(), args);
    Ref<> result = TRY(call_function(vm, init, init_args.span(), kwnames));
    return checked_init_result(vm, std::move(instance), result);
}

// A builtin __new__ (kind Static) or __init__ (kind Instance) taking (class or instance,
// *args, **kwargs), as CPython's tp_new and tp_init do: type_call then makes the
// argument tuple and keyword dict once and calls it directly, without binding.
static NativeFunction tuple_taking_native(Value method, MethodKind kind)
{
    if (!method || !is_native_function_type(method.type()))
        return nullptr;
    auto& native = *static_cast<NativeFunctionObject*>(method.as_object());
    Signature const& signature = *native.signature;
    if (native.self || native.definition->kind != kind || !signature.has_self
        || signature.parameters.size() != 2 || signature.var_positional != 0 || signature.var_keyword != 1)
        return nullptr;
    return native.definition->function;
}

// The (*args, **kwargs) of a call, as the binder makes them (no dict without keywords).
struct ArgumentTuple {
    Ref<Tuple> positional;
    Ref<Dict> keywords;

    static Result<ArgumentTuple> make(Vm& vm, std::span<Value const> args, Tuple* kwnames)
    {
        size_t keyword_count = kwnames ? size_t(kwnames->size) : 0;
        size_t positional_count = args.size() - keyword_count;
        ArgumentTuple made;
        made.positional = TRY(new_tuple(vm, args.first(positional_count)));
        if (keyword_count) {
            made.keywords = TRY(new_dict(vm));
            for (size_t index = 0; index < keyword_count; ++index)
                TRY(dict_set_item(
                    vm, *made.keywords, (*kwnames)[int64_t(index)], args[positional_count + index]));
        }
        return made;
    }
    Result<Ref<>> call(Vm& vm, NativeFunction function, Value first) const
    {
        Value values[] = {first, Value(positional.get()), keywords ? Value(keywords.get()) : Value {}};
        return function(vm, Args(values, 3));
    }
};

Result<Ref<>> type_call(Vm& vm, Type& type, std::span<Value const> args, Tuple* kwnames)
{
    if (&type == &type_type && args.size() == 1 && !kwnames)
        return ref(Value(args[0].type()));
    if (type.construct) {
        Ref<> made = TRY(type.construct(vm, type, args, kwnames));
        if (made)
            return made;
    }
    if (type.has_flag(TypeDisallowInstantiation))
        return vm.raise(ExceptionKind::TypeError, "cannot create '" + type.name + "' instances");
    Value new_method = type.lookup_special(SpecialMethod::New);
    if (!new_method)
        return vm.raise(ExceptionKind::TypeError, "cannot create '" + type.name + "' instances");
    if (Value init = type.lookup_special(SpecialMethod::Init); is_plain_class(type, new_method, init))
        return call_plain_class(vm, type, *static_cast<FunctionObject*>(init.as_object()), args, kwnames);
    std::optional<ArgumentTuple> tuple;
    Ref<> instance;
    if (NativeFunction native_new = tuple_taking_native(new_method, MethodKind::Static)) {
        tuple = TRY(ArgumentTuple::make(vm, args, kwnames));
        instance = TRY(tuple->call(vm, native_new, Value(&type)));
    } else {
        Ref<> new_callable = TRY(descriptor_get(vm, new_method, Value {}, type));
        ArgumentsWithFirst new_args(Value(&type), args);
        instance = TRY(call(vm, new_callable, new_args.span(), kwnames));
    }
    if (!is_subtype(instance.value().type(), &type))
        return instance;
    // type(name, bases, dict) made a class: type.__init__ has nothing more to do.
    if (&type == &type_type)
        return instance;
    Type& instance_type = *instance.value().type();
    Value init = instance_type.lookup_special(SpecialMethod::Init);
    if (!init)
        return instance;
    // object.__init__ does nothing unless it has arguments to refuse, which it does
    // only when __new__ is object's too (int(x), str(x), most builtin classes: skip it).
    if (init.is(object_type.lookup_special(SpecialMethod::Init))
        && (args.empty()
            || !instance_type.lookup_special(SpecialMethod::New)
                    .is(object_type.lookup_special(SpecialMethod::New))))
        return instance;
    Ref<> result;
    if (NativeFunction native_init = tuple_taking_native(init, MethodKind::Instance)) {
        if (!tuple)
            tuple = TRY(ArgumentTuple::make(vm, args, kwnames));
        result = TRY(tuple->call(vm, native_init, instance.value()));
    } else {
        result = TRY(call_special(vm, SpecialMethod::Init, instance, args, kwnames));
    }
    return checked_init_result(vm, std::move(instance), result.value());
}

// --- type.__new__ ---

static Result<Ref<>> call_set_names(Vm& vm, Type& type)
{
    Ref<Dict> snapshot = TRY(dict_copy(vm, *type.dict));
    int64_t position = 0;
    Value key, value;
    while (dict_next(*snapshot, position, key, value)) {
        if (value.type()->lookup_special(SpecialMethod::SetName).is_null())
            continue;
        Value arguments[] = {Value(&type), key};
        auto result = call_special(vm, SpecialMethod::SetName, value, arguments);
        if (result.is_error()) {
            // CPython 3.11 wraps the error, naming the attribute and the class.
            Ref<> cause = vm.take_pending_exception();
            (void)vm.raise(ExceptionKind::RuntimeError,
                "Error calling __set_name__ on '" + type_name(value) + "' instance " + TRY(repr_utf8(vm, key))
                    + " in '" + str_to_utf8(*type.qualname) + "'");
            as_exception(vm.pending_exception()).cause = std::move(cause);
            return Failure {ExceptionPending {}};
        }
    }
    return new_none();
}

Result<Ref<>> make_super(Vm&, Type& start, Value object);

static Result<Ref<>> type_new(Vm& vm, Args args)
{
    Value metatype_value = args[0];
    Tuple& positional = as_tuple(args[1]);
    Value kwargs = args[2];
    if (!is_type(metatype_value))
        return vm.raise(ExceptionKind::TypeError, "type.__new__(X): X is not a type object");
    Type& metatype = as_type(metatype_value);
    if (positional.size == 1 && (!kwargs || as_dict(kwargs).size == 0) && &metatype == &type_type)
        return ref(Value(positional[0].type()));
    if (positional.size != 3)
        return vm.raise(ExceptionKind::TypeError, "type() takes 1 or 3 arguments");
    Value name = positional[0], bases = positional[1], namespace_ = positional[2];
    if (!is_str(name))
        return vm.raise(ExceptionKind::TypeError,
            "type.__new__() argument 1 must be str, not " + std::string(type_name(name)));
    if (!is_tuple(bases))
        return vm.raise(ExceptionKind::TypeError,
            "type.__new__() argument 2 must be tuple, not " + std::string(type_name(bases)));
    if (!is_dict(namespace_))
        return vm.raise(ExceptionKind::TypeError,
            "type.__new__() argument 3 must be dict, not " + std::string(type_name(namespace_)));

    // The most derived metaclass among the bases' metaclasses wins.
    Type* winner = &metatype;
    for (Value base : as_tuple(bases).span()) {
        Type* base_meta = base.type();
        if (is_subtype(winner, base_meta))
            continue;
        if (is_subtype(base_meta, winner)) {
            winner = base_meta;
            continue;
        }
        return vm.raise(ExceptionKind::TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
            "metaclasses of all its bases");
    }
    if (winner != &metatype
        && winner->lookup_special(SpecialMethod::New) != type_type.lookup_special(SpecialMethod::New)) {
        std::vector<Value> forwarded {Value(winner), name, bases, namespace_};
        return call(vm, Value(winner), std::span<Value const>(forwarded).subspan(1));
    }

    Ref<Type> type = TRY(create_heap_type(vm, *winner, as_str(name), as_tuple(bases), as_dict(namespace_)));
    // __module__ defaults to the calling frame's __name__.
    Ref<Str> module_key = vm.intern("__module__");
    if (!TRY(dict_get_str(vm, *type->dict, *module_key))) {
        Value module_name = current_globals_name(vm);
        if (module_name)
            TRY(dict_set_item(vm, *type->dict, Value(module_key.get()), module_name));
    }
    // The class cell made by the compiler for super() and __class__.
    Ref<Str> cell_key = vm.intern("__classcell__");
    Value cell = TRY(dict_get_str(vm, *type->dict, *cell_key));
    if (cell) {
        if (cell.type() != &cell_type)
            return vm.raise(ExceptionKind::TypeError,
                "__classcell__ must be a nonlocal cell, not " + std::string(type_name(cell)));
        static_cast<CellObject*>(cell.as_object())->contents = ref(Value(type.get()));
        TRY(dict_delete_item(vm, *type->dict, Value(cell_key.get())));
    }
    // The namespace changed after create_heap_type gave the type its version.
    type_modified(*type);
    TRY(call_set_names(vm, *type));
    // super(type, type).__init_subclass__(**kwargs)
    Ref<> parent = TRY(make_super(vm, *type, Value(type.get())));
    Ref<> init_subclass = TRY(get_attribute(vm, parent, "__init_subclass__"));
    std::vector<Value> keyword_values;
    Ref<Tuple> keyword_names;
    if (kwargs && as_dict(kwargs).size > 0) {
        std::vector<Value> names;
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(kwargs), position, key, value)) {
            names.push_back(key);
            keyword_values.push_back(value);
        }
        keyword_names = TRY(new_tuple(vm, names));
    }
    TRY(call(vm, init_subclass, keyword_values, keyword_names.get()));
    return Ref<>(std::move(type));
}

static Result<Ref<>> type_init(Vm& vm, Args args)
{
    Tuple& positional = as_tuple(args[1]);
    if (positional.size != 1 && positional.size != 3)
        return vm.raise(ExceptionKind::TypeError, "type.__init__() takes 1 or 3 arguments");
    return new_none();
}

static Result<Ref<>> type_call_method(Vm& vm, Args args)
{
    Value self = args[0];
    if (!is_type(self))
        return vm.raise(ExceptionKind::TypeError, "descriptor '__call__' requires a 'type' object");
    Tuple& positional = as_tuple(args[1]);
    Value kwargs = args[2];
    std::vector<Value> values(positional.span().begin(), positional.span().end());
    Ref<Tuple> names;
    if (kwargs && as_dict(kwargs).size > 0) {
        std::vector<Value> keys;
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(kwargs), position, key, value)) {
            keys.push_back(key);
            values.push_back(value);
        }
        names = TRY(new_tuple(vm, keys));
    }
    return type_call(vm, as_type(self), values, names.get());
}

static Result<Ref<>> type_repr(Vm& vm, Args args)
{
    Type& type = as_type(args[0]);
    std::string text = "<class '";
    if (type.is_heap()) {
        Value module = TRY(dict_get_str(vm, *type.dict, *vm.intern("__module__")));
        if (module && is_str(module) && str_to_utf8(as_str(module)) != "builtins")
            text += str_to_utf8(as_str(module)) + ".";
        text += str_to_utf8(*type.qualname);
    } else {
        text += type.name;
    }
    text += "'>";
    return new_str(vm, text);
}

static Result<Ref<>> type_mro(Vm& vm, Args args)
{
    Type& type = as_type(args[0]);
    return Ref<>(TRY(new_list(vm, type.mro->span())));
}

static Result<Ref<>> type_subclasses(Vm& vm, Args args)
{
    Type& type = as_type(args[0]);
    Ref<List> list = TRY(new_list(vm));
    for (Type* subclass : type.subclasses)
        TRY(list_append(vm, *list, Value(subclass)));
    return Ref<>(std::move(list));
}

static Result<Ref<>> type_instancecheck(Vm& vm, Args args)
{
    Value object = args[1];
    Type& type = as_type(args[0]);
    if (is_subtype(object.type(), &type))
        return new_bool(true);
    // An object whose __class__ lies (proxies) is checked through __class__.
    Ref<> klass = TRY(get_attribute_or_null(vm, object, "__class__"));
    if (klass && is_type(klass) && !klass.value().is(Value(object.type())))
        return new_bool(is_subtype(&as_type(klass), &type));
    return new_bool(false);
}

static Result<Ref<>> type_subclasscheck(Vm& vm, Args args)
{
    Value derived = args[1];
    if (!is_type(derived))
        return vm.raise(ExceptionKind::TypeError, "issubclass() arg 1 must be a class");
    return new_bool(is_subtype(&as_type(derived), &as_type(args[0])));
}

static Result<Ref<>> type_prepare(Vm& vm, Args)
{
    return Ref<>(TRY(new_dict(vm)));
}

static Result<Ref<>> type_dir(Vm& vm, Args args)
{
    Type& type = as_type(args[0]);
    Ref<Dict> names = TRY(new_dict(vm));
    for (int64_t index = type.mro->size - 1; index >= 0; --index) {
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

static Result<Ref<>> type_sizeof(Vm& vm, Args args)
{
    (void)vm;
    return new_int(as_type(args[0]).is_heap() ? 920 : 408);
}

// --- class attributes ---

static Result<Ref<>> type_get_name(Vm& vm, Value self)
{
    Type& type = as_type(self);
    if (type.is_heap())
        return new_str(vm, type.name);
    return Ref<>(vm.intern(type_short_name(type)));
}

static Result<void> type_set_name(Vm& vm, Value self, Value value)
{
    Type& type = as_type(self);
    if (!type.is_heap())
        return vm.raise(ExceptionKind::TypeError,
            "cannot set '__name__' attribute of immutable type '" + type.name + "'");
    if (value.is_null())
        return vm.raise(ExceptionKind::TypeError,
            "cannot delete '__name__' attribute of immutable type '" + type.name + "'");
    if (!is_str(value))
        return vm.raise(ExceptionKind::TypeError,
            "can only assign string to " + type.name + ".__name__, not '" + std::string(type_name(value))
                + "'");
    type.name = str_to_utf8(as_str(value));
    return {};
}

static Result<Ref<>> type_get_qualname(Vm&, Value self)
{
    return Ref<>(as_type(self).qualname);
}

static Result<void> type_set_qualname(Vm& vm, Value self, Value value)
{
    Type& type = as_type(self);
    if (!type.is_heap() || value.is_null())
        return vm.raise(ExceptionKind::TypeError,
            "cannot set '__qualname__' attribute of immutable type '" + type.name + "'");
    if (!is_str(value))
        return vm.raise(ExceptionKind::TypeError,
            "can only assign string to " + type.name + ".__qualname__, not '" + std::string(type_name(value))
                + "'");
    type.qualname = ref(&as_str(value));
    return {};
}

static Result<Ref<>> type_get_module(Vm& vm, Value self)
{
    Type& type = as_type(self);
    if (type.is_heap()) {
        Value module = TRY(dict_get_str(vm, *type.dict, *vm.intern("__module__")));
        if (!module)
            return vm.raise(ExceptionKind::AttributeError, "__module__");
        return ref(module);
    }
    size_t dot = type.name.rfind('.');
    if (dot == std::string::npos)
        return Ref<>(vm.intern("builtins"));
    return new_str(vm, std::string_view(type.name).substr(0, dot));
}

static Result<void> type_set_module(Vm& vm, Value self, Value value)
{
    Type& type = as_type(self);
    if (!type.is_heap())
        return vm.raise(ExceptionKind::TypeError,
            "cannot set '__module__' attribute of immutable type '" + type.name + "'");
    TRY(dict_set_item(
        vm, *type.dict, Value(vm.intern("__module__").get()), value.is_null() ? none() : value));
    return {};
}

static Result<Ref<>> type_get_bases(Vm&, Value self)
{
    return Ref<>(as_type(self).bases);
}
static Result<Ref<>> type_get_mro(Vm&, Value self)
{
    return Ref<>(as_type(self).mro);
}
static Result<Ref<>> type_get_base(Vm&, Value self)
{
    Type& type = as_type(self);
    return type.base ? ref(Value(type.base)) : new_none();
}
static Result<Ref<>> type_get_dict(Vm& vm, Value self)
{
    return make_mappingproxy(vm, *as_type(self).dict);
}

static Result<Ref<>> type_get_doc(Vm& vm, Value self)
{
    Type& type = as_type(self);
    if (!type.is_heap())
        return type.doc ? Ref<>(TRY(new_str(vm, type.doc))) : new_none();
    Value doc = TRY(dict_get_str(vm, *type.dict, *vm.intern("__doc__")));
    if (!doc)
        return new_none();
    return descriptor_get(vm, doc, Value {}, type);
}

static Result<Ref<>> type_get_abstractmethods(Vm& vm, Value self)
{
    Type& type = as_type(self);
    Value value = &type != &type_type ? TRY(dict_get_str(vm, *type.dict, *vm.intern("__abstractmethods__")))
                                      : Value {};
    if (!value)
        return vm.raise(ExceptionKind::AttributeError, "__abstractmethods__");
    return ref(value);
}

static Result<void> type_set_abstractmethods(Vm& vm, Value self, Value value)
{
    Type& type = as_type(self);
    Ref<Str> key = vm.intern("__abstractmethods__");
    bool abstract = false;
    if (value.is_null()) {
        if (!TRY(dict_delete_item(vm, *type.dict, Value(key.get()))))
            return vm.raise(ExceptionKind::AttributeError, "__abstractmethods__");
    } else {
        abstract = TRY(is_true(vm, value));
        TRY(dict_set_item(vm, *type.dict, Value(key.get()), value));
    }
    type.flags = abstract ? (type.flags | TypeAbstract) : (type.flags & ~TypeAbstract);
    return {};
}

static Result<Ref<>> type_get_basicsize(Vm&, Value self)
{
    return new_int(int64_t(as_type(self).instance_size));
}
static Result<Ref<>> type_get_flags(Vm&, Value self)
{
    Type& type = as_type(self);
    // The CPython flag bits programs test: heap type, base type, abstract.
    int64_t flags = (type.is_heap() ? 1 << 9 : 0) | (type.has_flag(TypeBaseType) ? 1 << 10 : 0)
        | (type.has_flag(TypeAbstract) ? 1 << 20 : 0);
    return new_int(flags);
}

// --- attribute access on classes ---

Result<Ref<>> type_getattr(Vm& vm, Value self, Str& name)
{
    Type& type = as_type(self);
    Type& metatype = *self.type();
    Value meta_attribute = type_lookup(metatype, name);
    if (meta_attribute) {
        Type* attribute_type = meta_attribute.type();
        bool is_data = !attribute_type->lookup_special(SpecialMethod::Set).is_null()
            || !attribute_type->lookup_special(SpecialMethod::Delete).is_null();
        if (is_data)
            return descriptor_get(vm, meta_attribute, self, metatype);
    }
    Value attribute = type_lookup(type, name);
    if (attribute) {
        if (attribute.type()->lookup_special(SpecialMethod::Get).is_null()
            && attribute.type() != &function_type)
            return ref(attribute);
        return descriptor_get(vm, attribute, Value {}, type);
    }
    if (meta_attribute)
        return descriptor_get(vm, meta_attribute, self, metatype);
    (void)vm.raise(ExceptionKind::AttributeError,
        "type object '" + std::string(type.is_heap() ? type.name : std::string(type_short_name(type)))
            + "' has no attribute '" + str_to_utf8(name) + "'");
    return Failure {ExceptionPending {}};
}

Result<void> type_setattr(Vm& vm, Value self, Str& name, Value value)
{
    Type& type = as_type(self);
    if (!type.is_heap())
        return vm.raise(ExceptionKind::TypeError,
            "cannot set '" + str_to_utf8(name) + "' attribute of immutable type '" + type.name + "'");
    Type& metatype = *self.type();
    Value meta_attribute = type_lookup(metatype, name);
    if (meta_attribute) {
        SpecialMethod method = value.is_null() ? SpecialMethod::Delete : SpecialMethod::Set;
        if (!meta_attribute.type()->lookup_special(method).is_null()) {
            if (value.is_null()) {
                TRY(call_special(vm, method, meta_attribute, {&self, 1}));
            } else {
                Value arguments[] = {self, value};
                TRY(call_special(vm, method, meta_attribute, arguments));
            }
            return {};
        }
    }
    Ref<Str> key = vm.intern(name);
    // The replaced value may be borrowed by lookup caches until type_modified below:
    // keep it alive until then (its __del__ could otherwise look the name up).
    Ref<> replaced = ref(TRY(dict_get_str(vm, *type.dict, *key)));
    if (value.is_null()) {
        if (!TRY(dict_delete_item(vm, *type.dict, Value(key.get()))))
            return vm.raise(ExceptionKind::AttributeError,
                "type object '" + type.name + "' has no attribute '" + str_to_utf8(name) + "'");
    } else {
        TRY(dict_set_item(vm, *type.dict, Value(key.get()), value));
    }
    type_modified(type);
    return {};
}

static void type_destruct(Object* object)
{
    auto* type = static_cast<Type*>(object);
    remove_heap_subclass(*type);
    if (type->base && type->is_heap())
        decref(type->base);
    type->~Type();
}

static void type_traverse(Object* object, VisitFunction visit, void* context)
{
    auto* type = static_cast<Type*>(object);
    // A heap type owns a reference to its solid base (type_destruct gives it back);
    // unvisited, a base dying in the same cycle would look referenced from outside.
    if (type->is_heap() && type->base)
        visit(Value(type->base), context);
    if (type->dict)
        visit(type->dict.value(), context);
    if (type->bases)
        visit(type->bases.value(), context);
    if (type->mro)
        visit(type->mro.value(), context);
}

static void type_clear(Object* object)
{
    auto* type = static_cast<Type*>(object);
    // The MRO and bases stay: the type may still be asked for its name while the
    // cycle it belongs to is torn down.
    if (type->dict)
        dict_clear(*type->dict);
    // Only the solid base is kept alive by the type itself; once the collector has
    // cleared the bases tuple, another base in the same cycle may be freed first, so
    // the type leaves its bases' subclass lists now, while all of them are alive.
    remove_heap_subclass(*type);
}

static Result<Ref<>> type_or(Vm& vm, Args args)
{
    return union_or(vm, args[0], args[1]);
}
static Result<Ref<>> type_ror(Vm& vm, Args args)
{
    return union_or(vm, args[1], args[0]);
}

static constexpr NativeMethod type_methods[] = {
    {"__new__($type, *args, **kwargs)", type_new, MethodKind::Static},
    {"__init__($self, *args, **kwargs)", type_init},
    {"__call__($self, *args, **kwargs)", type_call_method},
    {"__repr__($self, /)", type_repr},
    {"mro($self, /)", type_mro},
    {"__subclasses__($self, /)", type_subclasses},
    {"__instancecheck__($self, instance, /)", type_instancecheck},
    {"__subclasscheck__($self, subclass, /)", type_subclasscheck},
    {"__prepare__($type, *args, **kwargs)", type_prepare, MethodKind::Class},
    {"__dir__($self, /)", type_dir},
    {"__sizeof__($self, /)", type_sizeof},
    {"__or__($self, value, /)", type_or},
    {"__ror__($self, value, /)", type_ror},
};

static constexpr NativeProperty type_properties[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases},
    {"__mro__", type_get_mro},
    {"__base__", type_get_base},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {"__basicsize__", type_get_basicsize},
    {"__flags__", type_get_flags},
};

Type type_type;
extern TypeSpec const type_type_spec;
TypeSpec const type_type_spec = {
    .name = "type",
    .base = &object_type,
    .instance_size = sizeof(Type),
    .flags = TypeBaseType | TypeHasGc | TypeTypeSubclass,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .methods = type_methods,
    .properties = type_properties,
    .dict_offset = offsetof(Type, dict),
    .destruct = type_destruct,
    .traverse = type_traverse,
    .clear = type_clear,
    .getattr = type_getattr,
    .setattr = type_setattr,
};

} // namespace taipan
