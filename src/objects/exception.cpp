// The builtin exception classes: one static Type per line of exceptions.def, set up
// from that list (names, bases, C++ layouts) plus a table of the few classes that add
// methods or attributes (BaseException's protocol, StopIteration.value, OSError's errno
// mapping, SyntaxError's location, the UnicodeError family...). Exception groups live in
// exception_group.cpp; printing tracebacks in exception_print.cpp.
#include "objects/exception.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception_types.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/runtime_setup.h"
#include "vm/vm.h"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace taipan {

namespace {

    // The C++ instance struct of a class (exceptions.def's third column).
    enum class Layout : uint8_t {
        Base,
        Group,
        SystemExit,
        StopIteration,
        Attribute,
        Name,
        Import,
        OS,
        Syntax,
        Unicode
    };

    struct ClassInfo {
        char const* name;
        ExceptionKind base;
        Layout layout;
    };

    constexpr ClassInfo class_infos[] = {
#define TAIPAN_EXCEPTION(name, base, layout) {#name, ExceptionKind::base, Layout::layout},
#include "objects/exceptions.def"
#undef TAIPAN_EXCEPTION
    };
    constexpr size_t class_count = std::size(class_infos);

    Type g_exception_types[class_count];

    // CPython's docstrings, recorded from python3.11 (programs print them: help(), pydoc).
    struct ClassDoc {
        char const* name;
        char const* doc;
    };
    constexpr ClassDoc class_docs[] = {
        {"BaseException", "Common base class for all exceptions"},
        {"BaseExceptionGroup", "A combination of multiple unrelated exceptions."},
        {"GeneratorExit", "Request that a generator exit."},
        {"KeyboardInterrupt", "Program interrupted by user."},
        {"SystemExit", "Request to exit from the interpreter."},
        {"Exception", "Common base class for all non-exit exceptions."},
        {"ArithmeticError", "Base class for arithmetic errors."},
        {"FloatingPointError", "Floating point operation failed."},
        {"OverflowError", "Result too large to be represented."},
        {"ZeroDivisionError", "Second argument to a division or modulo operation was zero."},
        {"AssertionError", "Assertion failed."},
        {"AttributeError", "Attribute not found."},
        {"BufferError", "Buffer error."},
        {"EOFError", "Read beyond end of file."},
        {"ImportError", "Import can't find module, or can't find name in module."},
        {"ModuleNotFoundError", "Module not found."},
        {"LookupError", "Base class for lookup errors."},
        {"IndexError", "Sequence index out of range."},
        {"KeyError", "Mapping key not found."},
        {"MemoryError", "Out of memory."},
        {"NameError", "Name not found globally."},
        {"UnboundLocalError", "Local name referenced but not bound to a value."},
        {"OSError", "Base class for I/O related errors."},
        {"BlockingIOError", "I/O operation would block."},
        {"ChildProcessError", "Child process error."},
        {"ConnectionError", "Connection error."},
        {"BrokenPipeError", "Broken pipe."},
        {"ConnectionAbortedError", "Connection aborted."},
        {"ConnectionRefusedError", "Connection refused."},
        {"ConnectionResetError", "Connection reset."},
        {"FileExistsError", "File already exists."},
        {"FileNotFoundError", "File not found."},
        {"InterruptedError", "Interrupted by signal."},
        {"IsADirectoryError", "Operation doesn't work on directories."},
        {"NotADirectoryError", "Operation only works on directories."},
        {"PermissionError", "Not enough permissions."},
        {"ProcessLookupError", "Process not found."},
        {"TimeoutError", "Timeout expired."},
        {"ReferenceError", "Weak ref proxy used after referent went away."},
        {"RuntimeError", "Unspecified run-time error."},
        {"NotImplementedError", "Method or function hasn't been implemented yet."},
        {"RecursionError", "Recursion limit exceeded."},
        {"StopAsyncIteration", "Signal the end from iterator.__anext__()."},
        {"StopIteration", "Signal the end from iterator.__next__()."},
        {"SyntaxError", "Invalid syntax."},
        {"IndentationError", "Improper indentation."},
        {"TabError", "Improper mixture of spaces and tabs."},
        {"SystemError",
            "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, "
            "along with the traceback,\nthe Python version, and the hardware/OS platform and version."},
        {"TypeError", "Inappropriate argument type."},
        {"ValueError", "Inappropriate argument value (of correct type)."},
        {"UnicodeError", "Unicode related error."},
        {"UnicodeDecodeError", "Unicode decoding error."},
        {"UnicodeEncodeError", "Unicode encoding error."},
        {"UnicodeTranslateError", "Unicode translation error."},
        {"Warning", "Base class for warning categories."},
        {"BytesWarning",
            "Base class for warnings about bytes and buffer related problems, mostly\nrelated to "
            "conversion from str or comparing to str."},
        {"DeprecationWarning", "Base class for warnings about deprecated features."},
        {"EncodingWarning", "Base class for warnings about encodings."},
        {"FutureWarning",
            "Base class for warnings about constructs that will change semantically\nin the future."},
        {"ImportWarning", "Base class for warnings about probable mistakes in module imports"},
        {"PendingDeprecationWarning",
            "Base class for warnings about features which will be deprecated\nin the future."},
        {"ResourceWarning", "Base class for warnings about resource usage."},
        {"RuntimeWarning", "Base class for warnings about dubious runtime behavior."},
        {"SyntaxWarning", "Base class for warnings about dubious syntax."},
        {"UnicodeWarning",
            "Base class for warnings about Unicode related problems, mostly\nrelated to conversion "
            "problems."},
        {"UserWarning", "Base class for warnings generated by user code."},
    };

    char const* class_doc(std::string_view name)
    {
        for (ClassDoc const& entry : class_docs)
            if (name == entry.name)
                return entry.doc;
        return nullptr;
    }

    Type& kind_type(ExceptionKind kind)
    {
        return g_exception_types[static_cast<size_t>(kind)];
    }

    // The index of `type` in g_exception_types, or -1 for other types.
    int builtin_index(Type const* type)
    {
        auto address = reinterpret_cast<uintptr_t>(type);
        auto first = reinterpret_cast<uintptr_t>(&g_exception_types[0]);
        auto last = reinterpret_cast<uintptr_t>(&g_exception_types[class_count - 1]);
        if (address < first || address > last)
            return -1;
        return int((address - first) / sizeof(Type));
    }

    Layout layout_of(Type const& type)
    {
        return class_infos[static_cast<size_t>(nearest_exception_kind(type))].layout;
    }

    template<typename T>
    T& as(Value value)
    {
        return *static_cast<T*>(value.as_object());
    }

    Ref<> or_none(Ref<> const& value)
    {
        return value ? value : new_none();
    }
    // Member attributes store None as null, as CPython's T_OBJECT members do after `del`.
    Ref<> stored(Value value)
    {
        return value.is_null() ? Ref<>() : ref(value);
    }

    bool is_type_object(Value value)
    {
        return value.is_object() && value.type()->has_flag(TypeTypeSubclass);
    }

    bool has_keywords(Value kwargs)
    {
        return kwargs && as_dict(kwargs).size > 0;
    }

    Result<Ref<Tuple>> tuple_of(Vm& vm, Value iterable)
    {
        if (is_exact_tuple(iterable))
            return ref(&as_tuple(iterable));
        Ref<List> items = TRY(list_from_iterable(vm, iterable));
        return new_tuple(vm, items->span());
    }

