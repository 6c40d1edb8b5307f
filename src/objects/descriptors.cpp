// property, classmethod and staticmethod: the descriptor types Python code builds with
// decorators. Their messages follow CPython 3.11 ("property 'x' of 'C' object has no
// setter", "classmethod expected 1 argument, got 0").
#include "objects/descriptors.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <cstddef>
#include <string>

namespace taipan {

namespace {

    PropertyObject& as_property(Value value)
    {
        return *static_cast<PropertyObject*>(value.as_object());
    }
    MethodWrapperObject& as_wrapper(Value value)
    {
        return *static_cast<MethodWrapperObject*>(value.as_object());
    }

    Ref<> or_none(Ref<> const& value)
    {
        return value ? value : new_none();
    }
    Ref<> none_to_null(Value value)
    {
        return value.is_null() || is_none(value) ? Ref<>() : ref(value);
    }

    Result<Ref<Str>> make_str(Vm& vm, std::string_view text)
    {
        return new_str(vm, text);
    }

    Result<void> read_only(Vm& vm, Value, Value)
    {
        return vm.raise(ExceptionKind::AttributeError, "readonly attribute");
    }

    // The check CPython's __get__ wrapper makes before any descriptor's __get__.
    Result<void> check_get_arguments(Vm& vm, Value instance, Value owner)
    {
        if ((instance.is_null() || is_none(instance)) && (owner.is_null() || is_none(owner)))
            return vm.raise(ExceptionKind::TypeError, "__get__(None, None) is invalid");
        return {};
    }

    // Is getattr(callable, '__isabstractmethod__', False) true?
    Result<bool> is_abstract(Vm& vm, Value callable)
    {
        if (!callable)
            return false;
        Ref<> flag = TRY(get_attribute_or_null(vm, callable, *vm.intern("__isabstractmethod__")));
        if (!flag)
            return false;
        return is_true(vm, flag);
    }

