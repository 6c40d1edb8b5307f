// Struct sequences (structseq.h): every kind shares these methods; the field
// attributes are getset properties reading item N (hidden fields are stored after the
// visible items, beyond the tuple's size).
#include "objects/structseq.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/native.h"
#include "objects/str.h"
#include "vm/runtime_setup.h"
#include "vm/vm.h"

#include <array>
#include <deque>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace taipan {

namespace {

struct Registered {
    Type* type;
    StructSeqDescription const* description;
    std::vector<NativeProperty> properties;
};

// Filled while static TypeSpecs are initialised (before main), read afterwards.
std::deque<Registered>& registry()
{
    static std::deque<Registered> entries;
    return entries;
}

StructSeqDescription const& description_of(Type const* type)
{
    // A subclass instance (none exist today) would use its struct-sequence base.
    for (; type; type = type->base)
        for (Registered const& entry : registry())
            if (entry.type == type)
                return *entry.description;
    static StructSeqDescription const none_description {"", {}, 0};
    return none_description;
}

int64_t field_count(Object const* object) { return int64_t(description_of(object->type).fields.size()); }

template<size_t Index>
Result<Ref<>> get_field(Vm&, Value self)
{
    Value item = as_tuple(self).items()[Index];
    return item ? ref(item) : new_none();
}

template<size_t... Indices>
constexpr std::array<NativeGetter, sizeof...(Indices)> make_getters(std::index_sequence<Indices...>)
{
    return {get_field<Indices>...};
}

constexpr auto field_getters = make_getters(std::make_index_sequence<max_structseq_fields>());

Result<void> set_readonly_field(Vm& vm, Value, Value)
{
    return vm.raise(ExceptionKind::AttributeError, "readonly attribute");
}

void structseq_destruct(Object* object)
{
    auto* tuple = static_cast<Tuple*>(object);
    int64_t count = field_count(object);
    for (int64_t index = 0; index < count; ++index)
        xdecref(std::exchange(tuple->items()[index], Value {}));
    tuple->size = 0;
}

void structseq_traverse(Object* object, VisitFunction visit, void* context)
{
    auto* tuple = static_cast<Tuple*>(object);
    int64_t count = field_count(object);
    for (int64_t index = 0; index < count; ++index)
        if (tuple->items()[index])
            visit(tuple->items()[index], context);
}

Result<Ref<>> structseq_new(Vm& vm, Args args)
{
    if (!args[0].is_object() || !is_subtype(args[0].type(), &type_type))
        return vm.raise(ExceptionKind::TypeError, "structseq.__new__(X): X is not a type object");
    Type& type = *static_cast<Type*>(args[0].as_object());
    StructSeqDescription const& description = description_of(&type);
    Ref<> sequence = TRY(call(vm, Value(&tuple_type), {args[1]}));
    Tuple& items = as_tuple(sequence);
    int64_t minimum = description.visible_count;
    int64_t maximum = int64_t(description.fields.size());
    std::string name = type.name;
    std::string given = " (" + std::to_string(items.size) + "-sequence given)";
    if (items.size < minimum) {
        if (minimum == maximum)
            return vm.raise(ExceptionKind::TypeError, name + "() takes a " + std::to_string(minimum) + "-sequence" + given);
        return vm.raise(
            ExceptionKind::TypeError, name + "() takes an at least " + std::to_string(minimum) + "-sequence" + given);
    }
    if (items.size > maximum) {
        if (minimum == maximum)
            return vm.raise(ExceptionKind::TypeError, name + "() takes a " + std::to_string(maximum) + "-sequence" + given);
        return vm.raise(
            ExceptionKind::TypeError, name + "() takes an at most " + std::to_string(maximum) + "-sequence" + given);
    }
    Value dict = args[2];
    if (dict && !is_none(dict) && !is_dict(dict))
        return vm.raise(ExceptionKind::TypeError, name + "() takes a dict as second arg, if any");
    std::vector<Ref<>> values;
    for (int64_t index = 0; index < maximum; ++index) {
        if (index < items.size) {
            values.push_back(ref(items[index]));
            continue;
        }
        Value found;
        if (dict && is_dict(dict))
            found = TRY(dict_get_item(vm, as_dict(dict), Value(vm.intern(description.fields[size_t(index)]).get())));
        values.push_back(found ? ref(found) : new_none());
    }
    std::vector<Value> borrowed(values.begin(), values.end());
    return Ref<>(TRY(new_structseq(vm, type, borrowed)));
}

Result<Ref<>> structseq_repr(Vm& vm, Args args)
{
    Tuple& self = as_tuple(args[0]);
    StructSeqDescription const& description = description_of(self.type);
    StrBuilder builder;
    builder.append_utf8(self.type->name);
    builder.append_ascii("(");
    TRY(vm.enter_recursive_call(" while getting the repr of an object"));
    for (int64_t index = 0; index < self.size && index < description.visible_count; ++index) {
        if (index > 0)
            builder.append_ascii(", ");
        builder.append_utf8(description.fields[size_t(index)]);
        builder.append_ascii("=");
        auto text = repr(vm, self[index]);
        if (text.is_error()) {
            vm.leave_recursive_call();
            return Failure {text.release_error()};
        }
        builder.append(*text.value());
    }
    vm.leave_recursive_call();
    builder.append_ascii(")");
    return Ref<>(TRY(builder.build(vm)));
}

Result<Ref<>> structseq_reduce(Vm& vm, Args args)
{
    Tuple& self = as_tuple(args[0]);
    StructSeqDescription const& description = description_of(self.type);
    Ref<Tuple> visible = TRY(new_tuple(vm, std::span<Value const>(self.items(), size_t(self.size))));
    Ref<Dict> hidden = TRY(new_dict(vm));
    for (size_t index = size_t(self.size); index < description.fields.size(); ++index) {
        Value item = self.items()[index];
        TRY(dict_set_str(vm, *hidden, description.fields[index], item ? item : none()));
    }
    Ref<Tuple> arguments = TRY(new_tuple(vm, {Value(visible.get()), Value(hidden.get())}));
    return Ref<>(TRY(new_tuple(vm, {Value(self.type), Value(arguments.get())})));
}

constexpr NativeMethod structseq_methods[] = {
    {"__new__($type, /, sequence, dict=None)", structseq_new, MethodKind::Static},
    {"__repr__($self, /)", structseq_repr},
    {"__reduce__($self, /)", structseq_reduce},
};

// Types that cannot be instantiated keep __new__ out of their dict, so tuple's
// __new__ is found and type.__call__ refuses them first.
constexpr NativeMethod structseq_fixed_methods[] = {
    {"__repr__($self, /)", structseq_repr},
    {"__reduce__($self, /)", structseq_reduce},
};

} // namespace