    Result<Ref<>> make_str(Vm& vm, std::string_view text)
    {
        return Ref<>(TRY(new_str(vm, text)));
    }

    // --- the instance layouts: destruction and the cycle collector's hooks ---

    template<typename Visit>
    void for_each_base_field(BaseExceptionObject& exception, Visit&& visit)
    {
        visit(exception.traceback);
        visit(exception.cause);
        visit(exception.context);
    }

    template<typename T, typename Visit>
    void for_each_extra_field(T&, Visit&&)
    {
    }
    template<typename Visit>
    void for_each_extra_field(GroupExceptionObject& e, Visit&& visit)
    {
        visit(e.message);
        visit(e.exceptions);
    }
    template<typename Visit>
    void for_each_extra_field(StopIterationObject& e, Visit&& visit)
    {
        visit(e.value);
    }
    template<typename Visit>
    void for_each_extra_field(SystemExitObject& e, Visit&& visit)
    {
        visit(e.code);
    }
    template<typename Visit>
    void for_each_extra_field(AttributeErrorObject& e, Visit&& visit)
    {
        visit(e.name);
        visit(e.obj);
    }
    template<typename Visit>
    void for_each_extra_field(NameErrorObject& e, Visit&& visit)
    {
        visit(e.name);
    }
    template<typename Visit>
    void for_each_extra_field(ImportErrorObject& e, Visit&& visit)
    {
        visit(e.msg);
        visit(e.name);
        visit(e.path);
    }
    template<typename Visit>
    void for_each_extra_field(OSErrorObject& e, Visit&& visit)
    {
        visit(e.myerrno);
        visit(e.strerror);
        visit(e.filename);
        visit(e.filename2);
        visit(e.winerror);
        visit(e.characters_written);
    }
    template<typename Visit>
    void for_each_extra_field(SyntaxErrorObject& e, Visit&& visit)
    {
        visit(e.msg);
        visit(e.filename);
        visit(e.lineno);
        visit(e.offset);
        visit(e.text);
        visit(e.end_lineno);
        visit(e.end_offset);
        visit(e.print_file_and_line);
    }
    template<typename Visit>
    void for_each_extra_field(UnicodeErrorObject& e, Visit&& visit)
    {
        visit(e.encoding);
        visit(e.object);
        visit(e.start);
        visit(e.end);
        visit(e.reason);
    }

    template<typename T>
    void destruct_exception(Object* object)
    {
        static_cast<T*>(object)->~T();
    }

    template<typename T>
    void traverse_exception(Object* object, VisitFunction visit, void* context)
    {
        T& exception = *static_cast<T*>(object);
        auto visit_field = [&](Ref<>& field) {
            if (field)
                visit(field.value(), context);
        };
        if (exception.args)
            visit(exception.args.value(), context);
        if (exception.dict)
            visit(exception.dict.value(), context);
        for_each_base_field(exception, visit_field);
        for_each_extra_field(exception, visit_field);
    }

    template<typename T>
    void clear_exception(Object* object)
    {
        T& exception = *static_cast<T*>(object);
        // Each reference is detached before it is dropped: a destructor it triggers may
        // look at this object again.
        auto clear_field = [](Ref<>& field) { Ref<> dropped = std::move(field); };
        {
            Ref<Tuple> dropped = std::move(exception.args);
        }
        {
            Ref<Dict> dropped = std::move(exception.dict);
        }
        for_each_base_field(exception, clear_field);
        for_each_extra_field(exception, clear_field);
    }

    template<typename T>
    Result<Ref<BaseExceptionObject>> make_exception(Vm& vm, Type& type)
    {
        Ref<T> made = TRY(make_object<T>(vm, type, 0));
        return std::move(made).template cast<BaseExceptionObject>();
    }

    struct LayoutHooks {
        size_t size;
        DestructFunction destruct;
        TraverseFunction traverse;
        ClearFunction clear;
    };

    template<typename T>
    constexpr LayoutHooks hooks_for()
    {
        return {sizeof(T), destruct_exception<T>, traverse_exception<T>, clear_exception<T>};
    }

    LayoutHooks layout_hooks(Layout layout)
    {
        switch (layout) {
        case Layout::Base:
            return hooks_for<BaseExceptionObject>();
        case Layout::Group:
            return hooks_for<GroupExceptionObject>();
        case Layout::SystemExit:
            return hooks_for<SystemExitObject>();
        case Layout::StopIteration:
            return hooks_for<StopIterationObject>();
        case Layout::Attribute:
            return hooks_for<AttributeErrorObject>();
        case Layout::Name:
            return hooks_for<NameErrorObject>();
        case Layout::Import:
            return hooks_for<ImportErrorObject>();
        case Layout::OS:
            return hooks_for<OSErrorObject>();
        case Layout::Syntax:
            return hooks_for<SyntaxErrorObject>();
        case Layout::Unicode:
            return hooks_for<UnicodeErrorObject>();
        }
        return hooks_for<BaseExceptionObject>();
    }

    Result<Ref<BaseExceptionObject>> allocate_layout(Vm& vm, Type& type)
    {
        switch (layout_of(type)) {
        case Layout::Base:
            return make_exception<BaseExceptionObject>(vm, type);
        case Layout::Group:
            return make_exception<GroupExceptionObject>(vm, type);
        case Layout::SystemExit:
            return make_exception<SystemExitObject>(vm, type);
        case Layout::StopIteration:
            return make_exception<StopIterationObject>(vm, type);
        case Layout::Attribute:
            return make_exception<AttributeErrorObject>(vm, type);
        case Layout::Name:
            return make_exception<NameErrorObject>(vm, type);
        case Layout::Import:
            return make_exception<ImportErrorObject>(vm, type);
        case Layout::OS:
            return make_exception<OSErrorObject>(vm, type);
        case Layout::Syntax:
            return make_exception<SyntaxErrorObject>(vm, type);
        case Layout::Unicode:
            return make_exception<UnicodeErrorObject>(vm, type);
        }
        return make_exception<BaseExceptionObject>(vm, type);
    }

    Ref<Tuple> args_of(BaseExceptionObject& exception)
    {
        return exception.args ? exception.args : empty_tuple();
    }

    // --- BaseException ---

    Result<Ref<>> base_exception_new(Vm& vm, Args args)
    {
        Type* type = TRY(checked_exception_class(vm, args[0], kind_type(ExceptionKind::BaseException)));
        Ref<BaseExceptionObject> self = TRY(allocate_exception(vm, *type, as_tuple(args[1])));
        return Ref<>(std::move(self));
    }

    Result<Ref<>> base_exception_init(Vm& vm, Args args)
    {
        TRY(base_exception_initialize(vm, args[0], as_tuple(args[1]), args[2]));
        return new_none();
    }

    Result<Ref<>> base_exception_repr(Vm& vm, Args args)
    {
        BaseExceptionObject& self = as_exception(args[0]);
        Ref<Tuple> arguments = args_of(self);
        std::string text(type_short_name(*args[0].type()));
        if (arguments->size == 1)
            text += "(" + TRY(repr_utf8(vm, (*arguments)[0])) + ")";
        else
            text += TRY(repr_utf8(vm, arguments));
        return make_str(vm, text);
    }

    Result<Ref<>> base_exception_str(Vm& vm, Args args)
    {
        return base_exception_str_of(vm, as_exception(args[0]));
    }

