// Code objects (loading a CodeUnit's constants as Python values), Python functions and
// their attributes, cells, bound methods, modules and mappingproxy.
#include "objects/function.h"

#include "bytecode/quicken.h"

#include "objects/abstract.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

#include <cstdio>

namespace taipan {

// --- code objects ---

static bool is_identifier_text(std::string_view text)
{
    for (char c : text)
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    return true;
}

static Result<Ref<>> load_constant(Vm& vm, ConstantEntry const& entry)
{
    switch (entry.kind) {
    case ConstantEntry::Kind::None:
        return new_none();
    case ConstantEntry::Kind::True:
        return new_bool(true);
    case ConstantEntry::Kind::False:
        return new_bool(false);
    case ConstantEntry::Kind::Ellipsis:
        return ref(ellipsis());
    case ConstantEntry::Kind::Int:
        return new_int(entry.integer);
    case ConstantEntry::Kind::BigInt: {
        mpz_t value;
        mpz_init(value);
        auto parsed = bigint_from_string(value, entry.text, 10, 0);
        (void)parsed;
        auto result = new_int(vm, value);
        mpz_clear(value);
        return result;
    }
    case ConstantEntry::Kind::Float:
        return new_float(vm, entry.real);
    case ConstantEntry::Kind::Complex:
        return new_complex(vm, entry.real, entry.imaginary);
    case ConstantEntry::Kind::Str:
        // CPython interns constant strings that look like identifiers.
        if (is_identifier_text(entry.text))
            return Ref<>(vm.intern(entry.text));
        return Ref<>(TRY(new_str(vm, entry.text)));
    case ConstantEntry::Kind::Bytes:
        return new_bytes(vm, entry.text);
    case ConstantEntry::Kind::Tuple: {
        // The items first, then the tuple, as CPython's unmarshalling makes them: the
        // collector untracks a tuple of atomic items only when its inner tuples, made
        // (and so tracked) before it, were untracked first.
        std::vector<Ref<>> items;
        items.reserve(entry.items.size());
        for (ConstantEntry const& item : entry.items)
            items.push_back(TRY(load_constant(vm, item)));
        Ref<Tuple> tuple = TRY(allocate_tuple(vm, int64_t(items.size())));
        for (size_t index = 0; index < items.size(); ++index)
            tuple->items()[index] = items[index].leak();
        return Ref<>(std::move(tuple));
    }
    case ConstantEntry::Kind::FrozenSet: {
        Ref<Set> set = TRY(new_set(vm, frozenset_type));
        for (ConstantEntry const& item : entry.items) {
            Ref<> value = TRY(load_constant(vm, item));
            TRY(set_add(vm, *set, value));
        }
        return Ref<>(std::move(set));
    }
    case ConstantEntry::Kind::Code:
        return Ref<>(TRY(load_code(vm, entry.code)));
    }
    return new_none();
}

static Result<Ref<Tuple>> interned_names(Vm& vm, std::vector<std::string> const& names)
{
    Ref<Tuple> tuple = TRY(allocate_tuple(vm, int64_t(names.size())));
    for (size_t index = 0; index < names.size(); ++index)
        tuple->items()[index] = vm.intern(names[index]).leak();
    return tuple;
}

Result<Ref<CodeObject>> load_code(Vm& vm, std::shared_ptr<CodeUnit const> const& unit)
{
    Ref<CodeObject> code = TRY(make_object<CodeObject>(vm, code_type, 0));
    code->unit = unit;
    Ref<Tuple> constants = TRY(allocate_tuple(vm, int64_t(unit->constants.size())));
    for (size_t index = 0; index < unit->constants.size(); ++index)
        constants->items()[index] = TRY(load_constant(vm, unit->constants[index])).leak();
    code->constants = std::move(constants);
    code->names = TRY(interned_names(vm, unit->names));
    code->varnames = TRY(interned_names(vm, unit->varnames));
    code->cellvars = TRY(interned_names(vm, unit->cell_names));
    code->freevars = TRY(interned_names(vm, unit->free_names));
    code->name = vm.intern(unit->name);
    code->qualname = TRY(new_str(vm, unit->qualname));
    code->filename = TRY(new_str(vm, unit->filename));
    code->code = unit->code;
    quicken(code->code);
    return code;
}

static CodeObject& as_code(Value value)
{
    return *static_cast<CodeObject*>(value.as_object());
}

static Result<Ref<>> code_get_name(Vm&, Value self)
{
    return Ref<>(as_code(self).name);
}
static Result<Ref<>> code_get_qualname(Vm&, Value self)
{
    return Ref<>(as_code(self).qualname);
}
static Result<Ref<>> code_get_filename(Vm&, Value self)
{
    return Ref<>(as_code(self).filename);
}
static Result<Ref<>> code_get_consts(Vm&, Value self)
{
    return Ref<>(as_code(self).constants);
}
static Result<Ref<>> code_get_names(Vm&, Value self)
{
    return Ref<>(as_code(self).names);
}
static Result<Ref<>> code_get_varnames(Vm&, Value self)
{
    return Ref<>(as_code(self).varnames);
}
static Result<Ref<>> code_get_cellvars(Vm&, Value self)
{
    return Ref<>(as_code(self).cellvars);
}
static Result<Ref<>> code_get_freevars(Vm&, Value self)
{
    return Ref<>(as_code(self).freevars);
}
static Result<Ref<>> code_get_argcount(Vm&, Value self)
{
    return new_int(as_code(self).unit->argument_count);
}
static Result<Ref<>> code_get_posonlyargcount(Vm&, Value self)
{
    return new_int(as_code(self).unit->positional_only_count);
}
static Result<Ref<>> code_get_kwonlyargcount(Vm&, Value self)
{
    return new_int(as_code(self).unit->keyword_only_count);
}
static Result<Ref<>> code_get_flags(Vm&, Value self)
{
    return new_int(as_code(self).unit->flags);
}
static Result<Ref<>> code_get_firstlineno(Vm&, Value self)
{
    return new_int(as_code(self).unit->first_line);
}
static Result<Ref<>> code_get_stacksize(Vm&, Value self)
{
    return new_int(as_code(self).unit->stack_size);
}
static Result<Ref<>> code_get_nlocals(Vm&, Value self)
{
    return new_int(int64_t(as_code(self).unit->varnames.size()));
}

static Result<Ref<>> code_repr(Vm& vm, Args args)
{
    CodeObject& code = as_code(args[0]);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(&code));
    return new_str(vm,
        "<code object " + str_to_utf8(*code.name) + " at " + address + ", file \""
            + str_to_utf8(*code.filename) + "\", line " + std::to_string(code.unit->first_line) + ">");
}

