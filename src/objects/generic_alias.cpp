// types.GenericAlias and types.UnionType (generic_alias.h). An alias forwards most
// attribute reads to its origin class, calls it to make instances, and substitutes
// type parameters (objects with __typing_subst__, like typing.TypeVar) when subscripted.
#include "objects/generic_alias.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/vm.h"

#include <string>
#include <vector>

namespace taipan {

namespace {

    struct GenericAlias : Object {
        Ref<> origin;
        Ref<> args; // a tuple
        Ref<> parameters; // a tuple, collected on first use
    };

    struct UnionObject : Object {
        Ref<> args; // a tuple of at least two members
        Ref<> parameters;
    };

    GenericAlias& as_alias(Value value)
    {
        return *static_cast<GenericAlias*>(value.as_object());
    }
    UnionObject& as_union(Value value)
    {
        return *static_cast<UnionObject*>(value.as_object());
    }

    bool is_alias(Value value)
    {
        return value.is_object() && is_subtype(value.type(), &generic_alias_type);
    }
    bool is_union(Value value)
    {
        return value.is_object() && value.type() == &union_type;
    }

    // --- shared by both ---

    // How an alias shows one of its arguments: classes by qualified name (without
    // "builtins."), `...` for Ellipsis, nested aliases by their repr.
    Result<std::string> repr_item(Vm& vm, Value item)
    {
        if (item.is(ellipsis()))
            return std::string("...");
        Ref<> origin = TRY(get_attribute_or_null(vm, item, "__origin__"));
        if (origin) {
            Ref<> args = TRY(get_attribute_or_null(vm, item, "__args__"));
            if (args)
                return repr_utf8(vm, item);
        }
        Ref<> qualname = TRY(get_attribute_or_null(vm, item, "__qualname__"));
        if (!qualname)
            return repr_utf8(vm, item);
        Ref<> module = TRY(get_attribute_or_null(vm, item, "__module__"));
        if (!module || is_none(module))
            return repr_utf8(vm, item);
        std::string qualname_text = TRY(str_utf8(vm, qualname));
        if (is_str(module) && str_to_utf8(as_str(module)) == "builtins")
            return qualname_text;
        return TRY(str_utf8(vm, module)) + "." + qualname_text;
    }

    // The type parameters among `args`: the objects with __typing_subst__, and the
    // __parameters__ of the others (nested aliases), each once, in order.
    Result<Ref<>> collect_parameters(Vm& vm, Tuple& args)
    {
        std::vector<Ref<>> parameters;
        auto add = [&](Value parameter) -> Result<void> {
            for (Ref<> const& known : parameters) {
                if (known.value().is(parameter))
                    return {};
            }
            parameters.push_back(ref(parameter));
            return {};
        };
        for (Value item : args.span()) {
            if (item.type()->has_flag(TypeTypeSubclass))
                continue;
            Ref<> substitute = TRY(get_attribute_or_null(vm, item, "__typing_subst__"));
            if (substitute) {
                TRY(add(item));
                continue;
            }
            Ref<> nested = TRY(get_attribute_or_null(vm, item, "__parameters__"));
            if (nested && is_tuple(nested)) {
                for (Value parameter : as_tuple(nested).span())
                    TRY(add(parameter));
            }
        }
        std::vector<Value> values;
        for (Ref<> const& parameter : parameters)
            values.push_back(parameter.value());
        return Ref<>(TRY(new_tuple(vm, values)));
    }

    Result<Ref<>> parameters_of(Vm& vm, Ref<>& cache, Value args)
    {
        if (!cache)
            cache = TRY(collect_parameters(vm, as_tuple(args)));
        return cache;
    }