    Result<Ref<>> base_exception_reduce(Vm& vm, Args args)
    {
        BaseExceptionObject& self = as_exception(args[0]);
        Ref<Tuple> arguments = args_of(self);
        Value type = Value(args[0].type());
        if (self.dict)
            return Ref<>(TRY(new_tuple(vm, {type, arguments, self.dict})));
        return Ref<>(TRY(new_tuple(vm, {type, arguments})));
    }

    Result<Ref<>> base_exception_setstate(Vm& vm, Args args)
    {
        Value state = args[1];
        if (is_none(state))
            return new_none();
        if (!is_dict(state))
            return vm.raise(ExceptionKind::TypeError, "state is not a dictionary");
        // A snapshot: the setters may run Python code that changes the dict.
        Ref<Dict> items = TRY(dict_copy(vm, as_dict(state)));
        int64_t position = 0;
        Value key, value;
        while (dict_next(*items, position, key, value)) {
            if (!is_str(key))
                return vm.raise(
                    ExceptionKind::TypeError, "attribute name must be string, not '" + type_name(key) + "'");
            TRY(set_attribute(vm, args[0], as_str(key), value));
        }
        return new_none();
    }

    Result<Ref<>> base_exception_with_traceback(Vm& vm, Args args)
    {
        TRY(set_exception_traceback(vm, as_exception(args[0]), args[1]));
        return ref(args[0]);
    }

    Result<Ref<>> base_exception_add_note(Vm& vm, Args args)
    {
        Value note = args[1];
        if (!is_str(note))
            return vm.raise(ExceptionKind::TypeError, "note must be a str, not '" + type_name(note) + "'");
        Ref<Str> name = vm.intern("__notes__");
        Ref<> notes = TRY(get_attribute_or_null(vm, args[0], *name));
        if (!notes) {
            notes = TRY(new_list(vm));
            TRY(set_attribute(vm, args[0], *name, notes));
        } else if (!is_list(notes)) {
            return vm.raise(ExceptionKind::TypeError, "Cannot add note: __notes__ is not a list");
        }
        TRY(list_append(vm, as_list(notes), note));
        return new_none();
    }