static constexpr NativeMethod code_methods[] = {
    {"__repr__($self, /)", code_repr},
};

static constexpr NativeProperty code_properties[] = {
    {"co_name", code_get_name},
    {"co_qualname", code_get_qualname},
    {"co_filename", code_get_filename},
    {"co_consts", code_get_consts},
    {"co_names", code_get_names},
    {"co_varnames", code_get_varnames},
    {"co_cellvars", code_get_cellvars},
    {"co_freevars", code_get_freevars},
    {"co_argcount", code_get_argcount},
    {"co_posonlyargcount", code_get_posonlyargcount},
    {"co_kwonlyargcount", code_get_kwonlyargcount},
    {"co_flags", code_get_flags},
    {"co_firstlineno", code_get_firstlineno},
    {"co_stacksize", code_get_stacksize},
    {"co_nlocals", code_get_nlocals},
};

static void code_destruct(Object* object)
{
    static_cast<CodeObject*>(object)->~CodeObject();
}

Type code_type;
extern TypeSpec const code_type_spec;
TypeSpec const code_type_spec = {
    .name = "code",
    .instance_size = sizeof(CodeObject),
    .flags = TypeDisallowInstantiation,
    .methods = code_methods,
    .properties = code_properties,
    .destruct = code_destruct,
};

