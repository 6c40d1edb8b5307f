// types.SimpleNamespace (simple_namespace.h): keyword arguments become instance
// attributes; equality compares the attribute dicts; instances are unhashable.
#include "objects/simple_namespace.h"

#include "objects/abstract.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <string>

namespace taipan {

namespace {

Dict& namespace_dict(Vm& vm, Value self)
{
    // Instances of subclasses keep the dict at the same offset: the base's layout.
    Dict* dict = instance_dict(vm, self, true);
    return *dict;
}

Result<Ref<>> namespace_new(Vm& vm, Args args)
{
    Type* type = TRY(new_type_argument(vm, args[0], simple_namespace_type));
    Ref<SimpleNamespace> made = TRY(make_object<SimpleNamespace>(vm, *type, 0));
    made->dict = TRY(new_dict(vm));
    return Ref<>(std::move(made));
}

Result<Ref<>> namespace_init(Vm& vm, Args args)
{
    if (as_tuple(args[1]).size > 0)
        return vm.raise(ExceptionKind::TypeError, "no positional arguments expected");
    if (args[2] && as_dict(args[2]).size > 0)
        TRY(dict_update(vm, namespace_dict(vm, args[0]), args[2]));
    return new_none();
}

Result<Ref<>> namespace_repr(Vm& vm, Args args)
{
    Value self = args[0];
    Type* type = self.type();
    std::string name = type == &simple_namespace_type ? "namespace" : std::string(type_short_name(*type));
    if (!repr_enter(self.as_object()))
        return Ref<>(TRY(new_str(vm, name + "(...)")));
    StrBuilder builder;
    builder.append_utf8(name);
    builder.append_ascii("(");
    Dict& dict = namespace_dict(vm, self);
    int64_t position = 0;
    Value key, value;
    bool first = true;
    while (dict_next(dict, position, key, value)) {
        if (!is_str(key))
            continue;
        Ref<> held_key = ref(key);
        Ref<> held_value = ref(value);
        auto text = repr(vm, value);
        if (text.is_error()) {
            repr_leave(self.as_object());
            return Failure {text.release_error()};
        }
        if (!first)
            builder.append_ascii(", ");
        first = false;
        builder.append(as_str(held_key));
        builder.append_ascii("=");
        builder.append(*text.value());
    }
    repr_leave(self.as_object());
    builder.append_ascii(")");
    return Ref<>(TRY(builder.build(vm)));
}

Result<Ref<>> namespace_compare(Vm& vm, Args args, ComparisonOperator op)
{
    if (!is_instance_of(args[1], simple_namespace_type))
        return ref(not_implemented());
    Value left(&namespace_dict(vm, args[0]));
    Value right(&namespace_dict(vm, args[1]));
    return rich_compare(vm, left, right, op);
}

Result<Ref<>> namespace_eq(Vm& vm, Args args) { return namespace_compare(vm, args, ComparisonOperator::Equal); }
Result<Ref<>> namespace_ne(Vm& vm, Args args) { return namespace_compare(vm, args, ComparisonOperator::NotEqual); }

Result<Ref<>> namespace_hash(Vm& vm, Args args)
{
    return vm.raise(ExceptionKind::TypeError, "unhashable type: '" + std::string(args[0].type()->name) + "'");
}

Result<Ref<>> namespace_reduce(Vm& vm, Args args)
{
    Value dict(&namespace_dict(vm, args[0]));
    return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), Value(empty_tuple().get()), dict})));
}

constexpr NativeMethod namespace_methods[] = {
    {"__new__($type, *args, **kwargs)", namespace_new, MethodKind::Static},
    {"__init__($self, /, *args, **kwargs)", namespace_init},
    {"__repr__($self, /)", namespace_repr},
    {"__eq__($self, value, /)", namespace_eq},
    {"__ne__($self, value, /)", namespace_ne},
    {"__hash__($self, /)", namespace_hash},
    {"__reduce__($self, /)", namespace_reduce},
};

void namespace_destruct(Object* object) { static_cast<SimpleNamespace*>(object)->~SimpleNamespace(); }

void namespace_traverse(Object* object, VisitFunction visit, void* context)
{
    auto& self = *static_cast<SimpleNamespace*>(object);
    if (self.dict)
        visit(self.dict.value(), context);
}

void namespace_clear(Object* object) { static_cast<SimpleNamespace*>(object)->dict = nullptr; }

} // namespace

Type simple_namespace_type;
extern TypeSpec const simple_namespace_type_spec;
TypeSpec const simple_namespace_type_spec = {
    .name = "types.SimpleNamespace",
    .instance_size = sizeof(SimpleNamespace),
    .flags = TypeHasGc | TypeBaseType,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .methods = namespace_methods,
    .dict_offset = offsetof(SimpleNamespace, dict),
    .destruct = namespace_destruct,
    .traverse = namespace_traverse,
    .clear = namespace_clear,
};

Result<Ref<>> new_simple_namespace(Vm& vm, Dict* attributes)
{
    Ref<SimpleNamespace> made = TRY(make_object<SimpleNamespace>(vm, simple_namespace_type, 0));
    made->dict = TRY(new_dict(vm));
    if (attributes)
        TRY(dict_update(vm, *made->dict, Value(attributes)));
    return Ref<>(std::move(made));
}

} // namespace taipan