    Result<Ref<>> get_args(Vm&, Value self)
    {
        return Ref<>(args_of(as_exception(self)));
    }
    Result<void> set_args(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "args may not be deleted");
        as_exception(self).args = TRY(tuple_of(vm, value));
        return {};
    }

    Result<Ref<>> get_traceback(Vm&, Value self)
    {
        return or_none(as_exception(self).traceback);
    }
    Result<void> set_traceback(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "__traceback__ may not be deleted");
        return set_exception_traceback(vm, as_exception(self), value);
    }

    Result<Ref<>> get_context(Vm&, Value self)
    {
        return or_none(as_exception(self).context);
    }
    Result<void> set_context(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "__context__ may not be deleted");
        return set_exception_context(vm, as_exception(self), value);
    }

    Result<Ref<>> get_cause(Vm&, Value self)
    {
        return or_none(as_exception(self).cause);
    }
    Result<void> set_cause(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "__cause__ may not be deleted");
        return set_exception_cause(vm, as_exception(self), value);
    }

    Result<Ref<>> get_suppress_context(Vm&, Value self)
    {
        return new_bool(as_exception(self).suppress_context);
    }
    Result<void> set_suppress_context(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "can't delete numeric/char attribute");
        if (!is_bool(value))
            return vm.raise(ExceptionKind::TypeError, "attribute value type must be bool");
        as_exception(self).suppress_context = value.is(true_value());
        return {};
    }

    Result<Ref<>> get_dict(Vm& vm, Value self)
    {
        BaseExceptionObject& exception = as_exception(self);
        if (!exception.dict)
            exception.dict = TRY(new_dict(vm));
        return Ref<>(exception.dict);
    }
    Result<void> set_dict(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "cannot delete __dict__");
        if (!is_dict(value))
            return vm.raise(ExceptionKind::TypeError,
                "__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
        as_exception(self).dict = ref(&as_dict(value));
        return {};
    }

    constexpr NativeMethod base_exception_methods[] = {
        {"__new__($type, *args, **kwargs)", base_exception_new, MethodKind::Static},
        {"__repr__($self, /)", base_exception_repr},
        {"__str__($self, /)", base_exception_str},
        {"__init__($self, /, *args, **kwargs)", base_exception_init},
        {"__reduce__($self, /)", base_exception_reduce},
        {"__setstate__($self, state, /)", base_exception_setstate},
        {"with_traceback($self, tb, /)", base_exception_with_traceback, MethodKind::Instance,
            "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
        {"add_note($self, note, /)", base_exception_add_note, MethodKind::Instance,
            "Exception.add_note(note) --\n    add a note to the exception"},
    };

    constexpr NativeProperty base_exception_properties[] = {
        {"__suppress_context__", get_suppress_context, set_suppress_context},
        {"__dict__", get_dict, set_dict},
        {"args", get_args, set_args},
        {"__traceback__", get_traceback, set_traceback},
        {"__context__", get_context, set_context, "exception context"},
        {"__cause__", get_cause, set_cause, "exception cause"},
    };

// A plain attribute of an exception subclass (CPython's T_OBJECT members): reads give
// None when unset, `del` unsets.
#define TAIPAN_EXCEPTION_MEMBER(Struct, field)                                                               \
    [](Vm&, Value self) -> Result<Ref<>> { return or_none(as<Struct>(self).field); },                        \
        [](Vm&, Value self, Value value) -> Result<void> {                                                   \
            as<Struct>(self).field = stored(value);                                                          \
            return {};                                                                                       \
        }

    // --- StopIteration, SystemExit ---

    Result<Ref<>> stop_iteration_init(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        TRY(base_exception_initialize(vm, args[0], positional, args[2]));
        as<StopIterationObject>(args[0]).value = positional.size > 0 ? ref(positional[0]) : new_none();
        return new_none();
    }

    constexpr NativeMethod stop_iteration_methods[] = {
        {"__init__($self, /, *args, **kwargs)", stop_iteration_init},
    };
    constexpr NativeProperty stop_iteration_properties[] = {
        {"value", TAIPAN_EXCEPTION_MEMBER(StopIterationObject, value), "generator return value"},
    };

    Result<Ref<>> system_exit_init(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        TRY(base_exception_initialize(vm, args[0], positional, args[2]));
        Ref<> code;
        if (positional.size == 0)
            code = new_none();
        else if (positional.size == 1)
            code = ref(positional[0]);
        else
            code = ref(Value(&positional));
        as<SystemExitObject>(args[0]).code = std::move(code);
        return new_none();
    }

    constexpr NativeMethod system_exit_methods[] = {
        {"__init__($self, /, *args, **kwargs)", system_exit_init},
    };
    constexpr NativeProperty system_exit_properties[] = {
        {"code", TAIPAN_EXCEPTION_MEMBER(SystemExitObject, code), "exception code"},
    };

    // --- KeyError ---

    Result<Ref<>> key_error_str(Vm& vm, Args args)
    {
        BaseExceptionObject& self = as_exception(args[0]);
        // CPython: a lone key shows as its repr, so KeyError('') is not an empty message.
        if (self.args && self.args->size == 1)
            return Ref<>(TRY(repr(vm, (*self.args)[0])));
        return base_exception_str_of(vm, self);
    }

    constexpr NativeMethod key_error_methods[] = {
        {"__str__($self, /)", key_error_str},
        {"__init__($self, /, *args, **kwargs)", base_exception_init},
    };

    // --- AttributeError, NameError, ImportError: keyword-only attributes ---

    // Reads the keyword arguments `names` from kwargs into `out` (same order); any other
    // keyword is "'x' is an invalid keyword argument for <Class>()".
    Result<void> parse_keywords(
        Vm& vm, Value kwargs, std::initializer_list<char const*> names, Ref<>* out, char const* class_name)
    {
        if (!kwargs)
            return {};
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(kwargs), position, key, value)) {
            std::string text = str_to_utf8(as_str(key));
            size_t index = 0;
            bool known = false;
            for (char const* name : names) {
                if (text == name) {
                    out[index] = ref(value);
                    known = true;
                    break;
                }
                ++index;
            }
            if (!known)
                return vm.raise(ExceptionKind::TypeError,
                    "'" + text + "' is an invalid keyword argument for " + class_name + "()");
        }
        return {};
    }

    Result<Ref<>> attribute_error_init(Vm& vm, Args args)
    {
        Ref<> keywords[2];
        TRY(parse_keywords(vm, args[2], {"name", "obj"}, keywords, "AttributeError"));
        TRY(base_exception_initialize(vm, args[0], as_tuple(args[1]), Value {}));
        auto& self = as<AttributeErrorObject>(args[0]);
        self.name = std::move(keywords[0]);
        self.obj = std::move(keywords[1]);
        return new_none();
    }

    constexpr NativeMethod attribute_error_methods[] = {
        {"__str__($self, /)", base_exception_str},
        {"__init__($self, /, *args, **kwargs)", attribute_error_init},
    };
    constexpr NativeProperty attribute_error_properties[] = {
        {"name", TAIPAN_EXCEPTION_MEMBER(AttributeErrorObject, name), "attribute name"},
        {"obj", TAIPAN_EXCEPTION_MEMBER(AttributeErrorObject, obj), "object"},
    };

    Result<Ref<>> name_error_init(Vm& vm, Args args)
    {
        Ref<> keywords[1];
        TRY(parse_keywords(vm, args[2], {"name"}, keywords, "NameError"));
        TRY(base_exception_initialize(vm, args[0], as_tuple(args[1]), Value {}));
        as<NameErrorObject>(args[0]).name = std::move(keywords[0]);
        return new_none();
    }

    constexpr NativeMethod name_error_methods[] = {
        {"__str__($self, /)", base_exception_str},
        {"__init__($self, /, *args, **kwargs)", name_error_init},
    };
    constexpr NativeProperty name_error_properties[] = {
        {"name", TAIPAN_EXCEPTION_MEMBER(NameErrorObject, name), "name"},
    };

    Result<Ref<>> import_error_init(Vm& vm, Args args)
    {
        Ref<> keywords[2];
        TRY(parse_keywords(vm, args[2], {"name", "path"}, keywords, "ImportError"));
        Tuple& positional = as_tuple(args[1]);
        TRY(base_exception_initialize(vm, args[0], positional, Value {}));
        auto& self = as<ImportErrorObject>(args[0]);
        self.name = std::move(keywords[0]);
        self.path = std::move(keywords[1]);
        self.msg = positional.size == 1 ? ref(positional[0]) : Ref<>();
        return new_none();
    }

    Result<Ref<>> import_error_str(Vm& vm, Args args)
    {
        auto& self = as<ImportErrorObject>(args[0]);
        if (self.msg && is_exact_str(self.msg))
            return self.msg;
        return base_exception_str_of(vm, self);
    }

    Result<Ref<>> import_error_reduce(Vm& vm, Args args)
    {
        auto& self = as<ImportErrorObject>(args[0]);
        Ref<Dict> state;
        if (self.dict)
            state = TRY(dict_copy(vm, *self.dict));
        auto add = [&](char const* key, Ref<> const& value) -> Result<void> {
            if (!value || is_none(value))
                return {};
            if (!state)
                state = TRY(new_dict(vm));
            return dict_set_str(vm, *state, key, value);
        };
        TRY(add("name", self.name));
        TRY(add("path", self.path));
        Value type = Value(args[0].type());
        Ref<Tuple> arguments = args_of(self);
        if (state && state->size > 0)
            return Ref<>(TRY(new_tuple(vm, {type, arguments, state})));
        return Ref<>(TRY(new_tuple(vm, {type, arguments})));
    }

    constexpr NativeMethod import_error_methods[] = {
        {"__str__($self, /)", import_error_str},
        {"__init__($self, /, *args, **kwargs)", import_error_init},
        {"__reduce__($self, /)", import_error_reduce},
    };
    constexpr NativeProperty import_error_properties[] = {
        {"msg", TAIPAN_EXCEPTION_MEMBER(ImportErrorObject, msg), "exception message"},
        {"name", TAIPAN_EXCEPTION_MEMBER(ImportErrorObject, name), "module name"},
        {"path", TAIPAN_EXCEPTION_MEMBER(ImportErrorObject, path), "module path"},
    };

    // --- OSError ---

    // The subclass OSError(errno, strerror) instantiates for an errno, as CPython's
    // errnomap: OSError(2, 'x') is a FileNotFoundError.
    Type* oserror_subclass_for(int64_t code)
    {
        switch (code) {
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
        case EALREADY:
        case EINPROGRESS:
            return &kind_type(ExceptionKind::BlockingIOError);
        case ECHILD:
            return &kind_type(ExceptionKind::ChildProcessError);
        case EPIPE:
        case ESHUTDOWN:
            return &kind_type(ExceptionKind::BrokenPipeError);
        case ECONNABORTED:
            return &kind_type(ExceptionKind::ConnectionAbortedError);
        case ECONNREFUSED:
            return &kind_type(ExceptionKind::ConnectionRefusedError);
        case ECONNRESET:
            return &kind_type(ExceptionKind::ConnectionResetError);
        case EEXIST:
            return &kind_type(ExceptionKind::FileExistsError);
        case ENOENT:
            return &kind_type(ExceptionKind::FileNotFoundError);
        case EISDIR:
            return &kind_type(ExceptionKind::IsADirectoryError);
        case ENOTDIR:
            return &kind_type(ExceptionKind::NotADirectoryError);
        case EINTR:
            return &kind_type(ExceptionKind::InterruptedError);
        case EACCES:
        case EPERM:
            return &kind_type(ExceptionKind::PermissionError);
        case ESRCH:
            return &kind_type(ExceptionKind::ProcessLookupError);
        case ETIMEDOUT:
            return &kind_type(ExceptionKind::TimeoutError);
        default:
            return nullptr;
        }
    }

    Result<Ref<>> oserror_new(Vm&, Args);
    Result<Ref<>> oserror_init(Vm&, Args);

    // The C++ function behind a native method descriptor, or null for anything else
    // (CPython compares the tp_init/tp_new slots, which subclasses share).
    NativeFunction native_function_of(Value method)
    {
        if (!method.is_object() || !is_native_function_type(method.type()))
            return nullptr;
        return static_cast<NativeFunctionObject*>(method.as_object())->definition->function;
    }

    // CPython: a subclass that overrides __init__ but not __new__ gets its arguments parsed
    // by OSError.__init__ (which its __init__ may call) instead of by OSError.__new__.
    bool oserror_uses_init(Type const& type)
    {
        return native_function_of(type.lookup_special(SpecialMethod::Init)) != oserror_init
            && native_function_of(type.lookup_special(SpecialMethod::New)) == oserror_new;
    }

    bool is_number_like(Value value)
    {
        if (is_int(value) || is_float(value) || value.type() == &complex_type)
            return true;
        Type const& type = *value.type();
        return type.lookup_special(SpecialMethod::Index) || type.lookup_special(SpecialMethod::Int)
            || type.lookup_special(SpecialMethod::Float);
    }

    // OSError(errno, strerror[, filename[, winerror[, filename2]]]): fills the attributes
    // and keeps only (errno, strerror) in args when a filename was given.
    Result<void> oserror_fill(Vm& vm, OSErrorObject& self, Tuple& positional)
    {
        Ref<Tuple> arguments = ref(&positional);
        int64_t count = positional.size;
        if (count >= 2 && count <= 5) {
            self.myerrno = ref(positional[0]);
            self.strerror = ref(positional[1]);
            Value filename = count >= 3 ? positional[2] : Value {};
            Value filename2 = count == 5 ? positional[4] : Value {};
            if (filename && !is_none(filename)) {
                if (is_subtype(self.type, &kind_type(ExceptionKind::BlockingIOError))
                    && is_number_like(filename)) {
                    int64_t written = TRY(index_as_int64(vm, filename));
                    self.characters_written = new_int(written);
                } else {
                    self.filename = ref(filename);
                    if (filename2 && !is_none(filename2))
                        self.filename2 = ref(filename2);
                    arguments = TRY(new_tuple(vm, positional.span().subspan(0, 2)));
                }
            }
        }
        self.args = std::move(arguments);
        return {};
    }

    Result<Ref<>> oserror_new(Vm& vm, Args args)
    {
        Type* type = TRY(checked_exception_class(vm, args[0], kind_type(ExceptionKind::OSError)));
        Tuple& positional = as_tuple(args[1]);
        bool uses_init = oserror_uses_init(*type);
        if (!uses_init) {
            if (has_keywords(args[2]))
                return vm.raise(ExceptionKind::TypeError, type->name + "() takes no keyword arguments");
            if (type == &kind_type(ExceptionKind::OSError) && positional.size >= 2 && positional.size <= 5
                && is_int(positional[0])) {
                auto code = int_to_int64(positional[0]);
                if (code)
                    if (Type* subclass = oserror_subclass_for(*code))
                        type = subclass;
            }
        }
        Ref<Tuple> empty = empty_tuple();
        Ref<BaseExceptionObject> self = TRY(allocate_exception(vm, *type, *empty));
        if (!uses_init)
            TRY(oserror_fill(vm, static_cast<OSErrorObject&>(*self), positional));
        return Ref<>(std::move(self));
    }

    Result<Ref<>> oserror_init(Vm& vm, Args args)
    {
        Type& type = *args[0].type();
        if (!oserror_uses_init(type))
            return new_none();
        if (has_keywords(args[2]))
            return vm.raise(ExceptionKind::TypeError, type.name + "() takes no keyword arguments");
        TRY(oserror_fill(vm, as<OSErrorObject>(args[0]), as_tuple(args[1])));
        return new_none();
    }

    Result<Ref<>> oserror_str(Vm& vm, Args args)
    {
        auto& self = as<OSErrorObject>(args[0]);
        auto text_of
            = [&](Ref<> const& value) -> Result<std::string> { return str_utf8(vm, or_none(value)); };
        if (self.filename) {
            std::string text = "[Errno " + TRY(text_of(self.myerrno)) + "] " + TRY(text_of(self.strerror))
                + ": " + TRY(repr_utf8(vm, self.filename));
            if (self.filename2)
                text += " -> " + TRY(repr_utf8(vm, self.filename2));
            return make_str(vm, text);
        }
        if (self.myerrno && self.strerror)
            return make_str(vm, "[Errno " + TRY(text_of(self.myerrno)) + "] " + TRY(text_of(self.strerror)));
        return base_exception_str_of(vm, self);
    }

    Result<Ref<>> oserror_reduce(Vm& vm, Args args)
    {
        auto& self = as<OSErrorObject>(args[0]);
        Ref<Tuple> arguments = args_of(self);
        if (arguments->size == 2 && self.filename) {
            if (self.filename2)
                arguments = TRY(
                    new_tuple(vm, {(*arguments)[0], (*arguments)[1], self.filename, none(), self.filename2}));
            else
                arguments = TRY(new_tuple(vm, {(*arguments)[0], (*arguments)[1], self.filename}));
        }
        Value type = Value(args[0].type());
        if (self.dict)
            return Ref<>(TRY(new_tuple(vm, {type, arguments, self.dict})));
        return Ref<>(TRY(new_tuple(vm, {type, arguments})));
    }

    Result<Ref<>> get_characters_written(Vm& vm, Value self)
    {
        auto& error = as<OSErrorObject>(self);
        if (!error.characters_written)
            return vm.raise(ExceptionKind::AttributeError, "characters_written");
        return error.characters_written;
    }
    Result<void> set_characters_written(Vm& vm, Value self, Value value)
    {
        auto& error = as<OSErrorObject>(self);
        if (value.is_null()) {
            if (!error.characters_written)
                return vm.raise(ExceptionKind::AttributeError, "characters_written");
            error.characters_written = nullptr;
            return {};
        }
        int64_t written = TRY(index_as_int64(vm, value));
        error.characters_written = new_int(written);
        return {};
    }

    constexpr NativeMethod oserror_methods[] = {
        {"__new__($type, *args, **kwargs)", oserror_new, MethodKind::Static},
        {"__str__($self, /)", oserror_str},
        {"__init__($self, /, *args, **kwargs)", oserror_init},
        {"__reduce__($self, /)", oserror_reduce},
    };
    constexpr NativeProperty oserror_properties[] = {
        {"errno", TAIPAN_EXCEPTION_MEMBER(OSErrorObject, myerrno), "POSIX exception code"},
        {"strerror", TAIPAN_EXCEPTION_MEMBER(OSErrorObject, strerror), "exception strerror"},
        {"filename", TAIPAN_EXCEPTION_MEMBER(OSErrorObject, filename), "exception filename"},
        {"filename2", TAIPAN_EXCEPTION_MEMBER(OSErrorObject, filename2), "second exception filename"},
        {"characters_written", get_characters_written, set_characters_written},
    };

    // --- SyntaxError ---

    Result<Ref<>> syntax_error_init(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        TRY(base_exception_initialize(vm, args[0], positional, args[2]));
        auto& self = as<SyntaxErrorObject>(args[0]);
        if (positional.size >= 1)
            self.msg = ref(positional[0]);
        if (positional.size == 2) {
            Ref<Tuple> info = TRY(tuple_of(vm, positional[1]));
            if (info->size < 4)
                return vm.raise(ExceptionKind::TypeError,
                    "function takes at least 4 arguments (" + std::to_string(info->size) + " given)");
            if (info->size > 6)
                return vm.raise(ExceptionKind::TypeError,
                    "function takes at most 6 arguments (" + std::to_string(info->size) + " given)");
            self.filename = ref((*info)[0]);
            self.lineno = ref((*info)[1]);
            self.offset = ref((*info)[2]);
            self.text = ref((*info)[3]);
            self.end_lineno = info->size >= 5 ? ref((*info)[4]) : Ref<>();
            self.end_offset = info->size >= 6 ? ref((*info)[5]) : Ref<>();
        }
        return new_none();
    }

    Result<Ref<>> syntax_error_str(Vm& vm, Args args)
    {
        auto& self = as<SyntaxErrorObject>(args[0]);
        std::string message = TRY(str_utf8(vm, or_none(self.msg)));
        // CPython shows only the file's last path component.
        bool has_filename = self.filename && is_str(self.filename);
        std::string filename;
        if (has_filename) {
            filename = str_to_utf8(as_str(self.filename));
            size_t slash = filename.rfind('/');
            if (slash != std::string::npos)
                filename.erase(0, slash + 1);
        }
        bool has_line = self.lineno && is_exact_int(self.lineno);
        std::string line = has_line ? TRY(str_utf8(vm, self.lineno)) : std::string();
        if (has_filename && has_line)
            return make_str(vm, message + " (" + filename + ", line " + line + ")");
        if (has_filename)
            return make_str(vm, message + " (" + filename + ")");
        if (has_line)
            return make_str(vm, message + " (line " + line + ")");
        return make_str(vm, message);
    }

    constexpr NativeMethod syntax_error_methods[] = {
        {"__str__($self, /)", syntax_error_str},
        {"__init__($self, /, *args, **kwargs)", syntax_error_init},
    };
    constexpr NativeProperty syntax_error_properties[] = {
        {"msg", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, msg), "exception msg"},
        {"filename", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, filename), "exception filename"},
        {"lineno", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, lineno), "exception lineno"},
        {"offset", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, offset), "exception offset"},
        {"text", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, text), "exception text"},
        {"end_lineno", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, end_lineno), "exception end lineno"},
        {"end_offset", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, end_offset), "exception end offset"},
        {"print_file_and_line", TAIPAN_EXCEPTION_MEMBER(SyntaxErrorObject, print_file_and_line),
            "exception print_file_and_line"},
    };

    // --- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ---

    Result<void> check_argument_count(Vm& vm, Tuple& positional, int64_t expected)
    {
        if (positional.size != expected)
            return vm.raise(ExceptionKind::TypeError,
                "function takes exactly " + std::to_string(expected) + " arguments ("
                    + std::to_string(positional.size) + " given)");
        return {};
    }

    Result<Ref<>> str_argument(Vm& vm, Tuple& positional, int64_t index)
    {
        Value value = positional[index];
        if (!is_str(value))
            return vm.raise(ExceptionKind::TypeError,
                "argument " + std::to_string(index + 1) + " must be str, not " + type_name(value));
        return ref(value);
    }

    Result<Ref<>> index_argument(Vm& vm, Tuple& positional, int64_t index)
    {
        int64_t value = TRY(index_as_int64(vm, positional[index]));
        return new_int(value);
    }

    Result<Ref<>> unicode_encode_error_init(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        TRY(base_exception_initialize(vm, args[0], positional, args[2]));
        TRY(check_argument_count(vm, positional, 5));
        auto& self = as<UnicodeErrorObject>(args[0]);
        self.encoding = TRY(str_argument(vm, positional, 0));
        self.object = TRY(str_argument(vm, positional, 1));
        self.start = TRY(index_argument(vm, positional, 2));
        self.end = TRY(index_argument(vm, positional, 3));
        self.reason = TRY(str_argument(vm, positional, 4));
        return new_none();
    }

    Result<Ref<>> unicode_decode_error_init(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        TRY(base_exception_initialize(vm, args[0], positional, args[2]));
        TRY(check_argument_count(vm, positional, 5));
        auto& self = as<UnicodeErrorObject>(args[0]);
        self.encoding = TRY(str_argument(vm, positional, 0));
        Value object = positional[1];
        if (object.type() == &bytes_type || object.type()->has_flag(TypeBytesSubclass)) {
            self.object = ref(object);
        } else if (is_instance_of(object, bytearray_type)
            || std::string_view(object.type()->name) == "memoryview") {
            // CPython keeps a bytes copy of any other bytes-like object.
            self.object = TRY(call(vm, Value(&bytes_type), {object}));
        } else {
            return vm.raise(
                ExceptionKind::TypeError, "a bytes-like object is required, not '" + type_name(object) + "'");
        }
        self.start = TRY(index_argument(vm, positional, 2));
        self.end = TRY(index_argument(vm, positional, 3));
        self.reason = TRY(str_argument(vm, positional, 4));
        return new_none();
    }

    Result<Ref<>> unicode_translate_error_init(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        TRY(base_exception_initialize(vm, args[0], positional, args[2]));
        TRY(check_argument_count(vm, positional, 4));
        auto& self = as<UnicodeErrorObject>(args[0]);
        self.object = TRY(str_argument(vm, positional, 0));
        self.start = TRY(index_argument(vm, positional, 1));
        self.end = TRY(index_argument(vm, positional, 2));
        self.reason = TRY(str_argument(vm, positional, 3));
        return new_none();
    }

    // "\xe9", "\u20ac" or "\U0001f600": how CPython names one character in these messages.
    std::string escaped_character(char32_t code_point)
    {
        char buffer[16];
        if (code_point <= 0xff)
            std::snprintf(buffer, sizeof buffer, "\\x%02x", unsigned(code_point));
        else if (code_point <= 0xffff)
            std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(code_point));
        else
            std::snprintf(buffer, sizeof buffer, "\\U%08x", unsigned(code_point));
        return buffer;
    }

    struct UnicodeErrorParts {
        std::string encoding;
        std::string reason;
        int64_t start = 0;
        int64_t end = 0;
        int64_t length = 0;
    };

    Result<UnicodeErrorParts> unicode_error_parts(Vm& vm, UnicodeErrorObject& self)
    {
        UnicodeErrorParts parts;
        parts.encoding = TRY(str_utf8(vm, or_none(self.encoding)));
        parts.reason = TRY(str_utf8(vm, or_none(self.reason)));
        parts.start = self.start ? int_to_int64(self.start).value_or(0) : 0;
        parts.end = self.end ? int_to_int64(self.end).value_or(0) : 0;
        parts.length = TRY(length(vm, self.object));
        return parts;
    }

    std::string position_range(UnicodeErrorParts const& parts)
    {
        return std::to_string(parts.start) + "-" + std::to_string(parts.end - 1);
    }

    Result<Ref<>> unicode_encode_error_str(Vm& vm, Args args)
    {
        auto& self = as<UnicodeErrorObject>(args[0]);
        if (!self.object || !self.reason)
            return Ref<>(empty_str());
        UnicodeErrorParts parts = TRY(unicode_error_parts(vm, self));
        std::string codec = "'" + parts.encoding + "' codec can't encode ";
        if (parts.start >= 0 && parts.start < parts.length && parts.end == parts.start + 1
            && is_str(self.object)) {
            char32_t code_point = as_str(self.object).at(parts.start);
            return make_str(vm,
                codec + "character '" + escaped_character(code_point) + "' in position "
                    + std::to_string(parts.start) + ": " + parts.reason);
        }
        return make_str(vm, codec + "characters in position " + position_range(parts) + ": " + parts.reason);
    }

    Result<Ref<>> unicode_decode_error_str(Vm& vm, Args args)
    {
        auto& self = as<UnicodeErrorObject>(args[0]);
        if (!self.object || !self.reason)
            return Ref<>(empty_str());
        UnicodeErrorParts parts = TRY(unicode_error_parts(vm, self));
        std::string codec = "'" + parts.encoding + "' codec can't decode ";
        if (parts.start >= 0 && parts.start < parts.length && parts.end == parts.start + 1) {
            Ref<> byte = TRY(get_item(vm, self.object, new_int(parts.start)));
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "0x%02x", unsigned(int_to_int64(byte).value_or(0) & 0xff));
            return make_str(vm,
                codec + "byte " + buffer + " in position " + std::to_string(parts.start) + ": "
                    + parts.reason);
        }
        return make_str(vm, codec + "bytes in position " + position_range(parts) + ": " + parts.reason);
    }

    Result<Ref<>> unicode_translate_error_str(Vm& vm, Args args)
    {
        auto& self = as<UnicodeErrorObject>(args[0]);
        if (!self.object || !self.reason)
            return Ref<>(empty_str());
        UnicodeErrorParts parts = TRY(unicode_error_parts(vm, self));
        if (parts.start >= 0 && parts.start < parts.length && parts.end == parts.start + 1
            && is_str(self.object)) {
            char32_t code_point = as_str(self.object).at(parts.start);
            return make_str(vm,
                "can't translate character '" + escaped_character(code_point) + "' in position "
                    + std::to_string(parts.start) + ": " + parts.reason);
        }
        return make_str(
            vm, "can't translate characters in position " + position_range(parts) + ": " + parts.reason);
    }

    // start and end are C integers in CPython (T_PYSSIZET members).
    Result<Ref<>> get_unicode_start(Vm&, Value self)
    {
        return or_none(as<UnicodeErrorObject>(self).start);
    }
    Result<Ref<>> get_unicode_end(Vm&, Value self)
    {
        return or_none(as<UnicodeErrorObject>(self).end);
    }
    Result<Ref<>> checked_position(Vm& vm, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "can't delete numeric/char attribute");
        if (!is_int(value))
            return vm.raise(ExceptionKind::TypeError, "an integer is required");
        int64_t position = TRY(index_as_int64(vm, value));
        return new_int(position);
    }
    Result<void> set_unicode_start(Vm& vm, Value self, Value value)
    {
        as<UnicodeErrorObject>(self).start = TRY(checked_position(vm, value));
        return {};
    }
    Result<void> set_unicode_end(Vm& vm, Value self, Value value)
    {
        as<UnicodeErrorObject>(self).end = TRY(checked_position(vm, value));
        return {};
    }

    constexpr NativeProperty unicode_error_properties[] = {
        {"encoding", TAIPAN_EXCEPTION_MEMBER(UnicodeErrorObject, encoding), "exception encoding"},
        {"object", TAIPAN_EXCEPTION_MEMBER(UnicodeErrorObject, object), "exception object"},
        {"start", get_unicode_start, set_unicode_start, "exception start"},
        {"end", get_unicode_end, set_unicode_end, "exception end"},
        {"reason", TAIPAN_EXCEPTION_MEMBER(UnicodeErrorObject, reason), "exception reason"},
    };
    constexpr NativeMethod unicode_encode_error_methods[] = {
        {"__new__($type, *args, **kwargs)", base_exception_new, MethodKind::Static},
        {"__str__($self, /)", unicode_encode_error_str},
        {"__init__($self, /, *args, **kwargs)", unicode_encode_error_init},
    };
    constexpr NativeMethod unicode_decode_error_methods[] = {
        {"__new__($type, *args, **kwargs)", base_exception_new, MethodKind::Static},
        {"__str__($self, /)", unicode_decode_error_str},
        {"__init__($self, /, *args, **kwargs)", unicode_decode_error_init},
    };
    constexpr NativeMethod unicode_translate_error_methods[] = {
        {"__new__($type, *args, **kwargs)", base_exception_new, MethodKind::Static},
        {"__str__($self, /)", unicode_translate_error_str},
        {"__init__($self, /, *args, **kwargs)", unicode_translate_error_init},
    };