// --- functions ---

static FunctionObject& as_function(Value value)
{
    return *static_cast<FunctionObject*>(value.as_object());
}

static Result<Ref<>> function_get(Vm& vm, Args args)
{
    if (is_none(args[1]))
        return ref(args[0]);
    return new_method(vm, args[0], args[1]);
}

static Result<Ref<>> function_call(Vm& vm, Args args)
{
    Tuple& positional = as_tuple(args[1]);
    Value kwargs = args[2];
    return call_with_tuple(vm, args[0], positional, kwargs ? &as_dict(kwargs) : nullptr);
}

static Result<Ref<>> function_repr(Vm& vm, Args args)
{
    FunctionObject& function = as_function(args[0]);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(&function));
    std::string name = TRY(str_utf8(vm, function.qualname));
    return new_str(vm, "<function " + name + " at " + address + ">");
}

static Result<Ref<>> function_get_name(Vm&, Value self)
{
    return as_function(self).name;
}
static Result<void> function_set_name(Vm& vm, Value self, Value value)
{
    if (!value || !is_str(value))
        return vm.raise(ExceptionKind::TypeError, "__name__ must be set to a string object");
    as_function(self).name = ref(value);
    return {};
}
static Result<Ref<>> function_get_qualname(Vm&, Value self)
{
    return as_function(self).qualname;
}
static Result<void> function_set_qualname(Vm& vm, Value self, Value value)
{
    if (!value || !is_str(value))
        return vm.raise(ExceptionKind::TypeError, "__qualname__ must be set to a string object");
    as_function(self).qualname = ref(value);
    return {};
}
static Result<Ref<>> function_get_doc(Vm&, Value self)
{
    FunctionObject& function = as_function(self);
    return function.doc ? function.doc : new_none();
}
static Result<void> function_set_doc(Vm&, Value self, Value value)
{
    as_function(self).doc = value ? ref(value) : new_none();
    return {};
}
static Result<Ref<>> function_get_module(Vm&, Value self)
{
    FunctionObject& function = as_function(self);
    return function.module ? function.module : new_none();
}
static Result<void> function_set_module(Vm&, Value self, Value value)
{
    as_function(self).module = value ? ref(value) : new_none();
    return {};
}
static Result<Ref<>> function_get_defaults(Vm&, Value self)
{
    FunctionObject& function = as_function(self);
    return function.defaults ? Ref<>(function.defaults) : new_none();
}
static Result<void> function_set_defaults(Vm& vm, Value self, Value value)
{
    if (value && !is_none(value) && !is_tuple(value))
        return vm.raise(ExceptionKind::TypeError, "__defaults__ must be set to a tuple object");
    as_function(self).defaults = (value && !is_none(value)) ? ref(&as_tuple(value)) : Ref<Tuple> {};
    return {};
}
static Result<Ref<>> function_get_kwdefaults(Vm&, Value self)
{
    FunctionObject& function = as_function(self);
    return function.kwdefaults ? Ref<>(function.kwdefaults) : new_none();
}
static Result<void> function_set_kwdefaults(Vm& vm, Value self, Value value)
{
    if (value && !is_none(value) && !is_dict(value))
        return vm.raise(ExceptionKind::TypeError, "__kwdefaults__ must be set to a dict object");
    as_function(self).kwdefaults = (value && !is_none(value)) ? ref(&as_dict(value)) : Ref<Dict> {};
    return {};
}
static Result<Ref<>> function_get_code(Vm&, Value self)
{
    return Ref<>(as_function(self).code);
}
static Result<Ref<>> function_get_globals(Vm&, Value self)
{
    return Ref<>(as_function(self).globals);
}
static Result<Ref<>> function_get_builtins(Vm&, Value self)
{
    return Ref<>(as_function(self).builtins);
}
static Result<Ref<>> function_get_closure(Vm&, Value self)
{
    FunctionObject& function = as_function(self);
    return function.closure ? Ref<>(function.closure) : new_none();
}

