// Slow paths of the dispatch loop (see interpreter_support.h).
#include "vm/interpreter_support.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_types.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace taipan {

// --- unpacking ---

Result<void> unpack_sequence(Vm& vm, Value sequence, uint32_t count, Value* out)
{
    if (is_tuple(sequence) || is_list(sequence)) {
        int64_t size = is_tuple(sequence) ? as_tuple(sequence).size : as_list(sequence).size;
        if (size != count) {
            if (size < count)
                return vm.raise(ExceptionKind::ValueError,
                    "not enough values to unpack (expected " + std::to_string(count) + ", got "
                        + std::to_string(size) + ")");
            // CPython 3.11 does not say how many there were (3.12 does).
            return vm.raise(ExceptionKind::ValueError,
                "too many values to unpack (expected " + std::to_string(count) + ")");
        }
    }
    auto iterator_result = get_iter(vm, sequence);
    if (iterator_result.is_error()) {
        if (vm.pending_exception_matches(ExceptionKind::TypeError)
            && !sequence.type()->lookup_special(SpecialMethod::Iter)
            && !sequence.type()->lookup_special(SpecialMethod::GetItem)) {
            (void)vm.take_pending_exception();
            return vm.raise(
                ExceptionKind::TypeError, "cannot unpack non-iterable " + type_name(sequence) + " object");
        }
        return Failure {iterator_result.release_error()};
    }
    Ref<> iterator = iterator_result.release_value();
    std::vector<Ref<>> items;
    for (uint32_t index = 0; index < count; ++index) {
        Ref<> item = TRY(iter_next(vm, iterator));
        if (!item)
            return vm.raise(ExceptionKind::ValueError,
                "not enough values to unpack (expected " + std::to_string(count) + ", got "
                    + std::to_string(index) + ")");
        items.push_back(std::move(item));
    }
    Ref<> extra = TRY(iter_next(vm, iterator));
    if (extra)
        return vm.raise(
            ExceptionKind::ValueError, "too many values to unpack (expected " + std::to_string(count) + ")");
    for (uint32_t index = 0; index < count; ++index)
        out[count - 1 - index] = items[index].leak();
    return {};
}

Result<void> unpack_extended(Vm& vm, Value sequence, uint32_t before, uint32_t after, Value* out)
{
    auto listed = list_from_iterable(vm, sequence);
    if (listed.is_error()) {
        if (vm.pending_exception_matches(ExceptionKind::TypeError)
            && !sequence.type()->lookup_special(SpecialMethod::Iter)
            && !sequence.type()->lookup_special(SpecialMethod::GetItem)) {
            (void)vm.take_pending_exception();
            return vm.raise(
                ExceptionKind::TypeError, "cannot unpack non-iterable " + type_name(sequence) + " object");
        }
        return Failure {listed.release_error()};
    }
    Ref<List> list = listed.release_value();
    int64_t size = list->size;
    if (size < int64_t(before + after))
        return vm.raise(ExceptionKind::ValueError,
            "not enough values to unpack (expected at least " + std::to_string(before + after) + ", got "
                + std::to_string(size) + ")");
    uint32_t total = before + after + 1;
    // Stack order: the last `after` items, then the middle list, then the first
    // `before` items, the first item ending on top.
    size_t position = 0;
    for (int64_t index = size - 1; index >= size - int64_t(after); --index) {
        incref((*list)[index]);
        out[position++] = (*list)[index];
    }
    Ref<List> middle
        = TRY(new_list(vm, std::span<Value const>(list->items + before, size_t(size - before - after))));
    out[position++] = middle.leak();
    for (int64_t index = int64_t(before) - 1; index >= 0; --index) {
        incref((*list)[index]);
        out[position++] = (*list)[index];
    }
    (void)total;
    return {};
}

// --- f-strings ---

Result<Ref<Str>> concatenate_strs(Vm& vm, std::span<Value const> pieces)
{
    return str_join(vm, *empty_str(), pieces);
}

Result<Ref<>> async_for_next_awaitable(Vm& vm, Value iterator)
{
    if (!iterator.type()->lookup_special(SpecialMethod::ANext))
        return vm.raise(ExceptionKind::TypeError,
            "'async for' requires an iterator with __anext__ method, got " + type_name(iterator));
    Ref<> awaitable = TRY(call_special(vm, SpecialMethod::ANext, iterator));
    auto awaitable_iterator = get_awaitable_iterator(vm, awaitable, 0);
    if (awaitable_iterator.is_error() && vm.pending_exception_matches(ExceptionKind::TypeError)) {
        (void)vm.take_pending_exception();
        return vm.raise(ExceptionKind::TypeError,
            "'async for' received an invalid object from __anext__: " + type_name(awaitable));
    }
    return awaitable_iterator;
}