    // `alias[item]`: replaces each parameter of `args` by the matching member of `item`.
    // Returns the new argument list.
    Result<std::vector<Ref<>>> substitute_parameters(
        Vm& vm, Value self, Tuple& args, Tuple& parameters, Value item)
    {
        if (parameters.size == 0)
            return vm.raise(ExceptionKind::TypeError, TRY(repr_utf8(vm, self)) + " is not a generic class");
        Ref<> items = is_tuple(item) ? ref(item) : Ref<>(TRY(new_tuple(vm, {item})));
        Tuple& given = as_tuple(items);
        if (given.size != parameters.size)
            return vm.raise(ExceptionKind::TypeError,
                std::string("Too ") + (given.size > parameters.size ? "many" : "few") + " arguments for "
                    + TRY(repr_utf8(vm, self)) + "; actual " + std::to_string(given.size) + ", expected "
                    + std::to_string(parameters.size));
        auto position_of = [&](Value parameter) -> int64_t {
            for (int64_t index = 0; index < parameters.size; ++index) {
                if (parameters[index].is(parameter))
                    return index;
            }
            return -1;
        };
        std::vector<Ref<>> substituted;
        for (Value argument : args.span()) {
            if (argument.type()->has_flag(TypeTypeSubclass)) {
                substituted.push_back(ref(argument));
                continue;
            }
            Ref<> substitute = TRY(get_attribute_or_null(vm, argument, "__typing_subst__"));
            if (substitute) {
                int64_t position = position_of(argument);
                substituted.push_back(TRY(call(vm, substitute, {given[position]})));
                continue;
            }
            Ref<> nested = TRY(get_attribute_or_null(vm, argument, "__parameters__"));
            if (nested && is_tuple(nested) && as_tuple(nested).size > 0) {
                std::vector<Value> nested_items;
                for (Value parameter : as_tuple(nested).span())
                    nested_items.push_back(given[position_of(parameter)]);
                Ref<Tuple> nested_key = TRY(new_tuple(vm, nested_items));
                substituted.push_back(TRY(get_item(vm, argument, Value(nested_key.get()))));
                continue;
            }
            substituted.push_back(ref(argument));
        }
        return substituted;
    }

    // --- GenericAlias ---

    Result<Ref<>> make_alias(Vm& vm, Type& type, Value origin, Value args)
    {
        Ref<> arguments = is_tuple(args) ? ref(args) : Ref<>(TRY(new_tuple(vm, {args})));
        Ref<GenericAlias> alias = TRY(make_object<GenericAlias>(vm, type, 0));
        alias->origin = ref(origin);
        alias->args = std::move(arguments);
        return Ref<>(std::move(alias));
    }