static Result<Ref<>> function_get_annotations(Vm& vm, Value self)
{
    FunctionObject& function = as_function(self);
    if (function.annotations && is_tuple(function.annotations)) {
        // MakeFunction stores alternating names and values; the dict is made on first use.
        Tuple& pairs = as_tuple(function.annotations);
        Ref<Dict> dict = TRY(new_dict(vm));
        for (int64_t index = 0; index + 1 < pairs.size; index += 2)
            TRY(dict_set_item(vm, *dict, pairs[index], pairs[index + 1]));
        function.annotations = std::move(dict);
    }
    if (!function.annotations)
        function.annotations = TRY(new_dict(vm));
    return function.annotations;
}
static Result<void> function_set_annotations(Vm& vm, Value self, Value value)
{
    if (value && !is_none(value) && !is_dict(value))
        return vm.raise(ExceptionKind::TypeError, "__annotations__ must be set to a dict object");
    as_function(self).annotations = (value && !is_none(value)) ? ref(value) : Ref<> {};
    return {};
}
static Result<Ref<>> function_get_dict(Vm& vm, Value self)
{
    FunctionObject& function = as_function(self);
    if (!function.dict)
        function.dict = TRY(new_dict(vm));
    return Ref<>(function.dict);
}
static Result<void> function_set_dict(Vm& vm, Value self, Value value)
{
    if (!value || !is_dict(value))
        return vm.raise(ExceptionKind::TypeError,
            "__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
    as_function(self).dict = ref(&as_dict(value));
    return {};
}

static constexpr NativeMethod function_methods[] = {
    {"__get__($self, instance, owner=None, /)", function_get},
    {"__call__($self, *args, **kwargs)", function_call},
    {"__repr__($self, /)", function_repr},
};

static constexpr NativeProperty function_properties[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__doc__", function_get_doc, function_set_doc},
    {"__module__", function_get_module, function_set_module},
    {"__defaults__", function_get_defaults, function_set_defaults},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
    {"__code__", function_get_code},
    {"__globals__", function_get_globals},
    {"__builtins__", function_get_builtins},
    {"__closure__", function_get_closure},
    {"__annotations__", function_get_annotations, function_set_annotations},
    {"__dict__", function_get_dict, function_set_dict},
};

static void function_destruct(Object* object)
{
    static_cast<FunctionObject*>(object)->~FunctionObject();
}

static void function_traverse(Object* object, VisitFunction visit, void* context)
{
    auto& function = *static_cast<FunctionObject*>(object);
    for (Value value : {function.code.value(), function.globals.value(), function.builtins.value(),
             function.name.value(), function.qualname.value(), function.doc.value(), function.module.value(),
             function.defaults.value(), function.kwdefaults.value(), function.closure.value(),
             function.annotations.value(), function.dict.value()})
        if (value)
            visit(value, context);
}

static void function_clear(Object* object)
{
    auto& function = *static_cast<FunctionObject*>(object);
    function.globals = nullptr;
    function.builtins = nullptr;
    function.doc = nullptr;
    function.module = nullptr;
    function.defaults = nullptr;
    function.kwdefaults = nullptr;
    function.closure = nullptr;
    function.annotations = nullptr;
    function.dict = nullptr;
}

Type function_type;
extern TypeSpec const function_type_spec;
TypeSpec const function_type_spec = {
    .name = "function",
    .instance_size = sizeof(FunctionObject),
    .flags = TypeHasGc,
    .methods = function_methods,
    .properties = function_properties,
    .dict_offset = offsetof(FunctionObject, dict),
    .destruct = function_destruct,
    .traverse = function_traverse,
    .clear = function_clear,
};

// --- cells ---

Result<Ref<CellObject>> new_cell(Vm& vm, Value contents)
{
    Ref<CellObject> cell = TRY(make_object<CellObject>(vm, cell_type, 0));
    cell->contents = ref(contents);
    return cell;
}

static Result<Ref<>> cell_get_contents(Vm& vm, Value self)
{
    auto& cell = *static_cast<CellObject*>(self.as_object());
    if (!cell.contents)
        return vm.raise(ExceptionKind::ValueError, "Cell is empty");
    return cell.contents;
}

static Result<void> cell_set_contents(Vm&, Value self, Value value)
{
    static_cast<CellObject*>(self.as_object())->contents = ref(value);
    return {};
}

static Result<Ref<>> cell_repr(Vm& vm, Args args)
{
    auto& cell = *static_cast<CellObject*>(args[0].as_object());
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(&cell));
    if (!cell.contents)
        return new_str(vm, std::string("<cell at ") + address + ": empty>");
    char target[32];
    std::snprintf(target, sizeof target, "%p",
        static_cast<void*>(cell.contents.value().is_object() ? cell.contents.value().as_object() : nullptr));
    return new_str(vm,
        std::string("<cell at ") + address + ": " + type_name(cell.contents) + " object at " + target + ">");
}