Result<Ref<>> format_value(Vm& vm, Value value, uint32_t conversion, Value spec)
{
    Ref<> converted;
    switch (static_cast<FormatConversion>(conversion)) {
    case FormatConversion::None:
        converted = ref(value);
        break;
    case FormatConversion::Str:
        converted = TRY(str(vm, value));
        break;
    case FormatConversion::Repr:
        converted = TRY(repr(vm, value));
        break;
    case FormatConversion::Ascii:
        converted = TRY(ascii(vm, value));
        break;
    }
    if (!spec && is_exact_str(converted))
        return converted;
    return Ref<>(TRY(format(vm, converted, spec ? &as_str(spec) : nullptr)));
}

// --- raise ---

static Result<Ref<>> instantiate_exception(Vm& vm, Value value, char const* what)
{
    if (value.is_object() && value.type()->has_flag(TypeTypeSubclass)
        && static_cast<Type*>(value.as_object())->has_flag(TypeExceptionSubclass)) {
        Ref<> instance = TRY(call(vm, value, {}));
        if (!is_exception_instance(instance))
            return vm.raise(ExceptionKind::TypeError,
                "calling " + TRY(repr_utf8(vm, value))
                    + " should have returned an instance of BaseException, not " + type_name(instance));
        return instance;
    }
    if (is_exception_instance(value))
        return ref(value);
    return vm.raise(ExceptionKind::TypeError, what);
}

Result<void> raise_with_cause(Vm& vm, Value exception, Value cause, bool has_cause)
{
    Ref<> instance = TRY(instantiate_exception(vm, exception, "exceptions must derive from BaseException"));
    if (has_cause) {
        Ref<> cause_instance;
        if (!is_none(cause))
            cause_instance
                = TRY(instantiate_exception(vm, cause, "exception causes must derive from BaseException"));
        auto& raised = as_exception(instance);
        raised.cause = cause_instance;
        raised.suppress_context = true;
    }
    return vm.raise_object(instance);
}