    Result<Ref<>> alias_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], generic_alias_type));
        return make_alias(vm, *type, args[1], args[2]);
    }

    Result<Ref<>> alias_repr(Vm& vm, Args args)
    {
        GenericAlias& alias = as_alias(args[0]);
        std::string text = TRY(repr_item(vm, alias.origin));
        text += "[";
        Tuple& arguments = as_tuple(alias.args);
        if (arguments.size == 0)
            text += "()";
        for (int64_t index = 0; index < arguments.size; ++index) {
            if (index > 0)
                text += ", ";
            Value item = arguments[index];
            // A list argument (Callable[[int], str]) shows its items the same way.
            if (item.type() == &list_type) {
                text += "[";
                Ref<> held = ref(item);
                auto& list = *static_cast<List*>(item.as_object());
                for (int64_t position = 0; position < list.size; ++position) {
                    if (position > 0)
                        text += ", ";
                    text += TRY(repr_item(vm, list.items[position]));
                }
                text += "]";
                continue;
            }
            text += TRY(repr_item(vm, item));
        }
        text += "]";
        return Ref<>(TRY(new_str(vm, text)));
    }

    // CPython: these names belong to the alias; every other attribute is the origin's.
    constexpr std::string_view own_attributes[] = {"__class__", "__origin__", "__args__", "__unpacked__",
        "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__"};

    Result<Ref<>> alias_getattr(Vm& vm, Value self, Str& name)
    {
        std::string text = str_to_utf8(name);
        for (std::string_view own : own_attributes) {
            if (text == own)
                return generic_getattr(vm, self, name);
        }
        return get_attribute(vm, as_alias(self).origin, name);
    }

    Result<Ref<>> alias_call(Vm& vm, Args args)
    {
        GenericAlias& alias = as_alias(args[0]);
        Ref<> made = TRY(
            call_with_tuple(vm, alias.origin, as_tuple(args[1]), args[2] ? &as_dict(args[2]) : nullptr));
        // The instance remembers its alias when it can take attributes.
        auto stored = set_attribute(vm, made, "__orig_class__", args[0]);
        if (stored.is_error() && !vm.clear_pending_if(ExceptionKind::AttributeError)
            && !vm.clear_pending_if(ExceptionKind::TypeError))
            return Failure {stored.release_error()};
        return made;
    }

    Result<Ref<>> alias_compare(Vm& vm, Args args, bool equal_wanted)
    {
        Value other = args[1];
        if (!is_alias(other))
            return ref(not_implemented());
        GenericAlias& left = as_alias(args[0]);
        GenericAlias& right = as_alias(other);
        bool same = TRY(equal(vm, left.origin, right.origin));
        if (same)
            same = TRY(equal(vm, left.args, right.args));
        return new_bool(same == equal_wanted);
    }

    Result<Ref<>> alias_eq(Vm& vm, Args args)
    {
        return alias_compare(vm, args, true);
    }
    Result<Ref<>> alias_ne(Vm& vm, Args args)
    {
        return alias_compare(vm, args, false);
    }

    Result<Ref<>> alias_hash(Vm& vm, Args args)
    {
        GenericAlias& alias = as_alias(args[0]);
        int64_t origin_hash = TRY(hash(vm, alias.origin));
        int64_t args_hash = TRY(hash(vm, alias.args));
        int64_t combined = origin_hash ^ args_hash;
        return new_int(combined == -1 ? -2 : combined);
    }

    Result<Ref<>> alias_getitem(Vm& vm, Args args)
    {
        GenericAlias& alias = as_alias(args[0]);
        Ref<> parameters = TRY(parameters_of(vm, alias.parameters, alias.args));
        std::vector<Ref<>> substituted
            = TRY(substitute_parameters(vm, args[0], as_tuple(alias.args), as_tuple(parameters), args[1]));
        std::vector<Value> values;
        for (Ref<> const& item : substituted)
            values.push_back(item.value());
        Ref<Tuple> new_args = TRY(new_tuple(vm, values));
        return make_alias(vm, *args[0].type(), alias.origin, Value(new_args.get()));
    }

    Result<Ref<>> alias_mro_entries(Vm& vm, Args args)
    {
        return Ref<>(TRY(new_tuple(vm, {as_alias(args[0]).origin.value()})));
    }

    Result<Ref<>> alias_instancecheck(Vm& vm, Args)
    {
        return vm.raise(
            ExceptionKind::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    }

    Result<Ref<>> alias_subclasscheck(Vm& vm, Args)
    {
        return vm.raise(
            ExceptionKind::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    }

    Result<Ref<>> alias_reduce(Vm& vm, Args args)
    {
        GenericAlias& alias = as_alias(args[0]);
        Ref<Tuple> arguments = TRY(new_tuple(vm, {alias.origin.value(), alias.args.value()}));
        return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), Value(arguments.get())})));
    }

    Result<Ref<>> alias_or(Vm& vm, Args args)
    {
        return union_or(vm, args[0], args[1]);
    }
    Result<Ref<>> alias_ror(Vm& vm, Args args)
    {
        return union_or(vm, args[1], args[0]);
    }

    Result<Ref<>> alias_dir(Vm& vm, Args args)
    {
        // dir(origin), as the builtin computes it for a class, plus the alias's own names.
        Value dir_function = TRY(dict_get_str(vm, vm.builtins(), *vm.intern("dir")));
        if (!dir_function)
            return vm.raise(ExceptionKind::NameError, "name 'dir' is not defined");
        Ref<> names = TRY(call(vm, dir_function, {as_alias(args[0]).origin.value()}));
        Ref<List> list = TRY(list_from_iterable(vm, names));
        for (std::string_view own : own_attributes) {
            Ref<Str> name = vm.intern(own);
            if (!TRY(contains(vm, Value(list.get()), Value(name.get()))))
                TRY(list_append(vm, *list, Value(name.get())));
        }
        return Ref<>(std::move(list));
    }

    Result<Ref<>> alias_get_origin(Vm&, Value self)
    {
        return as_alias(self).origin;
    }
    Result<Ref<>> alias_get_args(Vm&, Value self)
    {
        return as_alias(self).args;
    }
    Result<Ref<>> alias_get_parameters(Vm& vm, Value self)
    {
        GenericAlias& alias = as_alias(self);
        return parameters_of(vm, alias.parameters, alias.args);
    }
    Result<Ref<>> alias_get_unpacked(Vm&, Value)
    {
        return new_bool(false);
    }

    constexpr NativeMethod alias_methods[] = {
        {"__new__($type, origin, args, /)", alias_new, MethodKind::Static},
        {"__repr__($self, /)", alias_repr},
        {"__call__($self, /, *args, **kwargs)", alias_call},
        {"__eq__($self, value, /)", alias_eq},
        {"__ne__($self, value, /)", alias_ne},
        {"__hash__($self, /)", alias_hash},
        {"__getitem__($self, key, /)", alias_getitem},
        {"__or__($self, value, /)", alias_or},
        {"__ror__($self, value, /)", alias_ror},
        {"__mro_entries__($self, bases, /)", alias_mro_entries},
        {"__instancecheck__($self, instance, /)", alias_instancecheck},
        {"__subclasscheck__($self, subclass, /)", alias_subclasscheck},
        {"__reduce__($self, /)", alias_reduce},
        {"__dir__($self, /)", alias_dir},
    };

    constexpr NativeProperty alias_properties[] = {
        {"__origin__", alias_get_origin},
        {"__args__", alias_get_args},
        {"__parameters__", alias_get_parameters, nullptr, "Type variables in the GenericAlias."},
        {"__unpacked__", alias_get_unpacked},
    };

    void alias_destruct(Object* object)
    {
        static_cast<GenericAlias*>(object)->~GenericAlias();
    }

    void alias_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto& alias = *static_cast<GenericAlias*>(object);
        for (Ref<> const* member : {&alias.origin, &alias.args, &alias.parameters}) {
            if (*member)
                visit(member->value(), context);
        }
    }

    void alias_clear(Object* object)
    {
        auto& alias = *static_cast<GenericAlias*>(object);
        alias.origin = nullptr;
        alias.args = nullptr;
        alias.parameters = nullptr;
    }

    // --- UnionType ---

    // The operands `|` accepts: classes, None, aliases and unions.
    bool is_unionable(Value value)
    {
        return is_none(value) || value.type()->has_flag(TypeTypeSubclass) || is_alias(value)
            || is_union(value);
    }

    Result<Ref<>> union_repr(Vm& vm, Args args)
    {
        Tuple& members = as_tuple(as_union(args[0]).args);
        std::string text;
        for (int64_t index = 0; index < members.size; ++index) {
            if (index > 0)
                text += " | ";
            Value member = members[index];
            text += member.is(Value(&none_type)) ? std::string("None") : TRY(repr_item(vm, member));
        }
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<Set>> members_as_frozenset(Vm& vm, Value self)
    {
        Ref<Set> set = TRY(new_set(vm, frozenset_type));
        for (Value member : as_tuple(as_union(self).args).span())
            TRY(set_add(vm, *set, member));
        return set;
    }

    Result<Ref<>> union_compare(Vm& vm, Args args, ComparisonOperator op)
    {
        if (!is_union(args[1]))
            return ref(not_implemented());
        Ref<Set> left = TRY(members_as_frozenset(vm, args[0]));
        Ref<Set> right = TRY(members_as_frozenset(vm, args[1]));
        return rich_compare(vm, Value(left.get()), Value(right.get()), op);
    }

    Result<Ref<>> union_eq(Vm& vm, Args args)
    {
        return union_compare(vm, args, ComparisonOperator::Equal);
    }
    Result<Ref<>> union_ne(Vm& vm, Args args)
    {
        return union_compare(vm, args, ComparisonOperator::NotEqual);
    }

    Result<Ref<>> union_hash(Vm& vm, Args args)
    {
        Ref<Set> members = TRY(members_as_frozenset(vm, args[0]));
        return new_int(TRY(hash(vm, Value(members.get()))));
    }

    Result<Ref<>> union_getitem(Vm& vm, Args args)
    {
        UnionObject& self = as_union(args[0]);
        Ref<> parameters = TRY(parameters_of(vm, self.parameters, self.args));
        std::vector<Ref<>> substituted
            = TRY(substitute_parameters(vm, args[0], as_tuple(self.args), as_tuple(parameters), args[1]));
        Ref<> result = substituted.front();
        for (size_t index = 1; index < substituted.size(); ++index)
            result = TRY(binary_op(vm, result, substituted[index], BinaryOperator::Or));
        return result;
    }

    Result<Ref<>> union_or_method(Vm& vm, Args args)
    {
        return union_or(vm, args[0], args[1]);
    }
    Result<Ref<>> union_ror_method(Vm& vm, Args args)
    {
        return union_or(vm, args[1], args[0]);
    }

    Result<Ref<>> union_get_args(Vm&, Value self)
    {
        return as_union(self).args;
    }
    Result<Ref<>> union_get_parameters(Vm& vm, Value self)
    {
        UnionObject& object = as_union(self);
        return parameters_of(vm, object.parameters, object.args);
    }

    constexpr NativeMethod union_methods[] = {
        {"__repr__($self, /)", union_repr},
        {"__eq__($self, value, /)", union_eq},
        {"__ne__($self, value, /)", union_ne},
        {"__hash__($self, /)", union_hash},
        {"__getitem__($self, key, /)", union_getitem},
        {"__or__($self, value, /)", union_or_method},
        {"__ror__($self, value, /)", union_ror_method},
    };

    constexpr NativeProperty union_properties[] = {
        {"__args__", union_get_args},
        {"__parameters__", union_get_parameters, nullptr, "Type variables in the types.UnionType."},
    };

    void union_destruct(Object* object)
    {
        static_cast<UnionObject*>(object)->~UnionObject();
    }

    void union_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto& self = *static_cast<UnionObject*>(object);
        if (self.args)
            visit(self.args.value(), context);
        if (self.parameters)
            visit(self.parameters.value(), context);
    }

    void union_clear(Object* object)
    {
        auto& self = *static_cast<UnionObject*>(object);
        self.args = nullptr;
        self.parameters = nullptr;
    }

} // namespace