static constexpr NativeMethod cell_methods[] = {
    {"__repr__($self, /)", cell_repr},
};
static constexpr NativeProperty cell_properties[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
};

static void cell_destruct(Object* object)
{
    static_cast<CellObject*>(object)->~CellObject();
}
static void cell_traverse(Object* object, VisitFunction visit, void* context)
{
    auto& cell = *static_cast<CellObject*>(object);
    if (cell.contents)
        visit(cell.contents.value(), context);
}
static void cell_clear(Object* object)
{
    static_cast<CellObject*>(object)->contents = nullptr;
}

Type cell_type;
extern TypeSpec const cell_type_spec;
TypeSpec const cell_type_spec = {
    .name = "cell",
    .instance_size = sizeof(CellObject),
    .flags = TypeHasGc,
    .methods = cell_methods,
    .properties = cell_properties,
    .destruct = cell_destruct,
    .traverse = cell_traverse,
    .clear = cell_clear,
};

// --- bound methods ---

Result<Ref<>> new_method(Vm& vm, Value function, Value self)
{
    Ref<MethodObject> method = TRY(make_object<MethodObject>(vm, method_type, 0));
    method->function = ref(function);
    method->self = ref(self);
    return Ref<>(std::move(method));
}

static MethodObject& as_method(Value value)
{
    return *static_cast<MethodObject*>(value.as_object());
}

static Result<Ref<>> method_call(Vm& vm, Args args)
{
    Tuple& positional = as_tuple(args[1]);
    Value kwargs = args[2];
    return call_with_tuple(vm, args[0], positional, kwargs ? &as_dict(kwargs) : nullptr);
}

static Result<Ref<>> method_repr(Vm& vm, Args args)
{
    MethodObject& method = as_method(args[0]);
    Ref<> name = TRY(get_attribute_or_null(vm, method.function, "__qualname__"));
    if (!name)
        name = TRY(get_attribute_or_null(vm, method.function, "__name__"));
    std::string name_text = name ? TRY(str_utf8(vm, name)) : "?";
    std::string self_text = TRY(repr_utf8(vm, method.self));
    return new_str(vm, "<bound method " + name_text + " of " + self_text + ">");
}

static Result<Ref<>> method_eq(Vm& vm, Args args)
{
    if (args[1].type() != &method_type)
        return ref(not_implemented());
    MethodObject& left = as_method(args[0]);
    MethodObject& right = as_method(args[1]);
    bool same = left.self.value().is(right.self.value()) && TRY(equal(vm, left.function, right.function));
    return new_bool(same);
}