#undef TAIPAN_EXCEPTION_MEMBER

    // --- the classes that add methods or attributes ---

    struct ClassMembers {
        ExceptionKind kind;
        std::span<NativeMethod const> methods;
        std::span<NativeProperty const> properties;
    };

    std::span<ClassMembers const> class_members()
    {
        static ClassMembers const members[] = {
            {ExceptionKind::BaseException, base_exception_methods, base_exception_properties},
            {ExceptionKind::BaseExceptionGroup, base_exception_group_methods,
                base_exception_group_properties},
            {ExceptionKind::StopIteration, stop_iteration_methods, stop_iteration_properties},
            {ExceptionKind::SystemExit, system_exit_methods, system_exit_properties},
            {ExceptionKind::KeyError, key_error_methods, {}},
            {ExceptionKind::AttributeError, attribute_error_methods, attribute_error_properties},
            {ExceptionKind::NameError, name_error_methods, name_error_properties},
            {ExceptionKind::ImportError, import_error_methods, import_error_properties},
            {ExceptionKind::OSError, oserror_methods, oserror_properties},
            {ExceptionKind::SyntaxError, syntax_error_methods, syntax_error_properties},
            {ExceptionKind::UnicodeEncodeError, unicode_encode_error_methods, unicode_error_properties},
            {ExceptionKind::UnicodeDecodeError, unicode_decode_error_methods, unicode_error_properties},
            {ExceptionKind::UnicodeTranslateError, unicode_translate_error_methods, unicode_error_properties},
        };
        return members;
    }

    // The native __new__ and __init__ each builtin class ends up with, so new_exception can
    // build builtin exceptions without the generic call machinery.
    NativeFunction g_new_functions[class_count];
    NativeFunction g_init_functions[class_count];
    // The __new__/__init__ entries of the classes without a table of their own; their
    // descriptors point into these for the life of the process.
    std::vector<NativeMethod> g_inherited_methods[class_count];

    NativeFunction find_method(std::span<NativeMethod const> methods, std::string_view name)
    {
        for (NativeMethod const& method : methods) {
            std::string_view signature = method.signature;
            if (signature.substr(0, signature.find('(')) == name)
                return method.function;
        }
        return nullptr;
    }

    // BaseException.__dict__'s storage: the `dict` member of every layout.
    size_t exception_dict_offset()
    {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
        return offsetof(BaseExceptionObject, dict);
#pragma GCC diagnostic pop
    }

} // namespace