Result<bool> exception_matches(Vm& vm, Value exception, Value match_type)
{
    auto check = [&](Value type) -> bool {
        return type.is_object() && type.type()->has_flag(TypeTypeSubclass)
            && static_cast<Type*>(type.as_object())->has_flag(TypeExceptionSubclass);
    };
    if (is_tuple(match_type)) {
        for (Value entry : as_tuple(match_type).span())
            if (!check(entry))
                return vm.raise(ExceptionKind::TypeError,
                    "catching classes that do not inherit from BaseException is not allowed");
    } else if (!check(match_type)) {
        return vm.raise(ExceptionKind::TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
    }
    return is_instance(vm, exception, match_type);
}

Result<Ref<>> prepare_reraise_star(Vm& vm, Value original, Value raised_list)
{
    return exception_group_prepare_reraise_star(vm, original, as_list(raised_list));
}

// --- names ---

Raised raise_name_error(Vm& vm, Str& name)
{
    (void)vm.raise(ExceptionKind::NameError, "name '" + str_to_utf8(name) + "' is not defined");
    Value pending = vm.pending_exception();
    static_cast<NameErrorObject*>(pending.as_object())->name = ref(Value(&name));
    return Raised {ExceptionPending {}};
}

Raised raise_unbound_local(Vm& vm, Str& name)
{
    // CPython leaves UnboundLocalError.name None (so no "Did you mean" is offered).
    return vm.raise(ExceptionKind::UnboundLocalError,
        "cannot access local variable '" + str_to_utf8(name) + "' where it is not associated with a value");
}

Raised raise_unbound_free(Vm& vm, Str& name)
{
    (void)vm.raise(ExceptionKind::NameError,
        "cannot access free variable '" + str_to_utf8(name)
            + "' where it is not associated with a value in enclosing scope");
    static_cast<NameErrorObject*>(vm.pending_exception().as_object())->name = ref(Value(&name));
    return Raised {ExceptionPending {}};
}

Result<Ref<>> load_global(Vm& vm, Frame& frame, Str& name)
{
    Value found = TRY(dict_get_str(vm, *frame.globals, name));
    if (found)
        return ref(found);
    if (frame.builtins) {
        found = TRY(dict_get_str(vm, *frame.builtins, name));
        if (found)
            return ref(found);
    }
    return raise_name_error(vm, name);
}

Result<Ref<>> load_name(Vm& vm, Frame& frame, Str& name)
{
    Value locals = frame.locals.value();
    if (!locals)
        return vm.raise(ExceptionKind::SystemError, "no locals when loading " + str_to_utf8(name));
    if (is_exact_dict(locals)) {
        Value found = TRY(dict_get_str(vm, as_dict(locals), name));
        if (found)
            return ref(found);
    } else {
        auto found = get_item(vm, locals, Value(&name));
        if (!found.is_error())
            return found;
        if (!vm.clear_pending_if(ExceptionKind::KeyError))
            return found;
    }
    return load_global(vm, frame, name);
}

// --- imports ---

Result<Ref<>> import_name(Vm& vm, Frame& frame, Str& name, Value fromlist, Value level)
{
    Value import_function = TRY(dict_get_str(vm, *frame.builtins, *vm.intern("__import__")));
    if (!import_function)
        return vm.raise(ExceptionKind::ImportError, "__import__ not found");
    Value locals = frame.locals ? frame.locals.value() : none();
    Value arguments[] = {Value(&name), Value(frame.globals), locals, fromlist, level};
    return call(vm, import_function, arguments);
}

Result<Ref<>> import_from(Vm& vm, Value module, Str& name)
{
    auto found = get_attribute_or_null(vm, module, name);
    if (found.is_error() || found.value())
        return found;
    // A submodule imported but not yet bound as an attribute (circular imports).
    Ref<> module_name = TRY(get_attribute_or_null(vm, module, "__name__"));
    if (module_name && is_str(module_name)) {
        std::string full = str_to_utf8(as_str(module_name)) + "." + str_to_utf8(name);
        Ref<Str> key = TRY(new_str(vm, full));
        Value submodule = TRY(dict_get_item(vm, vm.modules(), Value(key.get())));
        if (submodule)
            return ref(submodule);
    }
    // CPython: ImportError(msg, name=module.__name__, path=module.__file__), the names
    // shown with repr.
    std::string module_text = "'<unknown module name>'";
    if (module_name && is_str(module_name))
        module_text = str_to_utf8(*TRY(repr(vm, module_name)));
    Ref<> file = TRY(get_attribute_or_null(vm, module, "__file__"));
    bool has_file = file && is_str(file);
    std::string message = "cannot import name " + str_to_utf8(*TRY(repr(vm, Value(&name)))) + " from ";
    if (!has_file)
        message += module_text + " (unknown location)";
    else if (module_is_initializing(vm, module))
        message += "partially initialized module " + module_text + " (most likely due to a circular import) ("
            + str_to_utf8(as_str(file)) + ")";
    else
        message += module_text + " (" + str_to_utf8(as_str(file)) + ")";
    Ref<Str> text = TRY(new_str(vm, message));
    Value argument = Value(text.get());
    Ref<> exception = TRY(new_exception(vm, exception_type(ExceptionKind::ImportError), {&argument, 1}));
    auto& error = *static_cast<ImportErrorObject*>(exception.value().as_object());
    error.name = module_name && is_str(module_name) ? module_name : new_none();
    error.path = has_file ? file : new_none();
    return vm.raise_object(exception.value());
}

Result<void> import_star(Vm& vm, Frame& frame, Value module)
{
    Value locals = frame.locals.value();
    if (!locals)
        return vm.raise(ExceptionKind::SystemError, "no locals found during 'import *'");
    Ref<> all = TRY(get_attribute_or_null(vm, module, "__all__"));
    bool skip_private = false;
    if (!all) {
        Ref<> dict = TRY(get_attribute_or_null(vm, module, "__dict__"));
        if (!dict)
            return vm.raise(
                ExceptionKind::ImportError, "from-import-* object has no __dict__ and no __all__");
        all = TRY(call_method(vm, dict, "keys"));
        skip_private = true;
    }
    Ref<> iterator = TRY(get_iter(vm, all));
    while (true) {
        Ref<> name = TRY(iter_next(vm, iterator));
        if (!name)
            return {};
        if (!is_str(name))
            return vm.raise(
                ExceptionKind::TypeError, "Item in module.__all__ must be str, not " + type_name(name));
        if (skip_private && as_str(name).length > 0 && as_str(name).at(0) == '_')
            continue;
        Ref<> value = TRY(get_attribute(vm, module, as_str(name)));
        if (is_exact_dict(locals))
            TRY(dict_set_item(vm, as_dict(locals), name, value));
        else
            TRY(set_item(vm, locals, name, value));
    }
}

// --- pattern matching ---

static bool matches_self(Type const& type)
{
    for (Type const* builtin : {&bool_type, &bytearray_type, &bytes_type, &dict_type, &float_type,
             &frozenset_type, &int_type, &list_type, &set_type, &str_type, &tuple_type})
        if (is_subtype(&type, builtin))
            return true;
    return false;
}

Result<Ref<>> match_class(
    Vm& vm, Value subject, Value type_value, uint32_t positional_count, Tuple& keyword_names)
{
    if (!type_value.is_object() || !type_value.type()->has_flag(TypeTypeSubclass))
        return vm.raise(ExceptionKind::TypeError, "called match pattern must be a type");
    Type& type = *static_cast<Type*>(type_value.as_object());
    bool instance = TRY(is_instance(vm, subject, type_value));
    if (!instance)
        return new_none();
    std::vector<Ref<>> attributes;
    std::vector<Value> seen_names;
    if (positional_count > 0) {
        Ref<> match_args = TRY(get_attribute_or_null(vm, type_value, "__match_args__"));
        if (match_args) {
            if (!is_tuple(match_args))
                return vm.raise(ExceptionKind::TypeError,
                    type.name + ".__match_args__ must be a tuple (got " + type_name(match_args) + ")");
            Tuple& names = as_tuple(match_args);
            if (positional_count > names.size)
                return vm.raise(ExceptionKind::TypeError,
                    std::string(type_short_name(type)) + "() accepts " + std::to_string(names.size)
                        + " positional sub-pattern" + (names.size == 1 ? "" : "s") + " ("
                        + std::to_string(positional_count) + " given)");
            for (uint32_t index = 0; index < positional_count; ++index) {
                Value name = names[index];
                if (!is_str(name))
                    return vm.raise(ExceptionKind::TypeError,
                        "__match_args__ elements must be strings (got " + type_name(name) + ")");
                seen_names.push_back(name);
                Ref<> attribute = TRY(get_attribute_or_null(vm, subject, as_str(name)));
                if (!attribute)
                    return new_none();
                attributes.push_back(std::move(attribute));
            }
        } else if (matches_self(type)) {
            if (positional_count > 1)
                return vm.raise(ExceptionKind::TypeError,
                    std::string(type_short_name(type)) + "() accepts 1 positional sub-pattern ("
                        + std::to_string(positional_count) + " given)");
            attributes.push_back(ref(subject));
        } else {
            return vm.raise(ExceptionKind::TypeError,
                std::string(type_short_name(type)) + "() accepts 0 positional sub-patterns ("
                    + std::to_string(positional_count) + " given)");
        }
    }
    for (Value name : keyword_names.span()) {
        for (Value seen : seen_names)
            if (str_equal(as_str(seen), as_str(name)))
                return vm.raise(ExceptionKind::TypeError,
                    std::string(type_short_name(type)) + "() got multiple sub-patterns for attribute '"
                        + str_to_utf8(as_str(name)) + "'");
        seen_names.push_back(name);
        Ref<> attribute = TRY(get_attribute_or_null(vm, subject, as_str(name)));
        if (!attribute)
            return new_none();
        attributes.push_back(std::move(attribute));
    }
    Ref<Tuple> result = TRY(allocate_tuple(vm, int64_t(attributes.size())));
    for (size_t index = 0; index < attributes.size(); ++index)
        result->items()[index] = attributes[index].leak();
    return Ref<>(std::move(result));
}

Result<Ref<>> match_keys(Vm& vm, Value subject, Tuple& keys)
{
    if (keys.size == 0)
        return Ref<>(empty_tuple());
    Ref<> getter = TRY(get_attribute(vm, subject, "get"));
    // A fresh object serves as the "missing" marker, as CPython's dummy does.
    Ref<> marker = TRY(call(vm, Value(&object_type), {}));
    std::vector<Ref<>> values;
    Ref<Dict> seen = TRY(new_dict(vm));
    for (Value key : keys.span()) {
        Value duplicate = TRY(dict_get_item(vm, *seen, key));
        if (duplicate)
            return vm.raise(ExceptionKind::ValueError,
                "mapping pattern checks duplicate key (" + TRY(repr_utf8(vm, key)) + ")");
        TRY(dict_set_item(vm, *seen, key, none()));
        Ref<> value = TRY(call(vm, getter, {key, marker.value()}));
        if (value.value().is(marker.value()))
            return new_none();
        values.push_back(std::move(value));
    }
    Ref<Tuple> result = TRY(allocate_tuple(vm, int64_t(values.size())));
    for (size_t index = 0; index < values.size(); ++index)
        result->items()[index] = values[index].leak();
    return Ref<>(std::move(result));
}

// --- with ---

Result<std::pair<Ref<>, Ref<>>> enter_context(Vm& vm, Value manager, bool is_async)
{
    Type& type = *manager.type();
    SpecialMethod enter = is_async ? SpecialMethod::AEnter : SpecialMethod::Enter;
    SpecialMethod exit = is_async ? SpecialMethod::AExit : SpecialMethod::Exit;
    Value enter_method = type.lookup_special(enter);
    Value exit_method = type.lookup_special(exit);
    if (!enter_method || !exit_method) {
        // CPython 3.11 looks __enter__ up first and names a missing __exit__ apart.
        std::string message = "'" + type_name(manager) + "' object does not support the "
            + (is_async ? "asynchronous context manager protocol" : "context manager protocol");
        if (enter_method)
            message += is_async ? " (missed __aexit__ method)" : " (missed __exit__ method)";
        return vm.raise(ExceptionKind::TypeError, message);
    }
    Ref<> bound_exit = TRY(descriptor_get(vm, exit_method, manager, type));
    Ref<> result = TRY(call_special(vm, enter, manager));
    return std::pair<Ref<>, Ref<>> {std::move(bound_exit), std::move(result)};
}

Result<Ref<>> send_to_delegate(Vm& vm, Value receiver, Value value)
{
    if (!is_none(value))
        return call_method(vm, receiver, "send", {&value, 1});
    Ref<> result = TRY(call_special(vm, SpecialMethod::Next, receiver));
    if (!result)
        return vm.raise(ExceptionKind::TypeError, "'" + type_name(receiver) + "' object is not an iterator");
    return result;
}

// --- functions ---

std::string function_description(Vm& vm, Value callable)
{
    Ref<> saved = vm.take_pending_exception();
    std::string description;
    auto qualname = get_attribute_or_null(vm, callable, "__qualname__");
    if (!qualname.is_error() && qualname.value() && is_str(qualname.value())) {
        description = str_to_utf8(as_str(qualname.value())) + "()";
        auto module = get_attribute_or_null(vm, callable, "__module__");
        if (!module.is_error() && module.value() && is_str(module.value())) {
            std::string module_text = str_to_utf8(as_str(module.value()));
            if (module_text != "builtins")
                description = module_text + "." + description;
        }
    } else {
        description = type_name(callable) + " object";
    }
    if (vm.pending_exception())
        (void)vm.take_pending_exception();
    vm.thread().pending_exception = std::move(saved);
    return description;
}

Result<Ref<>> make_function(Vm& vm, Frame& frame, Value code_value, Value defaults, Value kwdefaults,
    Value annotations, Value closure)
{
    auto& code = *static_cast<CodeObject*>(code_value.as_object());
    Ref<FunctionObject> function = TRY(make_object<FunctionObject>(vm, function_type, 0));
    function->code = ref(&code);
    // Function frames hold their function, not a globals reference of their own.
    function->globals = ref(frame.globals);
    function->builtins = ref(frame.builtins);
    function->name = Ref<>(code.name);
    function->qualname = Ref<>(code.qualname);
    Value first_constant = code.constants->size > 0 ? (*code.constants)[0] : Value {};
    bool is_function_body = code.unit->flags & CodeOptimized;
    function->doc
        = (is_function_body && first_constant && is_str(first_constant)) ? ref(first_constant) : new_none();
    Value module = TRY(dict_get_str(vm, *frame.globals, *vm.intern("__name__")));
    if (module)
        function->module = ref(module);
    if (defaults)
        function->defaults = ref(&as_tuple(defaults));
    if (kwdefaults)
        function->kwdefaults = ref(&as_dict(kwdefaults));
    if (annotations)
        function->annotations = ref(annotations);
    if (closure)
        function->closure = ref(&as_tuple(closure));
    return Ref<>(std::move(function));
}

Result<void> print_expression(Vm& vm, Value value)
{
    Ref<> hook = TRY(get_attribute_or_null(vm, Value(&vm.sys_module()), "displayhook"));
    if (!hook)
        return vm.raise(ExceptionKind::RuntimeError, "lost sys.displayhook");
    TRY(call(vm, hook, {value}));
    return {};
}

} // namespace taipan