static Result<Ref<>> method_hash(Vm& vm, Args args)
{
    MethodObject& method = as_method(args[0]);
    int64_t function_hash = TRY(hash(vm, method.function));
    int64_t self_hash = int64_t(reinterpret_cast<uintptr_t>(method.self.value().bits()) >> 4);
    int64_t combined = self_hash ^ function_hash;
    return new_int(combined == -1 ? -2 : combined);
}

static Result<Ref<>> method_getattribute(Vm& vm, Args args)
{
    Value name = args[1];
    if (!is_str(name))
        return vm.raise(
            ExceptionKind::TypeError, "attribute name must be string, not '" + type_name(name) + "'");
    auto own = generic_getattr(vm, args[0], as_str(name));
    if (!own.is_error() || !vm.clear_pending_if(ExceptionKind::AttributeError))
        return own;
    // Other attributes come from the function (`method.__doc__`, `__name__`...).
    return get_attribute(vm, as_method(args[0]).function, as_str(name));
}

static Result<Ref<>> method_get_func(Vm&, Value self)
{
    return as_method(self).function;
}
static Result<Ref<>> method_get_self(Vm&, Value self)
{
    return as_method(self).self;
}
// The type's own __doc__ would shadow the function's, so it is a computed attribute.
static Result<Ref<>> method_get_doc(Vm& vm, Value self)
{
    return get_attribute(vm, as_method(self).function, "__doc__");
}

static constexpr NativeMethod method_methods[] = {
    {"__call__($self, *args, **kwargs)", method_call},
    {"__repr__($self, /)", method_repr},
    {"__eq__($self, value, /)", method_eq},
    {"__hash__($self, /)", method_hash},
    {"__getattribute__($self, name, /)", method_getattribute},
};
static constexpr NativeProperty method_properties[] = {
    {"__func__", method_get_func},
    {"__self__", method_get_self},
    {"__doc__", method_get_doc},
};

static void method_destruct(Object* object)
{
    static_cast<MethodObject*>(object)->~MethodObject();
}
static void method_traverse(Object* object, VisitFunction visit, void* context)
{
    auto& method = *static_cast<MethodObject*>(object);
    if (method.function)
        visit(method.function.value(), context);
    if (method.self)
        visit(method.self.value(), context);
}
static void method_clear(Object* object)
{
    auto& method = *static_cast<MethodObject*>(object);
    method.self = nullptr;
}

static Result<Ref<>> method_getattr_hook(Vm& vm, Value object, Str& name)
{
    auto own = generic_getattr(vm, object, name);
    if (!own.is_error() || !vm.clear_pending_if(ExceptionKind::AttributeError))
        return own;
    return get_attribute(vm, as_method(object).function, name);
}

Type method_type;
extern TypeSpec const method_type_spec;
TypeSpec const method_type_spec = {
    .name = "method",
    .instance_size = sizeof(MethodObject),
    .flags = TypeHasGc,
    .methods = method_methods,
    .properties = method_properties,
    .destruct = method_destruct,
    .traverse = method_traverse,
    .clear = method_clear,
    .getattr = method_getattr_hook,
};

// --- modules ---

Result<Ref<Module>> new_module(Vm& vm, std::string_view name)
{
    Ref<Module> module = TRY(make_object<Module>(vm, module_type, 0));
    module->dict = TRY(new_dict(vm));
    Ref<> name_value = Ref<>(TRY(new_str(vm, name)));
    TRY(dict_set_item(vm, *module->dict, Value(vm.intern("__name__").get()), name_value));
    for (char const* key : {"__doc__", "__package__", "__loader__", "__spec__"})
        TRY(dict_set_item(vm, *module->dict, Value(vm.intern(key).get()), none()));
    return module;
}

static Result<Ref<>> module_new(Vm& vm, Args args)
{
    Type& type = *static_cast<Type*>(args[0].as_object());
    Ref<Module> module = TRY(make_object<Module>(vm, type, 0));
    module->dict = TRY(new_dict(vm));
    return Ref<>(std::move(module));
}