Result<Ref<>> new_generic_alias(Vm& vm, Value origin, Value args)
{
    return make_alias(vm, generic_alias_type, origin, args);
}

Result<Ref<>> generic_class_getitem(Vm& vm, Args args)
{
    return new_generic_alias(vm, args[0], args[1]);
}

Tuple* union_arguments(Value value)
{
    return is_union(value) ? &as_tuple(as_union(value).args) : nullptr;
}

Result<Ref<>> union_or(Vm& vm, Value left, Value right)
{
    if (!is_unionable(left) || !is_unionable(right))
        return ref(not_implemented());
    // Members of unions are spliced in, None becomes NoneType, and repeats are dropped:
    // classes by identity, aliases by equality.
    std::vector<Ref<>> members;
    auto add = [&](Value member) -> Result<void> {
        if (is_none(member))
            member = Value(&none_type);
        for (Ref<> const& known : members) {
            bool duplicate = known.value().is(member);
            if (!duplicate && is_alias(known) && is_alias(member))
                duplicate = TRY(equal(vm, known, member));
            if (duplicate)
                return {};
        }
        members.push_back(ref(member));
        return {};
    };
    for (Value operand : {left, right}) {
        if (Tuple* spliced = union_arguments(operand)) {
            for (Value member : spliced->span())
                TRY(add(member));
        } else {
            TRY(add(operand));
        }
    }
    if (members.size() == 1)
        return members.front();
    std::vector<Value> values;
    for (Ref<> const& member : members)
        values.push_back(member.value());
    Ref<UnionObject> made = TRY(make_object<UnionObject>(vm, union_type, 0));
    made->args = TRY(new_tuple(vm, values));
    return Ref<>(std::move(made));
}

Type generic_alias_type;
extern TypeSpec const generic_alias_type_spec;
TypeSpec const generic_alias_type_spec = {
    .name = "types.GenericAlias",
    .instance_size = sizeof(GenericAlias),
    .flags = TypeHasGc | TypeBaseType,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ "
           "is (int,).",
    .methods = alias_methods,
    .properties = alias_properties,
    .destruct = alias_destruct,
    .traverse = alias_traverse,
    .clear = alias_clear,
    .getattr = alias_getattr,
};

Type union_type;
extern TypeSpec const union_type_spec;
TypeSpec const union_type_spec = {
    .name = "types.UnionType",
    .instance_size = sizeof(UnionObject),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .methods = union_methods,
    .properties = union_properties,
    .destruct = union_destruct,
    .traverse = union_traverse,
    .clear = union_clear,
};

} // namespace taipan