TypeSpec structseq_spec(Type& type, StructSeqDescription const& description)
{
    Registered& entry = registry().emplace_back(Registered {&type, &description, {}});
    for (size_t index = 0; index < description.fields.size() && index < max_structseq_fields; ++index)
        entry.properties.push_back({description.fields[index], field_getters[index], set_readonly_field, nullptr});
    TypeSpec spec;
    spec.name = description.name;
    spec.base = &tuple_type;
    spec.instance_size = sizeof(Tuple);
    spec.flags = TypeHasGc | (description.instantiable ? 0u : uint32_t(TypeDisallowInstantiation));
    spec.doc = description.doc;
    if (description.instantiable)
        spec.methods = structseq_methods;
    else
        spec.methods = structseq_fixed_methods;
    spec.properties = entry.properties;
    spec.destruct = structseq_destruct;
    spec.traverse = structseq_traverse;
    spec.clear = structseq_destruct;
    return spec;
}

Result<Ref<Tuple>> new_structseq(Vm& vm, Type& type, std::span<Value const> values)
{
    StructSeqDescription const& description = description_of(&type);
    size_t count = description.fields.size();
    Object* memory = TRY(allocate_instance(vm, type, count * sizeof(Value)));
    auto* tuple = static_cast<Tuple*>(memory);
    tuple->size = description.visible_count;
    for (size_t index = 0; index < count; ++index) {
        Value value = index < values.size() ? values[index] : none();
        incref(value);
        tuple->items()[index] = value;
    }
    return Ref<Tuple>::adopt(Value(tuple));
}

void finish_structseq_types(Vm& vm)
{
    static std::once_flag once;
    std::call_once(once, [&vm] {
        // The types are shared by every Vm: what they hold is made immortal.
        auto immortal_str = [&vm](char const* text) {
            Ref<Str> made = MUST(new_str(vm, text));
            Value value = made.leak();
            make_immortal(value);
            return value;
        };
        for (Registered const& entry : registry()) {
            Type& type = *entry.type;
            StructSeqDescription const& description = *entry.description;
            MUST(dict_set_item(vm, *type.dict, immortal_str("n_sequence_fields"), Value::small_int(description.visible_count)));
            MUST(dict_set_item(vm, *type.dict, immortal_str("n_fields"), Value::small_int(int64_t(description.fields.size()))));
            MUST(dict_set_item(vm, *type.dict, immortal_str("n_unnamed_fields"), Value::small_int(0)));
            Ref<Tuple> match_args = MUST(allocate_tuple(vm, description.visible_count));
            for (int index = 0; index < description.visible_count; ++index)
                match_args->items()[index] = immortal_str(description.fields[size_t(index)]);
            Value match_args_value = match_args.leak();
            make_immortal(match_args_value);
            MUST(dict_set_item(vm, *type.dict, immortal_str("__match_args__"), match_args_value));
            type_modified(type);
        }
    });
}

} // namespace taipan