static Result<Ref<>> module_init(Vm& vm, Args args)
{
    auto& module = *static_cast<Module*>(args[0].as_object());
    TRY(dict_set_item(vm, *module.dict, Value(vm.intern("__name__").get()), args[1]));
    TRY(dict_set_item(vm, *module.dict, Value(vm.intern("__doc__").get()), args[2]));
    for (char const* key : {"__package__", "__loader__", "__spec__"})
        TRY(dict_set_item(vm, *module.dict, Value(vm.intern(key).get()), none()));
    return new_none();
}

static Result<Ref<>> module_repr(Vm& vm, Args args)
{
    auto& module = *static_cast<Module*>(args[0].as_object());
    Value name = TRY(dict_get_str(vm, *module.dict, *vm.intern("__name__")));
    std::string name_text = name ? TRY(repr_utf8(vm, name)) : "'?'";
    Value file = TRY(dict_get_str(vm, *module.dict, *vm.intern("__file__")));
    if (file)
        return new_str(vm, "<module " + name_text + " from " + TRY(repr_utf8(vm, file)) + ">");
    if (module.is_builtin)
        return new_str(vm, "<module " + name_text + " (built-in)>");
    return new_str(vm, "<module " + name_text + ">");
}

static Result<Ref<>> module_getattr_hook(Vm& vm, Value object, Str& name)
{
    auto found = generic_getattr(vm, object, name);
    if (!found.is_error() || !vm.pending_exception_matches(ExceptionKind::AttributeError))
        return found;
    auto& module = *static_cast<Module*>(object.as_object());
    Value hook = TRY(dict_get_str(vm, *module.dict, *vm.intern("__getattr__")));
    if (hook) {
        (void)vm.take_pending_exception();
        Value name_value(&name);
        return call(vm, hook, {name_value});
    }
    (void)vm.take_pending_exception();
    Value module_name = TRY(dict_get_str(vm, *module.dict, *vm.intern("__name__")));
    std::string module_text = module_name && is_str(module_name) ? str_to_utf8(as_str(module_name)) : "?";
    return vm.raise(ExceptionKind::AttributeError,
        "module '" + module_text + "' has no attribute '" + str_to_utf8(name) + "'");
}

static Result<Ref<>> module_get_dict(Vm&, Value self)
{
    return Ref<>(static_cast<Module*>(self.as_object())->dict);
}

static constexpr NativeMethod module_methods[] = {
    {"__new__($type, *args, **kwargs)", module_new, MethodKind::Static},
    {"__init__($self, /, name, doc=None)", module_init},
    {"__repr__($self, /)", module_repr},
};
static constexpr NativeProperty module_properties[] = {
    {"__dict__", module_get_dict},
};

static void module_destruct(Object* object)
{
    static_cast<Module*>(object)->~Module();
}
static void module_traverse(Object* object, VisitFunction visit, void* context)
{
    auto& module = *static_cast<Module*>(object);
    if (module.dict)
        visit(module.dict.value(), context);
}
static void module_clear(Object* object)
{
    static_cast<Module*>(object)->dict = nullptr;
}

Type module_type;
extern TypeSpec const module_type_spec;
TypeSpec const module_type_spec = {
    .name = "module",
    .instance_size = sizeof(Module),
    .flags = TypeHasGc | TypeBaseType,
    .methods = module_methods,
    .properties = module_properties,
    .dict_offset = offsetof(Module, dict),
    .destruct = module_destruct,
    .traverse = module_traverse,
    .clear = module_clear,
    .getattr = module_getattr_hook,
};

// --- mappingproxy ---

struct MappingProxy : Object {
    Ref<> mapping;
};

