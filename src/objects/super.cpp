// super(type, obj), super(type, type2), super(type) and the zero-argument super():
// attribute lookups skip the MRO of the object's class up to and including `type`, and
// bind what they find to the object (or to the class for super(type, type2)).
#include "objects/super.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

#include <string>

namespace taipan {

namespace {

    SuperObject& as_super(Value value)
    {
        return *static_cast<SuperObject*>(value.as_object());
    }
    bool is_type_object(Value value)
    {
        return value.is_object() && value.type()->has_flag(TypeTypeSubclass);
    }
    Type& as_type(Value value)
    {
        return *static_cast<Type*>(value.as_object());
    }

    // The class whose MRO super walks for `object` (CPython's supercheck): the object
    // itself when it is a subclass of `type`, else its class (or its __class__).
    Result<Type*> super_check(Vm& vm, Type& type, Value object)
    {
        if (is_type_object(object) && is_subtype(&as_type(object), &type))
            return &as_type(object);
        if (is_subtype(object.type(), &type))
            return object.type();
        // Proxies may claim another class through __class__.
        auto claimed = get_attribute_or_null(vm, object, *vm.intern("__class__"));
        if (claimed.is_error()) {
            (void)vm.take_pending_exception();
        } else {
            Value klass = claimed.value().value();
            if (is_type_object(klass) && &as_type(klass) != object.type()
                && is_subtype(&as_type(klass), &type))
                return &as_type(klass);
        }
        return vm.raise(
            ExceptionKind::TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }

    Result<void> super_fill(Vm& vm, SuperObject& self, Value type, Value object)
    {
        if (!is_type_object(type))
            return vm.raise(
                ExceptionKind::TypeError, "super() argument 1 must be a type, not " + type_name(type));
        Ref<> object_type;
        Ref<> bound;
        if (object && !is_none(object)) {
            Type* walked = TRY(super_check(vm, as_type(type), object));
            object_type = ref(Value(walked));
            bound = ref(object);
        }
        self.this_class = ref(type);
        self.self_object = std::move(bound);
        self.self_class = std::move(object_type);
        return {};
    }

    Result<Ref<>> super_new(Vm& vm, Args args)
    {
        Type& type = as_type(args[0]);
        Ref<SuperObject> made = TRY(make_object<SuperObject>(vm, type, 0));
        return Ref<>(std::move(made));
    }

    Result<Ref<>> super_init(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        if (args[2] && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "super() takes no keyword arguments");
        if (positional.size > 2)
            return vm.raise(ExceptionKind::TypeError,
                "super() expected at most 2 arguments, got " + std::to_string(positional.size));
        SuperObject& self = as_super(args[0]);
        if (positional.size == 0) {
            auto [type, object] = TRY(current_frame_super_arguments(vm));
            TRY(super_fill(vm, self, type, object));
        } else {
            TRY(super_fill(vm, self, positional[0], positional.size == 2 ? positional[1] : Value {}));
        }
        return new_none();
    }

    Result<Ref<>> super_getattribute(Vm& vm, Value self_value, Str& name)
    {
        SuperObject& self = as_super(self_value);
        if (self.self_class && self.this_class && !(name.length == 9 && name.ascii_view() == "__class__")) {
            Type& start = as_type(self.self_class);
            Tuple& mro = *start.mro;
            int64_t index = 0;
            while (index < mro.size && !mro[index].is(self.this_class.value()))
                ++index;
            // The MRO may change while we look (a class attribute set by a descriptor), so
            // the tuple is held.
            Ref<Tuple> held = ref(&mro);
            for (++index; index < held->size; ++index) {
                Type& klass = as_type((*held)[index]);
                if (!klass.dict)
                    continue;
                Value found = TRY(dict_get_str(vm, *klass.dict, name));
                if (!found)
                    continue;
                Value instance = self.self_object.value().is(self.self_class.value())
                    ? Value {}
                    : self.self_object.value();
                return descriptor_get(vm, found, instance, start);
            }
        }
        return generic_getattr(vm, self_value, name);
    }

    Result<Ref<>> super_get(Vm& vm, Args args)
    {
        SuperObject& self = as_super(args[0]);
        Value instance = args[1];
        if (!instance || is_none(instance) || self.self_object)
            return ref(args[0]);
        if (args[0].type() != &super_type)
            return call(vm, Value(args[0].type()), {self.this_class, instance});
        Ref<SuperObject> made = TRY(make_object<SuperObject>(vm, super_type, 0));
        TRY(super_fill(vm, *made, self.this_class, instance));
        return Ref<>(std::move(made));
    }

    Result<Ref<>> super_repr(Vm& vm, Args args)
    {
        SuperObject& self = as_super(args[0]);
        std::string type = self.this_class ? as_type(self.this_class).name : std::string("NULL");
        std::string text = "<super: <class '" + type + "'>, ";
        if (self.self_class)
            text += "<" + as_type(self.self_class).name + " object>>";
        else
            text += "NULL>";
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> get_this_class(Vm&, Value self)
    {
        Ref<> const& type = as_super(self).this_class;
        return type ? type : new_none();
    }
    Result<Ref<>> get_self(Vm&, Value self)
    {
        Ref<> const& object = as_super(self).self_object;
        return object ? object : new_none();
    }
    Result<Ref<>> get_self_class(Vm&, Value self)
    {
        Ref<> const& object_type = as_super(self).self_class;
        return object_type ? object_type : new_none();
    }
    Result<void> read_only(Vm& vm, Value, Value)
    {
        return vm.raise(ExceptionKind::AttributeError, "readonly attribute");
    }

    void super_destruct(Object* object)
    {
        static_cast<SuperObject*>(object)->~SuperObject();
    }

    void super_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto& self = *static_cast<SuperObject*>(object);
        for (Ref<>* field : {&self.this_class, &self.self_object, &self.self_class})
            if (*field)
                visit(field->value(), context);
    }

    void super_clear(Object* object)
    {
        auto& self = *static_cast<SuperObject*>(object);
        for (Ref<>* field : {&self.this_class, &self.self_object, &self.self_class}) {
            Ref<> dropped = std::move(*field);
        }
    }

    constexpr NativeMethod super_methods[] = {
        {"__new__($type, *args, **kwargs)", super_new, MethodKind::Static},
        {"__init__($self, /, *args, **kwargs)", super_init},
        {"__get__($self, instance, owner=None, /)", super_get},
        {"__repr__($self, /)", super_repr},
    };

    constexpr NativeProperty super_properties[] = {
        {"__thisclass__", get_this_class, read_only, "the class invoking super()"},
        {"__self__", get_self, read_only, "the instance invoking super(); may be None"},
        {"__self_class__", get_self_class, read_only,
            "the type of the instance invoking super(); may be None"},
    };

} // namespace

Result<Ref<>> make_super(Vm& vm, Type& start, Value object)
{
    Ref<SuperObject> made = TRY(make_object<SuperObject>(vm, super_type, 0));
    TRY(super_fill(vm, *made, Value(&start), object));
    return Ref<>(std::move(made));
}

Type super_type;
extern TypeSpec const super_type_spec;
TypeSpec const super_type_spec = {
    .name = "super",
    .instance_size = sizeof(SuperObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc
    = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super "
      "object\nsuper(type, "
      "obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; "
      "requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n "
      "   "
      "def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    "
      "@classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n",
    .methods = super_methods,
    .properties = super_properties,
    .destruct = super_destruct,
    .traverse = super_traverse,
    .clear = super_clear,
    .getattr = super_getattribute,
};

} // namespace taipan