    // Parses up to `names.size()` arguments given by position or keyword, with CPython's
    // getargs messages for `function`().
    Result<void> parse_optional_arguments(Vm& vm, char const* function, Tuple& positional, Value kwargs,
        std::span<char const* const> names, Value* out)
    {
        if (size_t(positional.size) > names.size())
            return vm.raise(ExceptionKind::TypeError,
                std::string(function) + "() takes at most " + std::to_string(names.size()) + " arguments ("
                    + std::to_string(positional.size) + " given)");
        for (int64_t index = 0; index < positional.size; ++index)
            out[index] = positional[index];
        if (!kwargs)
            return {};
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(kwargs), position, key, value)) {
            std::string text = str_to_utf8(as_str(key));
            size_t index = 0;
            while (index < names.size() && text != names[index])
                ++index;
            if (index == names.size())
                return vm.raise(ExceptionKind::TypeError,
                    "'" + text + "' is an invalid keyword argument for " + function + "()");
            if (int64_t(index) < positional.size)
                return vm.raise(ExceptionKind::TypeError,
                    "argument for " + std::string(function) + "() given by name ('" + text
                        + "') and position (" + std::to_string(index + 1) + ")");
            out[index] = value;
        }
        return {};
    }

    // --- property ---

    Result<Ref<>> property_new(Vm& vm, Args args)
    {
        Type& type = *static_cast<Type*>(args[0].as_object());
        Ref<PropertyObject> made = TRY(make_object<PropertyObject>(vm, type, 0));
        return Ref<>(std::move(made));
    }

    Result<void> property_initialize(Vm& vm, Value self_value, Value fget, Value fset, Value fdel, Value doc)
    {
        PropertyObject& self = as_property(self_value);
        self.getter = none_to_null(fget);
        self.setter = none_to_null(fset);
        self.deleter = none_to_null(fdel);
        self.doc_from_getter = false;
        Ref<> property_doc = none_to_null(doc);
        if (!property_doc && self.getter) {
            Ref<> getter_doc = TRY(get_attribute_or_null(vm, self.getter, *vm.intern("__doc__")));
            if (getter_doc && !is_none(getter_doc)) {
                property_doc = std::move(getter_doc);
                self.doc_from_getter = true;
            }
        }
        if (self_value.type() == &property_type) {
            self.doc = std::move(property_doc);
            return {};
        }
        // CPython: a subclass instance keeps its doc in its own dict, or the class's
        // __doc__ would shadow it.
        self.doc = nullptr;
        auto stored = set_attribute(vm, self_value, *vm.intern("__doc__"), or_none(property_doc));
        if (stored.is_error()) {
            if (!vm.pending_exception_matches(ExceptionKind::AttributeError))
                return stored;
            (void)vm.take_pending_exception();
        }
        return {};
    }

    Result<Ref<>> property_init(Vm& vm, Args args)
    {
        static constexpr char const* names[] = {"fget", "fset", "fdel", "doc"};
        Value values[4] = {};
        TRY(parse_optional_arguments(vm, "property", as_tuple(args[1]), args[2], names, values));
        TRY(property_initialize(vm, args[0], values[0], values[1], values[2], values[3]));
        return new_none();
    }

    // "property 'x' of 'C' object has no setter" (or "property of 'C' object ..." for a
    // property that was never given a name by __set_name__).
    Raised raise_missing_accessor(Vm& vm, PropertyObject& property, Value instance, char const* accessor)
    {
        std::string owner = "'" + str_to_utf8(*instance.type()->qualname) + "'";
        std::string message = "property ";
        if (property.name) {
            auto name = repr_utf8(vm, property.name);
            if (name.is_error())
                return Raised {ExceptionPending {}};
            message += name.value() + " ";
        }
        message += "of " + owner + " object has no " + accessor;
        return vm.raise(ExceptionKind::AttributeError, message);
    }

    Result<Ref<>> property_get(Vm& vm, Args args)
    {
        Value instance = args[1], owner = args[2];
        TRY(check_get_arguments(vm, instance, owner));
        PropertyObject& self = as_property(args[0]);
        if (is_none(instance))
            return ref(args[0]);
        if (!self.getter)
            return raise_missing_accessor(vm, self, instance, "getter");
        return call(vm, self.getter, {instance});
    }

    Result<Ref<>> property_set(Vm& vm, Args args)
    {
        PropertyObject& self = as_property(args[0]);
        if (!self.setter)
            return raise_missing_accessor(vm, self, args[1], "setter");
        TRY(call(vm, self.setter, {args[1], args[2]}));
        return new_none();
    }

    Result<Ref<>> property_delete(Vm& vm, Args args)
    {
        PropertyObject& self = as_property(args[0]);
        if (!self.deleter)
            return raise_missing_accessor(vm, self, args[1], "deleter");
        TRY(call(vm, self.deleter, {args[1]}));
        return new_none();
    }

    Result<Ref<>> property_set_name(Vm&, Args args)
    {
        as_property(args[0]).name = ref(args[2]);
        return new_none();
    }

    // getter/setter/deleter: a copy of the property (of the same class) with one
    // accessor replaced.
    Result<Ref<>> property_copy(Vm& vm, Value self_value, Value fget, Value fset, Value fdel)
    {
        PropertyObject& self = as_property(self_value);
        Ref<> getter = fget && !is_none(fget) ? ref(fget) : or_none(self.getter);
        Ref<> setter = fset && !is_none(fset) ? ref(fset) : or_none(self.setter);
        Ref<> deleter = fdel && !is_none(fdel) ? ref(fdel) : or_none(self.deleter);
        // A doc taken from the old getter is taken again from the new one.
        Ref<> doc = self.doc_from_getter && !is_none(getter) ? new_none() : or_none(self.doc);
        Ref<> made = TRY(call(vm, Value(self_value.type()), {getter, setter, deleter, doc}));
        if (is_instance_of(made, property_type))
            as_property(made).name = self.name;
        return made;
    }

    Result<Ref<>> property_getter(Vm& vm, Args args)
    {
        return property_copy(vm, args[0], args[1], {}, {});
    }
    Result<Ref<>> property_setter(Vm& vm, Args args)
    {
        return property_copy(vm, args[0], {}, args[1], {});
    }
    Result<Ref<>> property_deleter(Vm& vm, Args args)
    {
        return property_copy(vm, args[0], {}, {}, args[1]);
    }

    Result<Ref<>> get_fget(Vm&, Value self)
    {
        return or_none(as_property(self).getter);
    }
    Result<Ref<>> get_fset(Vm&, Value self)
    {
        return or_none(as_property(self).setter);
    }
    Result<Ref<>> get_fdel(Vm&, Value self)
    {
        return or_none(as_property(self).deleter);
    }
    Result<Ref<>> get_property_doc(Vm&, Value self)
    {
        return or_none(as_property(self).doc);
    }
    Result<void> set_property_doc(Vm&, Value self, Value value)
    {
        as_property(self).doc = value.is_null() ? Ref<>() : ref(value);
        return {};
    }

    Result<Ref<>> get_property_abstract(Vm& vm, Value self)
    {
        PropertyObject& property = as_property(self);
        for (Ref<> const* accessor : {&property.getter, &property.setter, &property.deleter})
            if (TRY(is_abstract(vm, *accessor)))
                return new_bool(true);
        return new_bool(false);
    }

    void property_destruct(Object* object)
    {
        static_cast<PropertyObject*>(object)->~PropertyObject();
    }

    void property_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto& property = *static_cast<PropertyObject*>(object);
        for (Ref<>* field :
            {&property.getter, &property.setter, &property.deleter, &property.doc, &property.name})
            if (*field)
                visit(field->value(), context);
    }

    void property_clear(Object* object)
    {
        auto& property = *static_cast<PropertyObject*>(object);
        for (Ref<>* field :
            {&property.getter, &property.setter, &property.deleter, &property.doc, &property.name}) {
            Ref<> dropped = std::move(*field);
        }
    }

    constexpr NativeMethod property_methods[] = {
        {"__new__($type, *args, **kwargs)", property_new, MethodKind::Static},
        {"__init__($self, /, *args, **kwargs)", property_init},
        {"__get__($self, instance, owner=None, /)", property_get},
        {"__set__($self, instance, value, /)", property_set},
        {"__delete__($self, instance, /)", property_delete},
        {"__set_name__($self, owner, name, /)", property_set_name},
        {"getter($self, fget, /)", property_getter, MethodKind::Instance,
            "Descriptor to obtain a copy of the property with a different getter."},
        {"setter($self, fset, /)", property_setter, MethodKind::Instance,
            "Descriptor to obtain a copy of the property with a different setter."},
        {"deleter($self, fdel, /)", property_deleter, MethodKind::Instance,
            "Descriptor to obtain a copy of the property with a different deleter."},
    };

    constexpr NativeProperty property_properties[] = {
        {"fget", get_fget, read_only},
        {"fset", get_fset, read_only},
        {"fdel", get_fdel, read_only},
        {"__doc__", get_property_doc, set_property_doc},
        {"__isabstractmethod__", get_property_abstract},
    };

    // --- classmethod and staticmethod ---

    Result<Ref<>> wrapper_new(Vm& vm, Args args)
    {
        Type& type = *static_cast<Type*>(args[0].as_object());
        Ref<MethodWrapperObject> made = TRY(make_object<MethodWrapperObject>(vm, type, 0));
        return Ref<>(std::move(made));
    }

    // functools.wraps-like: __module__, __name__, __qualname__, __doc__ and
    // __annotations__ of the callable, where it has them, go into the wrapper's dict.
    Result<void> copy_wrapped_attributes(Vm& vm, Value wrapper, Value callable)
    {
        for (char const* name : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            Ref<Str> key = vm.intern(name);
            Ref<> value = TRY(get_attribute_or_null(vm, callable, *key));
            if (!value)
                continue;
            MethodWrapperObject& self = as_wrapper(wrapper);
            if (!self.dict)
                self.dict = TRY(new_dict(vm));
            TRY(dict_set_item(vm, *self.dict, Value(key.get()), value));
        }
        return {};
    }

    Result<void> wrapper_initialize(Vm& vm, Value self, char const* kind, Tuple& positional, Value kwargs)
    {
        if (kwargs && as_dict(kwargs).size > 0)
            return vm.raise(ExceptionKind::TypeError, std::string(kind) + "() takes no keyword arguments");
        if (positional.size != 1)
            return vm.raise(ExceptionKind::TypeError,
                std::string(kind) + " expected 1 argument, got " + std::to_string(positional.size));
        as_wrapper(self).callable = ref(positional[0]);
        return copy_wrapped_attributes(vm, self, positional[0]);
    }

    Result<Ref<>> classmethod_init(Vm& vm, Args args)
    {
        TRY(wrapper_initialize(vm, args[0], "classmethod", as_tuple(args[1]), args[2]));
        return new_none();
    }

    Result<Ref<>> staticmethod_init(Vm& vm, Args args)
    {
        TRY(wrapper_initialize(vm, args[0], "staticmethod", as_tuple(args[1]), args[2]));
        return new_none();
    }

    Result<Ref<>> classmethod_get(Vm& vm, Args args)
    {
        Value instance = args[1], owner = args[2];
        TRY(check_get_arguments(vm, instance, owner));
        if (owner.is_null() || is_none(owner))
            owner = Value(instance.type());
        Value callable = as_wrapper(args[0]).callable.value();
        if (!callable)
            return vm.raise(ExceptionKind::RuntimeError, "uninitialized classmethod object");
        // CPython 3.11 chains descriptors: classmethod(property(...)) binds the inner
        // descriptor to the class.
        if (callable.type() != &function_type && callable.type()->lookup_special(SpecialMethod::Get)) {
            Value arguments[] = {owner, owner};
            return call_special(vm, SpecialMethod::Get, callable, arguments);
        }
        return new_method(vm, callable, owner);
    }

    Result<Ref<>> staticmethod_get(Vm& vm, Args args)
    {
        TRY(check_get_arguments(vm, args[1], args[2]));
        Value callable = as_wrapper(args[0]).callable.value();
        if (!callable)
            return vm.raise(ExceptionKind::RuntimeError, "uninitialized staticmethod object");
        return ref(callable);
    }

    Result<Ref<>> staticmethod_call(Vm& vm, Args args)
    {
        Value callable = as_wrapper(args[0]).callable.value();
        if (!callable)
            return vm.raise(ExceptionKind::RuntimeError, "uninitialized staticmethod object");
        return call_with_tuple(vm, callable, as_tuple(args[1]), args[2] ? &as_dict(args[2]) : nullptr);
    }

    Result<Ref<>> wrapper_repr(Vm& vm, Value self, char const* kind)
    {
        std::string inner = TRY(repr_utf8(vm, or_none(as_wrapper(self).callable)));
        return Ref<>(TRY(make_str(vm, "<" + std::string(kind) + "(" + inner + ")>")));
    }

    Result<Ref<>> classmethod_repr(Vm& vm, Args args)
    {
        return wrapper_repr(vm, args[0], "classmethod");
    }
    Result<Ref<>> staticmethod_repr(Vm& vm, Args args)
    {
        return wrapper_repr(vm, args[0], "staticmethod");
    }

    Result<Ref<>> get_wrapped_function(Vm&, Value self)
    {
        return or_none(as_wrapper(self).callable);
    }
    Result<Ref<>> get_wrapper_abstract(Vm& vm, Value self)
    {
        return new_bool(TRY(is_abstract(vm, as_wrapper(self).callable)));
    }
    Result<Ref<>> get_wrapper_dict(Vm& vm, Value self)
    {
        MethodWrapperObject& wrapper = as_wrapper(self);
        if (!wrapper.dict)
            wrapper.dict = TRY(new_dict(vm));
        return Ref<>(wrapper.dict);
    }
    Result<void> set_wrapper_dict(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "cannot delete __dict__");
        if (!is_dict(value))
            return vm.raise(ExceptionKind::TypeError,
                "__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
        as_wrapper(self).dict = ref(&as_dict(value));
        return {};
    }

    void wrapper_destruct(Object* object)
    {
        static_cast<MethodWrapperObject*>(object)->~MethodWrapperObject();
    }

    void wrapper_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto& wrapper = *static_cast<MethodWrapperObject*>(object);
        if (wrapper.callable)
            visit(wrapper.callable.value(), context);
        if (wrapper.dict)
            visit(wrapper.dict.value(), context);
    }

    void wrapper_clear(Object* object)
    {
        auto& wrapper = *static_cast<MethodWrapperObject*>(object);
        Ref<> callable = std::move(wrapper.callable);
        Ref<Dict> dict = std::move(wrapper.dict);
    }

    size_t wrapper_dict_offset()
    {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
        return offsetof(MethodWrapperObject, dict);
#pragma GCC diagnostic pop
    }

    constexpr NativeMethod classmethod_methods[] = {
        {"__new__($type, *args, **kwargs)", wrapper_new, MethodKind::Static},
        {"__init__($self, /, *args, **kwargs)", classmethod_init},
        {"__get__($self, instance, owner=None, /)", classmethod_get},
        {"__repr__($self, /)", classmethod_repr},
    };

    constexpr NativeMethod staticmethod_methods[] = {
        {"__new__($type, *args, **kwargs)", wrapper_new, MethodKind::Static},
        {"__init__($self, /, *args, **kwargs)", staticmethod_init},
        {"__get__($self, instance, owner=None, /)", staticmethod_get},
        {"__call__($self, /, *args, **kwargs)", staticmethod_call},
        {"__repr__($self, /)", staticmethod_repr},
    };

    constexpr NativeProperty wrapper_properties[] = {
        {"__func__", get_wrapped_function, read_only},
        {"__wrapped__", get_wrapped_function, read_only},
        {"__isabstractmethod__", get_wrapper_abstract},
        {"__dict__", get_wrapper_dict, set_wrapper_dict},
    };

    Result<Ref<>> make_wrapper(Vm& vm, Type& type, Value callable)
    {
        Ref<MethodWrapperObject> made = TRY(make_object<MethodWrapperObject>(vm, type, 0));
        made->callable = ref(callable);
        TRY(copy_wrapped_attributes(vm, Value(made.get()), callable));
        return Ref<>(std::move(made));
    }

} // namespace

