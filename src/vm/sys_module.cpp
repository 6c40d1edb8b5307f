// The sys module: the interpreter's configuration (argv, path, version, flags, the
// numeric limits as struct sequences), the standard streams, the hooks CPython lets
// programs replace (displayhook, excepthook, unraisablehook, breakpointhook) and the
// introspection functions (getrefcount, getsizeof, _getframe, exc_info...).
#include "vm/sys_module.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/set.h"
#include "objects/simple_namespace.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/traceback.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/native_stream.h"
#include "vm/vm.h"

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace taipan {

// --- the struct-sequence types of sys ---

namespace {

    constexpr char const* version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    StructSeqDescription const version_info_description = {"sys.version_info", version_info_fields, 5, false};

    constexpr char const* flags_fields[]
        = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
    StructSeqDescription const flags_description = {"sys.flags", flags_fields, 18, false};

    constexpr char const* float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
        "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"};
    StructSeqDescription const float_info_description = {"sys.float_info", float_info_fields, 11};

    constexpr char const* int_info_fields[]
        = {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"};
    StructSeqDescription const int_info_description = {"sys.int_info", int_info_fields, 4};

    constexpr char const* hash_info_fields[]
        = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"};
    StructSeqDescription const hash_info_description = {"sys.hash_info", hash_info_fields, 9};

    constexpr char const* thread_info_fields[] = {"name", "lock", "version"};
    StructSeqDescription const thread_info_description = {"sys.thread_info", thread_info_fields, 3};

    constexpr char const* asyncgen_hooks_fields[] = {"firstiter", "finalizer"};
    StructSeqDescription const asyncgen_hooks_description = {"asyncgen_hooks", asyncgen_hooks_fields, 2};

    constexpr char const* unraisable_fields[]
        = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
    StructSeqDescription const unraisable_description = {"UnraisableHookArgs", unraisable_fields, 5};

} // namespace

Type sys_version_info_type;
extern TypeSpec const sys_version_info_type_spec;
TypeSpec const sys_version_info_type_spec = structseq_spec(sys_version_info_type, version_info_description);
Type sys_flags_type;
extern TypeSpec const sys_flags_type_spec;
TypeSpec const sys_flags_type_spec = structseq_spec(sys_flags_type, flags_description);
Type sys_float_info_type;
extern TypeSpec const sys_float_info_type_spec;
TypeSpec const sys_float_info_type_spec = structseq_spec(sys_float_info_type, float_info_description);
Type sys_int_info_type;
extern TypeSpec const sys_int_info_type_spec;
TypeSpec const sys_int_info_type_spec = structseq_spec(sys_int_info_type, int_info_description);
Type sys_hash_info_type;
extern TypeSpec const sys_hash_info_type_spec;
TypeSpec const sys_hash_info_type_spec = structseq_spec(sys_hash_info_type, hash_info_description);
Type sys_thread_info_type;
extern TypeSpec const sys_thread_info_type_spec;
TypeSpec const sys_thread_info_type_spec = structseq_spec(sys_thread_info_type, thread_info_description);
Type sys_asyncgen_hooks_type;
extern TypeSpec const sys_asyncgen_hooks_type_spec;
TypeSpec const sys_asyncgen_hooks_type_spec
    = structseq_spec(sys_asyncgen_hooks_type, asyncgen_hooks_description);
Type sys_unraisable_hook_args_type;
extern TypeSpec const sys_unraisable_hook_args_type_spec;
TypeSpec const sys_unraisable_hook_args_type_spec
    = structseq_spec(sys_unraisable_hook_args_type, unraisable_description);

namespace {

    // The release Taipan reports (Debian's CPython 3.11.2 is the oracle), and its own
    // version for sys.implementation.
    constexpr int python_major = 3, python_minor = 11, python_micro = 2;
    constexpr int64_t python_hexversion = 0x030B02F0;
    constexpr int taipan_major = 0, taipan_minor = 1, taipan_micro = 0;
    constexpr int64_t taipan_hexversion = 0x000100A0;
    // platform._sys_version parses this: "version (buildno, builddate) [compiler]".
    constexpr char version_text[] = "3.11.2 (main, taipan) [GCC " __VERSION__ "]";

    Value sys_value(Vm& vm, std::string_view name)
    {
        auto found = dict_get_str(vm, *vm.sys_module().dict, *vm.intern(name));
        if (found.is_error()) {
            (void)vm.take_pending_exception();
            return {};
        }
        return found.value();
    }

    Result<Ref<>> make_str(Vm& vm, std::string_view text)
    {
        return Ref<>(TRY(new_str(vm, text)));
    }

    // The type name in CPython's argument errors ("must be str, not None").
    std::string argument_type_name(Value value)
    {
        return is_none(value) ? "None" : type_name(value);
    }

    Result<Ref<>> make_str_list(Vm& vm, std::vector<std::string> const& items)
    {
        Ref<List> list = TRY(new_list(vm));
        for (std::string const& item : items) {
            Ref<Str> text = TRY(new_str(vm, item));
            TRY(list_append(vm, *list, Value(text.get())));
        }
        return Ref<>(std::move(list));
    }

    // Writes text to sys.stderr (its write method), or to fd 2 when sys.stderr is gone.
    Result<void> write_to_stream(Vm& vm, Value stream, std::string_view text)
    {
        Ref<Str> str = TRY(new_str(vm, text));
        if (is_native_stream(stream))
            return native_stream_write(vm, *static_cast<NativeStream*>(stream.as_object()), *str);
        TRY(call_method(vm, stream, "write", std::initializer_list<Value> {Value(str.get())}));
        return {};
    }

    void write_to_stderr(Vm& vm, std::string_view text)
    {
        Value stream = sys_value(vm, "stderr");
        if (stream && is_none(stream))
            return;
        if (stream && !write_to_stream(vm, stream, text).is_error()) {
            if (is_native_stream(stream)) {
                if (native_stream_flush(vm, *static_cast<NativeStream*>(stream.as_object())).is_error())
                    (void)vm.take_pending_exception();
            } else if (call_method(vm, stream, "flush").is_error()) {
                (void)vm.take_pending_exception();
            }
            return;
        }
        (void)vm.take_pending_exception();
        ssize_t ignored = ::write(2, text.data(), text.size());
        (void)ignored;
    }

    // --- functions ---

    Result<Ref<>> sys_exit(Vm& vm, Args args)
    {
        Value status = args[0];
        Type& system_exit = exception_type(ExceptionKind::SystemExit);
        // CPython: PyErr_SetObject(SystemExit, status): None means no arguments, a
        // tuple is the argument list.
        Ref<> exception;
        if (is_none(status))
            exception = TRY(new_exception(vm, system_exit, {}));
        else if (is_exact_tuple(status))
            exception = TRY(new_exception(vm, system_exit, as_tuple(status).span()));
        else
            exception = TRY(new_exception(vm, system_exit, {&status, 1}));
        return vm.raise_object(exception);
    }

    Result<Ref<>> sys_getrefcount(Vm&, Args args)
    {
        Value object = args[0];
        if (!object.is_object())
            return new_int(int64_t(1) << 30);
        return new_int(object.as_object()->refcount);
    }

    Result<Ref<>> sys_getsizeof(Vm& vm, Args args)
    {
        Value object = args[0];
        Value default_value = args[1];
        auto compute = [&]() -> Result<Ref<>> {
            Type& type = *object.type();
            Value method = type_lookup(type, *vm.intern("__sizeof__"));
            if (!method)
                return vm.raise(ExceptionKind::TypeError,
                    "Type " + std::string(type.name) + " doesn't define __sizeof__");
            Ref<> bound = TRY(descriptor_get(vm, method, object, type));
            Ref<> size = TRY(call(vm, bound, {}));
            if (!is_int(size))
                return vm.raise(ExceptionKind::TypeError, "an integer is required");
            int64_t bytes = TRY(index_as_int64(vm, size));
            if (bytes < 0)
                return vm.raise(ExceptionKind::ValueError, "__sizeof__() should return >= 0");
            // CPython adds what it allocates before the object: its 16-byte GC header
            // for objects the collector can track (for type objects: only heap types),
            // and 3.11's two-pointer managed-dict slot for instances of classes that add
            // a __dict__ to a fixed-size native base.
            bool collected = type.has_flag(TypeHasGc);
            if (collected && (&type == &type_type || type.has_flag(TypeTypeSubclass)))
                collected = static_cast<Type*>(object.as_object())->is_heap();
            Type const* native_base = &type;
            while (native_base->is_heap())
                native_base = native_base->base;
            bool managed_dict = type.is_heap() && type.dict_offset != 0 && native_base->dict_offset == 0
                && !type.variable_size;
            return new_int(bytes + (collected ? 16 : 0) + (managed_dict ? 16 : 0));
        };
        auto result = compute();
        if (result.is_error() && default_value && vm.pending_exception_matches(ExceptionKind::TypeError)) {
            (void)vm.take_pending_exception();
            return ref(default_value);
        }
        return result;
    }

    Result<Ref<>> sys_getrecursionlimit(Vm& vm, Args)
    {
        return new_int(vm.recursion_limit());
    }

    Result<int> c_int_argument(Vm& vm, Value value)
    {
        int64_t number = TRY(index_as_int64(vm, value));
        if (number > INT_MAX)
            return vm.raise(ExceptionKind::OverflowError, "signed integer is greater than maximum");
        if (number < INT_MIN)
            return vm.raise(ExceptionKind::OverflowError, "signed integer is less than minimum");
        return int(number);
    }

    Result<Ref<>> sys_setrecursionlimit(Vm& vm, Args args)
    {
        if (is_float(args[0]))
            return vm.raise(ExceptionKind::TypeError, "'float' object cannot be interpreted as an integer");
        auto limit_result = index_as_int64(vm, args[0]);
        if (limit_result.is_error()) {
            if (vm.pending_exception_matches(ExceptionKind::OverflowError)) {
                (void)vm.take_pending_exception();
                return vm.raise(ExceptionKind::OverflowError, "Python int too large to convert to C int");
            }
            return Failure {limit_result.release_error()};
        }
        int64_t limit = limit_result.value();
        if (limit > INT_MAX || limit < INT_MIN)
            return vm.raise(ExceptionKind::OverflowError, "Python int too large to convert to C int");
        if (limit < 1)
            return vm.raise(ExceptionKind::ValueError, "recursion limit must be greater or equal than 1");
        int depth = vm.thread().recursion_depth;
        if (depth >= limit)
            return vm.raise(ExceptionKind::RecursionError,
                "cannot set the recursion limit to " + std::to_string(limit) + " at the recursion depth "
                    + std::to_string(depth) + ": the limit is too low");
        vm.set_recursion_limit(int(limit));
        return new_none();
    }

    Result<Ref<>> sys_intern(Vm& vm, Args args)
    {
        Value string = args[0];
        if (!is_str(string))
            return vm.raise(
                ExceptionKind::TypeError, "intern() argument must be str, not " + argument_type_name(string));
        if (!is_exact_str(string))
            return vm.raise(
                ExceptionKind::TypeError, "can't intern " + std::string(type_short_name(*string.type())));
        return Ref<>(vm.intern(as_str(string)));
    }

    Result<Ref<>> sys_getframe(Vm& vm, Args args)
    {
        int64_t depth = TRY(index_as_int64(vm, args[0]));
        Frame* frame = vm.thread().current_frame;
        for (int64_t level = 0; frame && level < depth; ++level)
            frame = frame->previous;
        if (!frame || depth < 0)
            return vm.raise(ExceptionKind::ValueError, "call stack is not deep enough");
        return Ref<>(TRY(frame_object_for(vm, *frame)));
    }

    Result<Ref<>> sys_exc_info(Vm& vm, Args)
    {
        Value handled = vm.thread().handled_exception();
        if (!handled)
            return Ref<>(TRY(new_tuple(vm, {none(), none(), none()})));
        Value traceback = as_exception(handled).traceback.value();
        return Ref<>(TRY(new_tuple(vm, {Value(handled.type()), handled, traceback ? traceback : none()})));
    }

    Result<Ref<>> sys_exception(Vm& vm, Args)
    {
        Value handled = vm.thread().handled_exception();
        return handled ? ref(handled) : new_none();
    }

    Result<Ref<>> sys_displayhook(Vm& vm, Args args)
    {
        Value value = args[0];
        if (is_none(value))
            return new_none();
        Value builtins(&vm.builtins_module());
        TRY(set_attribute(vm, builtins, "_", none()));
        Value stream = sys_value(vm, "stdout");
        if (!stream || is_none(stream))
            return vm.raise(ExceptionKind::RuntimeError, "lost sys.stdout");
        Ref<Str> text = TRY(repr(vm, value));
        Ref<Str> newline = TRY(new_str(vm, "\n"));
        if (is_native_stream(stream)) {
            auto& native = *static_cast<NativeStream*>(stream.as_object());
            TRY(native_stream_write(vm, native, *text));
            TRY(native_stream_write(vm, native, *newline));
        } else {
            TRY(call_method(vm, stream, "write", std::initializer_list<Value> {Value(text.get())}));
            TRY(call_method(vm, stream, "write", std::initializer_list<Value> {Value(newline.get())}));
        }
        TRY(set_attribute(vm, builtins, "_", value));
        return new_none();
    }

    Result<Ref<>> sys_excepthook(Vm& vm, Args args)
    {
        Value value = args[1];
        Value stream = sys_value(vm, "stderr");
        if (stream && is_none(stream))
            return new_none();
        std::string report;
        TRY(print_exception(vm, value, report));
        if (!stream)
            return vm.raise(ExceptionKind::RuntimeError, "lost sys.stderr");
        TRY(write_to_stream(vm, stream, report));
        if (is_native_stream(stream))
            TRY(native_stream_flush(vm, *static_cast<NativeStream*>(stream.as_object())));
        return new_none();
    }

    // CPython's default sys.unraisablehook output (also used when the hook is replaced by
    // something that fails).
    void print_unraisable(Vm& vm, Value exception, Value message, Value object)
    {
        std::string out;
        bool has_message = message && is_str(message);
        if (object && !is_none(object)) {
            out += has_message ? str_to_utf8(as_str(message)) + ": " : std::string("Exception ignored in: ");
            auto text = repr_utf8(vm, object);
            if (text.is_error()) {
                (void)vm.take_pending_exception();
                out += "<object repr() failed>";
            } else {
                out += text.value();
            }
            out += "\n";
        } else if (has_message) {
            out += str_to_utf8(as_str(message)) + ":\n";
        }
        if (exception && !is_none(exception)) {
            std::string report;
            if (print_exception(vm, exception, report).is_error())
                (void)vm.take_pending_exception();
            out += report;
        }
        write_to_stderr(vm, out);
    }

    bool is_default_unraisablehook(Value hook);

    Result<Ref<>> sys_unraisablehook(Vm& vm, Args args)
    {
        Value arguments = args[0];
        if (arguments.type() != &sys_unraisable_hook_args_type)
            return vm.raise(
                ExceptionKind::TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
        Tuple& fields = as_tuple(arguments);
        print_unraisable(vm, fields[1], fields[3], fields[4]);
        return new_none();
    }

    Result<Ref<>> sys_breakpointhook(Vm& vm, Args args)
    {
        char const* variable = std::getenv("PYTHONBREAKPOINT");
        std::string hook_name = variable && *variable ? variable : "pdb.set_trace";
        if (hook_name == "0")
            return new_none();
        // CPython imports the module named by the part before the last dot and calls the
        // attribute; when that fails it warns (RuntimeWarning) and returns None. Without
        // the warnings machinery yet, the ImportError propagates.
        size_t dot = hook_name.rfind('.');
        std::string module_name = dot == std::string::npos ? "builtins" : hook_name.substr(0, dot);
        std::string attribute = dot == std::string::npos ? hook_name : hook_name.substr(dot + 1);
        Ref<> module = TRY(import_module(vm, module_name));
        Ref<> hook = TRY(get_attribute(vm, module, attribute));
        Ref<Tuple> positional = ref(&as_tuple(args[0]));
        return call_with_tuple(vm, hook, *positional, args[1] ? &as_dict(args[1]) : nullptr);
    }

    Result<Ref<>> sys_get_int_max_str_digits(Vm& vm, Args)
    {
        return new_int(vm.sys_state.max_str_digits);
    }

    Result<Ref<>> sys_set_int_max_str_digits(Vm& vm, Args args)
    {
        int digits = TRY(c_int_argument(vm, args[0]));
        if (digits != 0 && digits < 640)
            return vm.raise(ExceptionKind::ValueError, "maxdigits must be 0 or larger than 640");
        vm.sys_state.max_str_digits = digits;
        return new_none();
    }

    Result<Ref<>> sys_getswitchinterval(Vm& vm, Args)
    {
        return new_float(vm, vm.sys_state.switch_interval);
    }

    Result<Ref<>> sys_setswitchinterval(Vm& vm, Args args)
    {
        double interval = TRY(to_double(vm, args[0]));
        if (!(interval > 0.0))
            return vm.raise(ExceptionKind::ValueError, "switch interval must be strictly positive");
        vm.sys_state.switch_interval = interval;
        return new_none();
    }

    Result<Ref<>> sys_settrace(Vm& vm, Args args)
    {
        vm.sys_state.trace_function = is_none(args[0]) ? Ref<>() : ref(args[0]);
        return new_none();
    }

    Result<Ref<>> sys_gettrace(Vm& vm, Args)
    {
        return vm.sys_state.trace_function ? vm.sys_state.trace_function : new_none();
    }

    Result<Ref<>> sys_setprofile(Vm& vm, Args args)
    {
        vm.sys_state.profile_function = is_none(args[0]) ? Ref<>() : ref(args[0]);
        return new_none();
    }

    Result<Ref<>> sys_getprofile(Vm& vm, Args)
    {
        return vm.sys_state.profile_function ? vm.sys_state.profile_function : new_none();
    }

    Result<Ref<>> sys_get_asyncgen_hooks(Vm& vm, Args)
    {
        Value first = vm.sys_state.asyncgen_firstiter ? vm.sys_state.asyncgen_firstiter.value() : none();
        Value finalizer = vm.sys_state.asyncgen_finalizer ? vm.sys_state.asyncgen_finalizer.value() : none();
        Value fields[] = {first, finalizer};
        return Ref<>(TRY(new_structseq(vm, sys_asyncgen_hooks_type, fields)));
    }

    Result<Ref<>> sys_set_asyncgen_hooks(Vm& vm, Args args)
    {
        Value first = args[0], finalizer = args[1];
        if (finalizer && !is_none(finalizer) && !is_callable(finalizer))
            return vm.raise(
                ExceptionKind::TypeError, "callable finalizer expected, got " + type_name(finalizer));
        if (first && !is_none(first) && !is_callable(first))
            return vm.raise(ExceptionKind::TypeError, "callable firstiter expected, got " + type_name(first));
        if (finalizer)
            vm.sys_state.asyncgen_finalizer = is_none(finalizer) ? Ref<>() : ref(finalizer);
        if (first)
            vm.sys_state.asyncgen_firstiter = is_none(first) ? Ref<>() : ref(first);
        return new_none();
    }

    Result<Ref<>> sys_get_coroutine_origin_tracking_depth(Vm& vm, Args)
    {
        return new_int(vm.sys_state.coroutine_origin_tracking_depth);
    }

    Result<Ref<>> sys_set_coroutine_origin_tracking_depth(Vm& vm, Args args)
    {
        int depth = TRY(c_int_argument(vm, args[0]));
        if (depth < 0)
            return vm.raise(ExceptionKind::ValueError, "depth must be >= 0");
        vm.sys_state.coroutine_origin_tracking_depth = depth;
        return new_none();
    }

    Result<Ref<>> sys_call_tracing(Vm& vm, Args args)
    {
        if (!is_tuple(args[1]))
            return vm.raise(ExceptionKind::TypeError,
                "call_tracing() argument 2 must be tuple, not " + argument_type_name(args[1]));
        return call_with_tuple(vm, args[0], as_tuple(args[1]), nullptr);
    }

    Result<Ref<>> sys_audit(Vm& vm, Args args)
    {
        if (!is_str(args[0]))
            return vm.raise(
                ExceptionKind::TypeError, "expected str for argument 'event', not " + type_name(args[0]));
        // No audit hooks run yet: addaudithook accepts and ignores them.
        return new_none();
    }

    Result<Ref<>> sys_addaudithook(Vm&, Args)
    {
        return new_none();
    }
    Result<Ref<>> sys_is_finalizing(Vm&, Args)
    {
        return new_bool(false);
    }
    Result<Ref<>> sys_getdefaultencoding(Vm& vm, Args)
    {
        return make_str(vm, "utf-8");
    }
    Result<Ref<>> sys_getfilesystemencoding(Vm& vm, Args)
    {
        return make_str(vm, "utf-8");
    }
    Result<Ref<>> sys_getfilesystemencodeerrors(Vm& vm, Args)
    {
        return make_str(vm, "surrogateescape");
    }
    Result<Ref<>> sys_getallocatedblocks(Vm&, Args)
    {
        return new_int(0);
    }
    Result<Ref<>> sys_clear_type_cache(Vm&, Args)
    {
        return new_none();
    }

    constexpr NativeMethod sys_functions[] = {
        {"exit(status=None, /)", sys_exit},
        {"getrefcount(object, /)", sys_getrefcount},
        {"getsizeof(object, default=?)", sys_getsizeof},
        {"getrecursionlimit()", sys_getrecursionlimit},
        {"setrecursionlimit(limit, /)", sys_setrecursionlimit},
        {"intern(string, /)", sys_intern},
        {"_getframe(depth=0, /)", sys_getframe},
        {"exc_info()", sys_exc_info},
        {"exception()", sys_exception},
        {"displayhook(object, /)", sys_displayhook},
        {"excepthook(exctype, value, traceback, /)", sys_excepthook},
        {"unraisablehook(unraisable, /)", sys_unraisablehook},
        {"breakpointhook(*args, **kws)", sys_breakpointhook},
        {"get_int_max_str_digits()", sys_get_int_max_str_digits},
        {"set_int_max_str_digits(maxdigits)", sys_set_int_max_str_digits},
        {"getswitchinterval()", sys_getswitchinterval},
        {"setswitchinterval(interval, /)", sys_setswitchinterval},
        {"settrace(function, /)", sys_settrace},
        {"gettrace()", sys_gettrace},
        {"setprofile(function, /)", sys_setprofile},
        {"getprofile()", sys_getprofile},
        {"get_asyncgen_hooks()", sys_get_asyncgen_hooks},
        {"set_asyncgen_hooks(firstiter=?, finalizer=?)", sys_set_asyncgen_hooks},
        {"get_coroutine_origin_tracking_depth()", sys_get_coroutine_origin_tracking_depth},
        {"set_coroutine_origin_tracking_depth(depth)", sys_set_coroutine_origin_tracking_depth},
        {"call_tracing(func, args, /)", sys_call_tracing},
        {"audit(event, /, *args)", sys_audit},
        {"addaudithook(hook)", sys_addaudithook},
        {"is_finalizing()", sys_is_finalizing},
        {"getdefaultencoding()", sys_getdefaultencoding},
        {"getfilesystemencoding()", sys_getfilesystemencoding},
        {"getfilesystemencodeerrors()", sys_getfilesystemencodeerrors},
        {"getallocatedblocks()", sys_getallocatedblocks},
        {"_clear_type_cache()", sys_clear_type_cache},
    };

    bool is_default_unraisablehook(Value hook)
    {
        if (!hook.is_object() || hook.type() != &builtin_function_type)
            return false;
        return static_cast<NativeFunctionObject*>(hook.as_object())->definition->function
            == sys_unraisablehook;
    }

    // --- attributes ---

    bool environment_flag(char const* name)
    {
        char const* value = std::getenv(name);
        return value && *value;
    }

    Result<void> add_version_attributes(Vm& vm, Dict& dict)
    {
        TRY(dict_set_str(vm, dict, "version", TRY(make_str(vm, version_text))));
        TRY(dict_set_str(vm, dict, "hexversion", new_int(python_hexversion)));
        Ref<Str> final_text = TRY(new_str(vm, "final"));
        Value version[] = {Value::small_int(python_major), Value::small_int(python_minor),
            Value::small_int(python_micro), Value(final_text.get()), Value::small_int(0)};
        Ref<Tuple> version_info = TRY(new_structseq(vm, sys_version_info_type, version));
        TRY(dict_set_str(vm, dict, "version_info", Value(version_info.get())));
        TRY(dict_set_str(vm, dict, "api_version", new_int(1013)));

        Ref<Str> alpha_text = TRY(new_str(vm, "alpha"));
        Value taipan_version[] = {Value::small_int(taipan_major), Value::small_int(taipan_minor),
            Value::small_int(taipan_micro), Value(alpha_text.get()), Value::small_int(0)};
        Ref<Tuple> implementation_version = TRY(new_structseq(vm, sys_version_info_type, taipan_version));
        Ref<Dict> implementation = TRY(new_dict(vm));
        TRY(dict_set_str(vm, *implementation, "name", TRY(make_str(vm, "taipan"))));
        // No bytecode cache files yet: importlib's cache_from_source then declines.
        TRY(dict_set_str(vm, *implementation, "cache_tag", none()));
        TRY(dict_set_str(vm, *implementation, "version", Value(implementation_version.get())));
        TRY(dict_set_str(vm, *implementation, "hexversion", new_int(taipan_hexversion)));
        TRY(dict_set_str(vm, *implementation, "_multiarch", TRY(make_str(vm, "x86_64-linux-gnu"))));
        TRY(dict_set_str(vm, dict, "implementation", TRY(new_simple_namespace(vm, implementation.get()))));
        TRY(dict_set_str(vm, dict, "copyright",
            TRY(make_str(vm,
                "Copyright (c) Taipan contributors.\nAll Rights Reserved.\n\n"
                "The Python language and its standard library are\n"
                "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."))));
        return {};
    }

    Result<void> add_limit_attributes(Vm& vm, Dict& dict)
    {
        TRY(dict_set_str(vm, dict, "maxsize", new_int(INT64_MAX)));
        TRY(dict_set_str(vm, dict, "maxunicode", new_int(0x10FFFF)));
        TRY(dict_set_str(vm, dict, "byteorder", TRY(make_str(vm, "little"))));
        TRY(dict_set_str(vm, dict, "float_repr_style", TRY(make_str(vm, "short"))));

        std::vector<Ref<>> floats;
        for (double value : {DBL_MAX, DBL_MIN, DBL_EPSILON})
            floats.push_back(TRY(new_float(vm, value)));
        Value float_info[]
            = {floats[0], Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP), floats[1],
                Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP), Value::small_int(DBL_DIG),
                Value::small_int(DBL_MANT_DIG), floats[2], Value::small_int(FLT_RADIX), Value::small_int(1)};
        TRY(dict_set_str(
            vm, dict, "float_info", Value(TRY(new_structseq(vm, sys_float_info_type, float_info)).get())));

        Value int_info[]
            = {Value::small_int(30), Value::small_int(4), Value::small_int(4300), Value::small_int(640)};
        TRY(dict_set_str(
            vm, dict, "int_info", Value(TRY(new_structseq(vm, sys_int_info_type, int_info)).get())));

        Ref<Str> algorithm = TRY(new_str(vm, "siphash13"));
        Value hash_info[] = {Value::small_int(64), Value::small_int((int64_t(1) << 61) - 1),
            Value::small_int(314159), Value::small_int(0), Value::small_int(1000003), Value(algorithm.get()),
            Value::small_int(64), Value::small_int(128), Value::small_int(0)};
        TRY(dict_set_str(
            vm, dict, "hash_info", Value(TRY(new_structseq(vm, sys_hash_info_type, hash_info)).get())));

        char library_version[64] = {};
        size_t length = ::confstr(_CS_GNU_LIBPTHREAD_VERSION, library_version, sizeof library_version);
        Ref<> thread_version = length > 0 ? TRY(make_str(vm, library_version)) : new_none();
        Ref<Str> thread_name = TRY(new_str(vm, "pthread"));
        Ref<Str> lock_name = TRY(new_str(vm, "semaphore"));
        Value thread_info[] = {Value(thread_name.get()), Value(lock_name.get()), thread_version};
        TRY(dict_set_str(
            vm, dict, "thread_info", Value(TRY(new_structseq(vm, sys_thread_info_type, thread_info)).get())));
        return {};
    }

    Result<void> add_configuration_attributes(Vm& vm, Dict& dict)
    {
        bool dont_write_bytecode = environment_flag("PYTHONDONTWRITEBYTECODE");
        char const* hash_seed = std::getenv("PYTHONHASHSEED");
        bool hash_randomization = !(hash_seed && std::string_view(hash_seed) == "0");
        int64_t max_str_digits = -1;
        if (char const* digits = std::getenv("PYTHONINTMAXSTRDIGITS"); digits && *digits) {
            max_str_digits = std::atoll(digits);
            vm.sys_state.max_str_digits = int(max_str_digits);
        }
        Value flags[] = {Value::small_int(0), Value::small_int(0), Value::small_int(0), Value::small_int(0),
            Value::small_int(dont_write_bytecode), Value::small_int(0), Value::small_int(0),
            Value::small_int(0), Value::small_int(0), Value::small_int(0), Value::small_int(0),
            Value::small_int(hash_randomization), Value::small_int(0), false_value(), Value::small_int(0),
            Value::small_int(0), false_value(), Value::small_int(max_str_digits)};
        TRY(dict_set_str(vm, dict, "flags", Value(TRY(new_structseq(vm, sys_flags_type, flags)).get())));
        TRY(dict_set_str(vm, dict, "dont_write_bytecode", bool_value(dont_write_bytecode)));

        TRY(dict_set_str(vm, dict, "platform", TRY(make_str(vm, "linux"))));
        TRY(dict_set_str(vm, dict, "platlibdir", TRY(make_str(vm, "lib"))));
        for (char const* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"})
            TRY(dict_set_str(vm, dict, name, TRY(make_str(vm, "/usr"))));
        TRY(dict_set_str(vm, dict, "abiflags", TRY(make_str(vm, ""))));
        TRY(dict_set_str(vm, dict, "pycache_prefix", none()));
        TRY(dict_set_str(vm, dict, "warnoptions", Value(TRY(new_list(vm)).get())));
        TRY(dict_set_str(vm, dict, "_xoptions", Value(TRY(new_dict(vm)).get())));
        TRY(dict_set_str(vm, dict, "meta_path", Value(TRY(new_list(vm)).get())));
        TRY(dict_set_str(vm, dict, "path_hooks", Value(TRY(new_list(vm)).get())));
        TRY(dict_set_str(vm, dict, "path_importer_cache", Value(TRY(new_dict(vm)).get())));

        // sys.builtin_module_names: the native module registry, sorted.
        std::vector<std::string> names;
        for_each_native_module_name(
            [](std::string_view name, void* context) {
                static_cast<std::vector<std::string>*>(context)->emplace_back(name);
            },
            &names);
        std::sort(names.begin(), names.end());
        Ref<List> name_list = TRY(new_list(vm));
        for (std::string const& name : names)
            TRY(list_append(vm, *name_list, Value(vm.intern(name).get())));
        TRY(dict_set_str(vm, dict, "builtin_module_names", Value(TRY(list_to_tuple(vm, *name_list)).get())));
        // The standard library's module list comes with the import of Lib/.
        TRY(dict_set_str(vm, dict, "stdlib_module_names",
            Value(TRY(new_frozenset(vm, Value(empty_tuple().get()))).get())));
        return {};
    }

    Result<void> add_streams(Vm& vm, Dict& dict)
    {
        char const* names[] = {"stdin", "stdout", "stderr"};
        char const* dunder_names[] = {"__stdin__", "__stdout__", "__stderr__"};
        for (int fd = 0; fd < 3; ++fd) {
            // CPython: a standard file descriptor that is not open gives None.
            Ref<> stream = ::fcntl(fd, F_GETFD) == -1 ? new_none() : TRY(new_standard_stream(vm, fd));
            TRY(dict_set_str(vm, dict, names[fd], stream));
            TRY(dict_set_str(vm, dict, dunder_names[fd], stream));
        }
        return {};
    }

    Result<void> add_hook_originals(Vm& vm, Dict& dict)
    {
        for (char const* name : {"displayhook", "excepthook", "unraisablehook", "breakpointhook"}) {
            Value function = TRY(dict_get_str(vm, dict, *vm.intern(name)));
            TRY(dict_set_str(vm, dict, "__" + std::string(name) + "__", function));
        }
        return {};
    }

    Result<void> set_path_attributes(Vm& vm, Dict& dict)
    {
        TRY(dict_set_str(vm, dict, "argv",
            TRY(make_str_list(vm, vm.argv.empty() ? std::vector<std::string> {""} : vm.argv))));
        std::vector<std::string> orig_argv = vm.orig_argv;
        if (orig_argv.empty()) {
            orig_argv.push_back(vm.executable.empty() ? "taipan" : vm.executable);
            orig_argv.insert(orig_argv.end(), vm.argv.begin(), vm.argv.end());
        }
        TRY(dict_set_str(vm, dict, "orig_argv", TRY(make_str_list(vm, orig_argv))));
        TRY(dict_set_str(vm, dict, "executable", TRY(make_str(vm, vm.executable))));
        TRY(dict_set_str(vm, dict, "_base_executable", TRY(make_str(vm, vm.executable))));
        // sys.path: the script's folder ('' for -c), then PYTHONPATH's entries. The
        // standard library's folders come with the import of Lib/.
        std::vector<std::string> path {vm.script_directory};
        if (char const* python_path = std::getenv("PYTHONPATH"); python_path && *python_path) {
            std::string_view rest = python_path;
            while (true) {
                size_t colon = rest.find(':');
                std::string_view entry = rest.substr(0, colon);
                if (!entry.empty())
                    path.emplace_back(entry);
                if (colon == std::string_view::npos)
                    break;
                rest.remove_prefix(colon + 1);
            }
        }
        TRY(dict_set_str(vm, dict, "path", TRY(make_str_list(vm, path))));
        return {};
    }

} // namespace

Result<Ref<Module>> create_sys_module(Vm& vm)
{
    finish_structseq_types(vm);
    Ref<Module> module = TRY(new_module(vm, "sys"));
    module->is_builtin = true;
    Dict& dict = *module->dict;
    TRY(dict_set_str(vm, dict, "__doc__",
        TRY(make_str(vm,
            "This module provides access to some objects used or maintained by the\n"
            "interpreter and to functions that interact strongly with the interpreter."))));
    TRY(add_module_functions(vm, *module, sys_functions));
    TRY(add_hook_originals(vm, dict));
    TRY(add_version_attributes(vm, dict));
    TRY(add_limit_attributes(vm, dict));
    TRY(add_configuration_attributes(vm, dict));
    TRY(add_streams(vm, dict));
    TRY(set_path_attributes(vm, dict));
    TRY(dict_set_str(vm, dict, "modules", Value(&vm.modules())));
    return module;
}

void refresh_sys_paths(Vm& vm)
{
    Dict& dict = *vm.sys_module().dict;
    if (set_path_attributes(vm, dict).is_error())
        (void)vm.take_pending_exception();
    if (dict_set_str(vm, dict, "modules", Value(&vm.modules())).is_error())
        (void)vm.take_pending_exception();
}

void release_sys_state(Vm& vm)
{
    vm.sys_state.trace_function = nullptr;
    vm.sys_state.profile_function = nullptr;
    vm.sys_state.asyncgen_firstiter = nullptr;
    vm.sys_state.asyncgen_finalizer = nullptr;
}

Result<Ref<Module>> current_sys_module(Vm& vm)
{
    return ref(&vm.sys_module());
}
Result<Ref<Module>> current_builtins_module(Vm& vm)
{
    return ref(&vm.builtins_module());
}

void write_unraisable(Vm& vm, Value object, std::string_view message)
{
    Ref<> exception = vm.take_pending_exception();
    Ref<> message_text;
    if (!message.empty()) {
        auto made = new_str(vm, message);
        if (made.is_error())
            (void)vm.take_pending_exception();
        else
            message_text = made.release_value();
    }
    Value hook = sys_value(vm, "unraisablehook");
    if (hook && !is_none(hook) && !is_default_unraisablehook(hook)) {
        Value traceback = exception && as_exception(exception).traceback
            ? as_exception(exception).traceback.value()
            : none();
        Value fields[]
            = {exception ? Value(exception.value().type()) : none(), exception ? exception.value() : none(),
                traceback, message_text ? message_text.value() : none(), object ? object : none()};
        auto arguments = new_structseq(vm, sys_unraisable_hook_args_type, fields);
        if (!arguments.is_error()) {
            Value argument = arguments.value().value();
            auto called = call(vm, hook, {argument});
            if (!called.is_error())
                return;
        }
        // The hook itself failed: CPython reports that failure with the default hook.
        Ref<> hook_error = vm.take_pending_exception();
        Ref<Str> hook_message = MUST(new_str(vm, "Exception ignored in sys.unraisablehook"));
        print_unraisable(vm, hook_error, Value(hook_message.get()), hook);
    }
    print_unraisable(vm, exception, message_text ? message_text.value() : Value {}, object);
}

} // namespace taipan