Result<Ref<>> make_mappingproxy(Vm& vm, Dict& dict)
{
    Ref<MappingProxy> proxy = TRY(make_object<MappingProxy>(vm, mappingproxy_type, 0));
    proxy->mapping = ref(Value(&dict));
    return Ref<>(std::move(proxy));
}

static Value proxied(Value self)
{
    return static_cast<MappingProxy*>(self.as_object())->mapping.value();
}

static Result<Ref<>> mappingproxy_getitem(Vm& vm, Args args)
{
    return get_item(vm, proxied(args[0]), args[1]);
}
static Result<Ref<>> mappingproxy_len(Vm& vm, Args args)
{
    return new_int(TRY(length(vm, proxied(args[0]))));
}
static Result<Ref<>> mappingproxy_iter(Vm& vm, Args args)
{
    return get_iter(vm, proxied(args[0]));
}
static Result<Ref<>> mappingproxy_contains(Vm& vm, Args args)
{
    return new_bool(TRY(contains(vm, proxied(args[0]), args[1])));
}
static Result<Ref<>> mappingproxy_keys(Vm& vm, Args args)
{
    return call_method(vm, proxied(args[0]), "keys");
}
static Result<Ref<>> mappingproxy_values(Vm& vm, Args args)
{
    return call_method(vm, proxied(args[0]), "values");
}
static Result<Ref<>> mappingproxy_items(Vm& vm, Args args)
{
    return call_method(vm, proxied(args[0]), "items");
}
static Result<Ref<>> mappingproxy_copy(Vm& vm, Args args)
{
    return call_method(vm, proxied(args[0]), "copy");
}
static Result<Ref<>> mappingproxy_get(Vm& vm, Args args)
{
    Value arguments[] = {args[1], args[2]};
    return call_method(vm, proxied(args[0]), "get", arguments);
}
static Result<Ref<>> mappingproxy_repr(Vm& vm, Args args)
{
    std::string inner = TRY(repr_utf8(vm, proxied(args[0])));
    return new_str(vm, "mappingproxy(" + inner + ")");
}
static Result<Ref<>> mappingproxy_str(Vm& vm, Args args)
{
    return Ref<>(TRY(str(vm, proxied(args[0]))));
}
static Result<Ref<>> mappingproxy_eq(Vm& vm, Args args)
{
    return rich_compare(vm, proxied(args[0]), args[1], ComparisonOperator::Equal);
}

static constexpr NativeMethod mappingproxy_methods[] = {
    {"__getitem__($self, key, /)", mappingproxy_getitem},
    {"__len__($self, /)", mappingproxy_len},
    {"__iter__($self, /)", mappingproxy_iter},
    {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
    {"__contains__($self, key, /)", mappingproxy_contains},
    {"__repr__($self, /)", mappingproxy_repr},
    {"__str__($self, /)", mappingproxy_str},
    {"__eq__($self, value, /)", mappingproxy_eq},
    {"keys($self, /)", mappingproxy_keys},
    {"values($self, /)", mappingproxy_values},
    {"items($self, /)", mappingproxy_items},
    {"copy($self, /)", mappingproxy_copy},
    {"get($self, key, default=None, /)", mappingproxy_get},
};

static void mappingproxy_destruct(Object* object)
{
    static_cast<MappingProxy*>(object)->~MappingProxy();
}
static void mappingproxy_traverse(Object* object, VisitFunction visit, void* context)
{
    auto& proxy = *static_cast<MappingProxy*>(object);
    if (proxy.mapping)
        visit(proxy.mapping.value(), context);
}

Type mappingproxy_type;
extern TypeSpec const mappingproxy_type_spec;
TypeSpec const mappingproxy_type_spec = {
    .name = "mappingproxy",
    .instance_size = sizeof(MappingProxy),
    .flags = TypeHasGc | TypeMapping,
    .methods = mappingproxy_methods,
    .destruct = mappingproxy_destruct,
    .traverse = mappingproxy_traverse,
};

} // namespace taipan