// --- the public entry points ---

Type& exception_type(ExceptionKind kind)
{
    return kind_type(kind);
}

Type& base_exception_group_type()
{
    return kind_type(ExceptionKind::BaseExceptionGroup);
}
Type& exception_group_type()
{
    return kind_type(ExceptionKind::ExceptionGroup);
}

ExceptionKind nearest_exception_kind(Type const& type)
{
    for (Type const* walk = &type; walk; walk = walk->base) {
        int index = builtin_index(walk);
        if (index >= 0)
            return static_cast<ExceptionKind>(index);
    }
    return ExceptionKind::BaseException;
}

bool is_exception_class(Value value)
{
    return is_type_object(value) && static_cast<Type*>(value.as_object())->has_flag(TypeExceptionSubclass);
}

Result<Type*> checked_exception_class(Vm& vm, Value type, Type& owner)
{
    if (!is_type_object(type))
        return vm.raise(ExceptionKind::TypeError,
            owner.name + ".__new__(X): X is not a type object (" + type_name(type) + ")");
    Type* klass = static_cast<Type*>(type.as_object());
    if (!is_subtype(klass, &owner))
        return vm.raise(ExceptionKind::TypeError,
            owner.name + ".__new__(" + klass->name + "): " + klass->name + " is not a subtype of "
                + owner.name);
    return klass;
}