Result<Ref<>> new_classmethod(Vm& vm, Value callable)
{
    return make_wrapper(vm, classmethod_type, callable);
}
Result<Ref<>> new_staticmethod(Vm& vm, Value callable)
{
    return make_wrapper(vm, staticmethod_type, callable);
}

Type property_type;
extern TypeSpec const property_type_spec;
TypeSpec const property_type_spec = {
    .name = "property",
    .instance_size = sizeof(PropertyObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc
    = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    "
      "function "
      "to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n"
      "  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def "
      "getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del "
      "self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining "
      "new "
      "properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n    "
      " "
      "   \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n       "
      " "
      "self._x = value\n    @x.deleter\n    def x(self):\n        del self._x",
    .methods = property_methods,
    .properties = property_properties,
    .destruct = property_destruct,
    .traverse = property_traverse,
    .clear = property_clear,
};

Type classmethod_type;
extern TypeSpec const classmethod_type_spec;
TypeSpec const classmethod_type_spec = {
    .name = "classmethod",
    .instance_size = sizeof(MethodWrapperObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc
    = "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method "
      "receives "
      "the class as implicit first argument,\njust like an instance method receives the instance.\nTo "
      "declare "
      "a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, "
      "...):\n "
      "         ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  "
      "The instance is ignored except for its class.\nIf a class method is called for a derived class, the "
      "derived class\nobject is passed as the implied first argument.\n\nClass methods are different than "
      "C++ "
      "or Java static methods.\nIf you want those, see the staticmethod builtin.",
    .methods = classmethod_methods,
    .properties = wrapper_properties,
    .dict_offset = wrapper_dict_offset(),
    .destruct = wrapper_destruct,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
};

Type staticmethod_type;
extern TypeSpec const staticmethod_type_spec;
TypeSpec const staticmethod_type_spec = {
    .name = "staticmethod",
    .instance_size = sizeof(MethodWrapperObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc
    = "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does "
      "not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class "
      "C:\n   "
      "      @staticmethod\n         def f(arg1, arg2, ...):\n             ...\n\nIt can be called either on "
      "the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are "
      "ignored, "
      "and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python "
      "are "
      "similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.",
    .methods = staticmethod_methods,
    .properties = wrapper_properties,
    .dict_offset = wrapper_dict_offset(),
    .destruct = wrapper_destruct,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
};

} // namespace taipan