Result<Ref<BaseExceptionObject>> allocate_exception(Vm& vm, Type& type, Tuple& args)
{
    Ref<BaseExceptionObject> self = TRY(allocate_layout(vm, type));
    self->args = ref(&args);
    return self;
}

Result<void> base_exception_initialize(Vm& vm, Value self, Tuple& args, Value kwargs)
{
    if (has_keywords(kwargs))
        return vm.raise(ExceptionKind::TypeError, self.type()->name + "() takes no keyword arguments");
    as_exception(self).args = ref(&args);
    return {};
}

Result<Ref<>> base_exception_str_of(Vm& vm, BaseExceptionObject& self)
{
    if (!self.args || self.args->size == 0)
        return Ref<>(empty_str());
    if (self.args->size == 1)
        return Ref<>(TRY(str(vm, (*self.args)[0])));
    return Ref<>(TRY(str(vm, self.args)));
}

Result<void> set_exception_traceback(Vm& vm, BaseExceptionObject& self, Value traceback)
{
    if (is_none(traceback)) {
        self.traceback = nullptr;
        return {};
    }
    if (!is_instance_of(traceback, traceback_type))
        return vm.raise(ExceptionKind::TypeError, "__traceback__ must be a traceback or None");
    self.traceback = ref(traceback);
    return {};
}

Result<void> set_exception_cause(Vm& vm, BaseExceptionObject& self, Value cause)
{
    if (is_none(cause)) {
        self.cause = nullptr;
    } else if (is_exception_instance(cause)) {
        self.cause = ref(cause);
    } else {
        return vm.raise(
            ExceptionKind::TypeError, "exception cause must be None or derive from BaseException");
    }
    self.suppress_context = true;
    return {};
}

Result<void> set_exception_context(Vm& vm, BaseExceptionObject& self, Value context)
{
    if (is_none(context)) {
        self.context = nullptr;
    } else if (is_exception_instance(context)) {
        self.context = ref(context);
    } else {
        return vm.raise(
            ExceptionKind::TypeError, "exception context must be None or derive from BaseException");
    }
    return {};
}

Result<Ref<>> exception_notes(Vm& vm, Value exception)
{
    Ref<Str> name = vm.intern("__notes__");
    return get_attribute_or_null(vm, exception, *name);
}

Result<Ref<>> new_exception(Vm& vm, Type& type, std::span<Value const> args)
{
    int index = type.is_heap() ? -1 : builtin_index(&type);
    if (index < 0) {
        // Heap classes (and other modules' static ones) may override __new__/__init__:
        // the generic call runs them.
        Ref<> made = TRY(call(vm, Value(&type), args));
        if (!is_exception_instance(made))
            return vm.raise(ExceptionKind::TypeError,
                "calling " + TRY(repr_utf8(vm, Value(&type)))
                    + " should have returned an instance of BaseException, not " + type_name(made));
        return made;
    }
    Ref<Tuple> arguments = TRY(new_tuple(vm, args));
    Value new_arguments[] = {Value(&type), arguments, Value {}};
    Ref<> made = TRY(g_new_functions[index](vm, Args(new_arguments, 3)));
    int made_index = builtin_index(made.value().type());
    if (made_index >= 0) {
        Value init_arguments[] = {made, arguments, Value {}};
        TRY(g_init_functions[made_index](vm, Args(init_arguments, 3)));
    }
    return made;
}

Result<Ref<>> new_plain_exception_instance(Vm& vm, Type& type, std::span<Value const> positional)
{
    Ref<Tuple> arguments = TRY(new_tuple(vm, positional));
    return Ref<>(TRY(allocate_exception(vm, type, *arguments)));
}

// ValueError(...) and the other classes with BaseException's __new__ and __init__:
// the instance with its args, in one step.
static Result<Ref<>> construct_plain_exception(
    Vm& vm, Type& type, std::span<Value const> args, Tuple* kwnames)
{
    if (kwnames)
        return Ref<> {};
    return new_plain_exception_instance(vm, type, args);
}

bool has_plain_exception_construction(Type const& type)
{
    return type.construct == construct_plain_exception;
}

void initialize_exception_types(Vm& vm)
{
    static TypeSpec specs[class_count];
    for (size_t index = 0; index < class_count; ++index) {
        ClassInfo const& info = class_infos[index];
        LayoutHooks hooks = layout_hooks(info.layout);
        TypeSpec& spec = specs[index];
        spec.name = info.name;
        spec.base = index == 0 ? &object_type : &kind_type(info.base);
        spec.instance_size = hooks.size;
        spec.flags = TypeBaseType | TypeHasGc | TypeExceptionSubclass;
        spec.doc = class_doc(info.name);
        spec.dict_offset = exception_dict_offset();
        spec.destruct = hooks.destruct;
        spec.traverse = hooks.traverse;
        spec.clear = hooks.clear;
        bool has_members = false;
        for (ClassMembers const& members : class_members()) {
            if (static_cast<size_t>(members.kind) != index)
                continue;
            spec.methods = members.methods;
            spec.properties = members.properties;
            has_members = true;
        }
        // CPython gives every class its own __init__ (and the simple ones their own
        // __new__): ValueError.__init__ is not BaseException.__init__. ExceptionGroup,
        // made at run time by CPython, has neither.
        if (!has_members && static_cast<ExceptionKind>(index) != ExceptionKind::ExceptionGroup) {
            std::vector<NativeMethod>& methods = g_inherited_methods[index];
            size_t base = static_cast<size_t>(info.base);
            if (info.layout == Layout::Base)
                methods.push_back(
                    {"__new__($type, *args, **kwargs)", g_new_functions[base], MethodKind::Static});
            methods.push_back({"__init__($self, /, *args, **kwargs)", g_init_functions[base]});
            spec.methods = methods;
        }
        initialize_builtin_type(g_exception_types[index], spec);

        NativeFunction new_function = find_method(spec.methods, "__new__");
        NativeFunction init_function = find_method(spec.methods, "__init__");
        g_new_functions[index]
            = new_function ? new_function : g_new_functions[static_cast<size_t>(info.base)];
        g_init_functions[index]
            = init_function ? init_function : g_init_functions[static_cast<size_t>(info.base)];
        if (g_new_functions[index] == base_exception_new && g_init_functions[index] == base_exception_init)
            g_exception_types[index].construct = construct_plain_exception;
    }

    // CPython makes ExceptionGroup at run time as `class ExceptionGroup(BaseExceptionGroup,
    // Exception)`; its second base only shows in __bases__ and __mro__.
    Type& group = kind_type(ExceptionKind::ExceptionGroup);
    Type& exception = kind_type(ExceptionKind::Exception);
    // initialize_builtin_type made single-base tuples, immortal; nothing else refers to
    // them yet.
    release_immortal(group.bases.leak());
    release_immortal(group.mro.leak());
    group.bases
        = MUST(new_tuple(vm, {Value(&kind_type(ExceptionKind::BaseExceptionGroup)), Value(&exception)}));
    group.mro = MUST(new_tuple(vm,
        {Value(&group), Value(&kind_type(ExceptionKind::BaseExceptionGroup)), Value(&exception),
            Value(&kind_type(ExceptionKind::BaseException)), Value(&object_type)}));
    make_immortal(group.bases.value());
    make_immortal(group.mro.value());
    exception.subclasses.push_back(&group);
    type_modified(group);
}

} // namespace taipan
