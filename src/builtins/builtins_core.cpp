// The builtins that are about objects and execution rather than one type: print,
// input, isinstance/issubclass, attribute functions, id/hash/callable, globals/locals/
// vars/dir, exec/eval/compile, __build_class__, breakpoint.
#include "compiler/codegen.h"
#include "lexer/lexer.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

#include <span>

namespace taipan {

Result<Ref<>> run_class_body(Vm&, FunctionObject&, Value namespace_);

// --- output and input ---

static Result<Ref<>> sys_attribute(Vm& vm, char const* name)
{
    return get_attribute_or_null(vm, Value(&vm.sys_module()), name);
}

static Result<Ref<>> builtin_print(Vm& vm, Args args)
{
    Tuple& values = as_tuple(args[0]);
    Value sep = args[1], end = args[2], file = args[3], flush = args[4];
    if (!is_none(sep) && !is_str(sep))
        return vm.raise(ExceptionKind::TypeError, "sep must be None or a string, not " + type_name(sep));
    if (!is_none(end) && !is_str(end))
        return vm.raise(ExceptionKind::TypeError, "end must be None or a string, not " + type_name(end));
    Ref<> stream;
    if (is_none(file)) {
        stream = TRY(sys_attribute(vm, "stdout"));
        if (!stream)
            return vm.raise(ExceptionKind::RuntimeError, "lost sys.stdout");
        if (is_none(stream))
            return new_none();
    } else {
        stream = ref(file);
    }
    Ref<> write = TRY(get_attribute(vm, stream, "write"));
    // One write per piece, as CPython's print does (observable with custom files).
    for (int64_t index = 0; index < values.size; ++index) {
        if (index > 0) {
            Value separator = is_none(sep) ? Value(vm.intern(" ").get()) : sep;
            TRY(call(vm, write, {separator}));
        }
        Ref<Str> text = TRY(str(vm, values[index]));
        TRY(call(vm, write, {Value(text.get())}));
    }
    Value terminator = is_none(end) ? Value(vm.intern("\n").get()) : end;
    TRY(call(vm, write, {terminator}));
    if (TRY(is_true(vm, flush)))
        TRY(call_method(vm, stream, "flush"));
    return new_none();
}

static Result<Ref<>> builtin_input(Vm& vm, Args args)
{
    Value prompt = args[0];
    Ref<> stdout_stream = TRY(sys_attribute(vm, "stdout"));
    Ref<> stdin_stream = TRY(sys_attribute(vm, "stdin"));
    if (!stdin_stream || is_none(stdin_stream))
        return vm.raise(ExceptionKind::RuntimeError, "input(): lost sys.stdin");
    if (stdout_stream && !is_none(stdout_stream)) {
        if (prompt) {
            Ref<Str> text = TRY(str(vm, prompt));
            TRY(call_method(vm, stdout_stream, "write", std::initializer_list<Value> {Value(text.get())}));
        }
        TRY(call_method(vm, stdout_stream, "flush"));
    }
    Ref<> line = TRY(call_method(vm, stdin_stream, "readline"));
    if (!is_str(line))
        return vm.raise(ExceptionKind::TypeError, "object.readline() returned non-string");
    Str& text = as_str(line);
    if (text.length == 0)
        return vm.raise(ExceptionKind::EOFError, "EOF when reading a line");
    if (text.at(text.length - 1) == '\n') {
        std::string utf8 = str_to_utf8(text);
        utf8.pop_back();
        return Ref<>(TRY(new_str(vm, utf8)));
    }
    return line;
}

// --- types and attributes ---

static Result<Ref<>> builtin_isinstance(Vm& vm, Args args)
{
    return new_bool(TRY(is_instance(vm, args[0], args[1])));
}
static Result<Ref<>> builtin_issubclass(Vm& vm, Args args)
{
    return new_bool(TRY(is_subclass(vm, args[0], args[1])));
}

static Result<Str*> attribute_name(Vm& vm, Value name, char const*)
{
    if (!is_str(name))
        return vm.raise(
            ExceptionKind::TypeError, "attribute name must be string, not '" + type_name(name) + "'");
    return &as_str(name);
}

static Result<Ref<>> builtin_getattr(Vm& vm, Args args)
{
    Str* name = TRY(attribute_name(vm, args[1], "getattr"));
    if (!args[2])
        return get_attribute(vm, args[0], *name);
    Ref<> found = TRY(get_attribute_or_null(vm, args[0], *name));
    return found ? found : ref(args[2]);
}

static Result<Ref<>> builtin_setattr(Vm& vm, Args args)
{
    Str* name = TRY(attribute_name(vm, args[1], "setattr"));
    TRY(set_attribute(vm, args[0], *name, args[2]));
    return new_none();
}

static Result<Ref<>> builtin_delattr(Vm& vm, Args args)
{
    Str* name = TRY(attribute_name(vm, args[1], "delattr"));
    TRY(delete_attribute(vm, args[0], *name));
    return new_none();
}

static Result<Ref<>> builtin_hasattr(Vm& vm, Args args)
{
    Str* name = TRY(attribute_name(vm, args[1], "hasattr"));
    Ref<> found = TRY(get_attribute_or_null(vm, args[0], *name));
    return new_bool(bool(found));
}

static Result<Ref<>> builtin_callable(Vm&, Args args)
{
    return new_bool(is_callable(args[0]));
}

static Result<Ref<>> builtin_id(Vm& vm, Args args)
{
    Value value = args[0];
    // Small ints have no object; their tagged word is as unique as an address.
    uint64_t identity = value.is_object() ? reinterpret_cast<uint64_t>(value.as_object()) : value.bits();
    return new_int_from_uint64(vm, identity);
}

static Result<Ref<>> builtin_hash(Vm& vm, Args args)
{
    return new_int(TRY(hash(vm, args[0])));
}

// --- namespaces ---

static Result<Ref<>> builtin_globals(Vm& vm, Args)
{
    Dict* globals = current_globals(vm);
    if (!globals)
        return vm.raise(ExceptionKind::SystemError, "globals(): no current frame");
    return ref(Value(globals));
}

static Result<Ref<>> builtin_locals(Vm& vm, Args)
{
    return current_locals(vm);
}

static Result<Ref<>> builtin_vars(Vm& vm, Args args)
{
    if (!args[0])
        return current_locals(vm);
    Ref<> dict = TRY(get_attribute_or_null(vm, args[0], "__dict__"));
    if (!dict)
        return vm.raise(ExceptionKind::TypeError, "vars() argument must have __dict__ attribute");
    return dict;
}

static Result<Ref<>> builtin_dir(Vm& vm, Args args)
{
    Ref<> names;
    if (!args[0]) {
        Ref<> locals = TRY(current_locals(vm));
        names = TRY(call_method(vm, locals, "keys"));
    } else {
        Ref<> result = TRY(call_special(vm, SpecialMethod::Dir, args[0]));
        if (!result)
            return vm.raise(ExceptionKind::TypeError, "object does not provide __dir__");
        names = std::move(result);
    }
    Ref<List> list = TRY(list_from_iterable(vm, names));
    TRY(list_sort(vm, *list, Value {}, false));
    return Ref<>(std::move(list));
}

// --- compiling and running code ---

static Raised raise_syntax_error(
    Vm& vm, SyntaxError const& error, std::string const& filename, CompileMode mode)
{
    Ref<> exception = make_syntax_error_object(vm, error, filename, mode == CompileMode::Exec);
    if (!exception)
        return Raised {ExceptionPending {}};
    return vm.raise_object(exception);
}

// The source of compile()/exec()/eval(): a str, or bytes-like text (decoded as UTF-8).
// `accepted` names the other kind the function takes, for the TypeError.
static Result<std::string> source_text(Vm& vm, Value source, char const* function, char const* accepted)
{
    std::string text;
    bool found = false;
    if (is_str(source)) {
        text = str_to_utf8(as_str(source));
        found = true;
    } else {
        Ref<> as_bytes = TRY(get_attribute_or_null(vm, source, "decode"));
        if (as_bytes) {
            Ref<> decoded = TRY(call(vm, as_bytes, {}));
            if (is_str(decoded)) {
                text = str_to_utf8(as_str(decoded));
                found = true;
            }
        }
    }
    if (!found)
        return vm.raise(ExceptionKind::TypeError,
            std::string(function) + "() arg 1 must be a string, bytes or " + accepted + " object");
    // CPython 3.11.2 passes the source to its parser as a C string.
    if (text.find('\0') != std::string::npos)
        return vm.raise(ExceptionKind::ValueError, "source code string cannot contain null bytes");
    return text;
}

// compile()'s filename: a str, bytes (decoded) or an os.PathLike (PyUnicode_FSDecoder).
static Result<std::string> filename_text(Vm& vm, Value filename)
{
    Ref<> path = ref(filename);
    if (!is_str(path) && !is_instance_of(path, bytes_type)) {
        Ref<> fspath = TRY(get_attribute_or_null(vm, Value(path.value().type()), "__fspath__"));
        if (!fspath)
            return vm.raise(ExceptionKind::TypeError,
                "expected str, bytes or os.PathLike object, not " + type_name(filename));
        path = TRY(call(vm, fspath, {filename}));
    }
    if (is_str(path))
        return str_to_utf8(as_str(path));
    if (is_instance_of(path, bytes_type)) {
        Ref<> decoded = TRY(call_method(vm, path, "decode"));
        return str_utf8(vm, decoded);
    }
    return vm.raise(ExceptionKind::TypeError,
        "expected " + type_name(filename) + ".__fspath__() to return str or bytes, not " + type_name(path));
}

// CPython's string tokenizer reads "\r\n" and "\r" as "\n", and ends "exec" sources
// with a newline; the text of SyntaxErrors shows both.
static std::string translate_newlines(std::string_view text, CompileMode mode)
{
    std::string translated;
    translated.reserve(text.size() + 1);
    for (size_t index = 0; index < text.size(); ++index) {
        if (text[index] != '\r') {
            translated += text[index];
            continue;
        }
        translated += '\n';
        if (index + 1 < text.size() && text[index + 1] == '\n')
            ++index;
    }
    if (mode == CompileMode::Exec && !translated.empty() && translated.back() != '\n')
        translated += '\n';
    return translated;
}

static Result<Ref<CodeObject>> compile_text(Vm& vm, std::string const& given_text, std::string filename,
    CompileMode mode, int optimize, bool future_annotations = false)
{
    std::string text = translate_newlines(given_text, mode);
    CompileOptions options;
    options.filename = filename;
    options.mode = mode;
    options.optimize = optimize;
    options.future_annotations = future_annotations;
    auto unit = compile_source(text, options);
    if (unit.is_error())
        return raise_syntax_error(vm, unit.error(), filename, mode);
    return load_code(vm, unit.value());
}

// The flags compile() accepts: the __future__ features (CO_FUTURE_DIVISION ...
// CO_FUTURE_ANNOTATIONS), the obsolete CO_NESTED, and the PyCF_ compiler flags.
constexpr int64_t future_flags_mask
    = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
constexpr int64_t compile_flags_mask = 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000;
constexpr int64_t only_ast_flag = 0x400;
constexpr int64_t future_annotations_flag = 0x1000000;

static Result<Ref<>> builtin_compile(Vm& vm, Args args)
{
    Value source = args[0], mode = args[2];
    std::string filename = TRY(filename_text(vm, args[1]));
    if (!is_str(mode))
        return vm.raise(
            ExceptionKind::TypeError, "compile() argument 'mode' must be str, not " + type_name(mode));
    int64_t flags = TRY(index_as_int64(vm, args[3]));
    int64_t optimize = TRY(index_as_int64(vm, args[5]));
    if (flags & ~(future_flags_mask | 0x10 | compile_flags_mask))
        return vm.raise(ExceptionKind::ValueError, "compile(): unrecognised flags");
    if (optimize < -1 || optimize > 2)
        return vm.raise(ExceptionKind::ValueError, "compile(): invalid optimize value");
    std::string mode_text = str_to_utf8(as_str(mode));
    CompileMode compile_mode = CompileMode::Exec; // every mode that gets through is set below
    if (mode_text == "exec")
        compile_mode = CompileMode::Exec;
    else if (mode_text == "eval")
        compile_mode = CompileMode::Eval;
    else if (mode_text == "single")
        compile_mode = CompileMode::Single;
    else if (mode_text == "func_type" && !(flags & only_ast_flag))
        return vm.raise(ExceptionKind::ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    else if (mode_text != "func_type")
        return vm.raise(ExceptionKind::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    // ast.PyCF_ONLY_AST: the ast module comes with the standard library.
    if (flags & only_ast_flag || mode_text == "func_type")
        return vm.raise(ExceptionKind::NotImplementedError,
            "compile() to an AST needs the ast module, which is not available yet");
    std::string text = TRY(source_text(vm, source, "compile", "AST"));
    bool future_annotations = flags & future_annotations_flag;
    return Ref<>(TRY(compile_text(
        vm, text, filename, compile_mode, optimize < 0 ? 0 : int(optimize), future_annotations)));
}

// Checks exec()/eval()'s globals and locals and fills in the defaults.
static Result<std::pair<Ref<Dict>, Ref<>>> execution_namespaces(
    Vm& vm, Value globals, Value locals, char const* function)
{
    if (!is_none(globals) && !is_dict(globals))
        return vm.raise(ExceptionKind::TypeError,
            std::string(function) + "() globals must be a dict, not " + type_name(globals));
    if (!is_none(locals) && !locals.type()->lookup_special(SpecialMethod::GetItem))
        return vm.raise(ExceptionKind::TypeError, std::string(function) + "() locals must be a mapping");
    Ref<Dict> globals_dict;
    Ref<> locals_mapping;
    if (is_none(globals)) {
        Dict* current = current_globals(vm);
        if (!current)
            return vm.raise(ExceptionKind::SystemError, "globals and locals cannot be NULL");
        globals_dict = ref(current);
        locals_mapping = is_none(locals) ? TRY(current_locals(vm)) : ref(locals);
    } else {
        globals_dict = ref(&as_dict(globals));
        locals_mapping = is_none(locals) ? Ref<>(globals_dict) : ref(locals);
    }
    Ref<Str> builtins_key = vm.intern("__builtins__");
    if (!TRY(dict_get_str(vm, *globals_dict, *builtins_key)))
        TRY(dict_set_item(vm, *globals_dict, Value(builtins_key.get()), Value(&vm.builtins_module())));
    return std::pair<Ref<Dict>, Ref<>> {std::move(globals_dict), std::move(locals_mapping)};
}

static Result<Ref<>> execute(Vm& vm, Args args, CompileMode mode, char const* function)
{
    auto [globals, locals] = TRY(execution_namespaces(vm, args[1], args[2], function));
    Value source = args[0];
    Ref<CodeObject> code;
    if (source.type() == &code_type) {
        code = ref(static_cast<CodeObject*>(source.as_object()));
        if (mode == CompileMode::Eval && code->freevars->size > 0)
            return vm.raise(
                ExceptionKind::TypeError, "code object passed to eval() may not contain free variables");
    } else {
        std::string text = TRY(source_text(vm, source, function, "code"));
        if (mode == CompileMode::Eval) {
            // CPython strips leading spaces and tabs of eval() source.
            size_t first = text.find_first_not_of(" \t");
            text = first == std::string::npos ? std::string() : text.substr(first);
        }
        code = TRY(compile_text(vm, text, "<string>", mode, 0));
    }
    Ref<> result = TRY(run_code(vm, *code, *globals, locals));
    if (mode == CompileMode::Exec)
        return new_none();
    return result;
}

static Result<Ref<>> builtin_exec(Vm& vm, Args args)
{
    return execute(vm, args, CompileMode::Exec, "exec");
}
static Result<Ref<>> builtin_eval(Vm& vm, Args args)
{
    return execute(vm, args, CompileMode::Eval, "eval");
}

// --- classes ---

static Result<Ref<>> builtin_build_class(Vm& vm, Args args)
{
    Value function = args[0];
    Value name = args[1];
    Tuple& given_bases = as_tuple(args[2]);
    Value metaclass = args[3];
    Value kwargs = args[4];
    // CPython counts the positional arguments before looking at them.
    if (!function || !name)
        return vm.raise(ExceptionKind::TypeError, "__build_class__: not enough arguments");
    if (function.type() != &function_type)
        return vm.raise(ExceptionKind::TypeError, "__build_class__: func must be a function");
    if (!is_str(name))
        return vm.raise(ExceptionKind::TypeError, "__build_class__: name is not a string");

    // PEP 560: bases that are not classes may substitute themselves (__mro_entries__).
    Ref<Tuple> bases = ref(&given_bases);
    bool substituted = false;
    {
        std::vector<Ref<>> resolved;
        for (Value base : given_bases.span()) {
            if (base.type()->has_flag(TypeTypeSubclass)) {
                resolved.push_back(ref(base));
                continue;
            }
            Ref<> entries = TRY(get_attribute_or_null(vm, base, "__mro_entries__"));
            if (!entries) {
                resolved.push_back(ref(base));
                continue;
            }
            Ref<> replacement = TRY(call(vm, entries, {Value(&given_bases)}));
            if (!is_tuple(replacement))
                return vm.raise(ExceptionKind::TypeError, "__mro_entries__ must return a tuple");
            for (Value item : as_tuple(replacement).span())
                resolved.push_back(ref(item));
            substituted = true;
        }
        if (substituted) {
            std::vector<Value> values;
            for (auto& item : resolved)
                values.push_back(item.value());
            bases = TRY(new_tuple(vm, values));
        }
    }

    // The metaclass: given, or the most derived metaclass of the bases.
    Ref<> meta;
    bool is_class_meta = false;
    if (metaclass) {
        meta = ref(metaclass);
        is_class_meta = metaclass.type()->has_flag(TypeTypeSubclass);
    } else {
        meta = bases->size == 0 ? ref(Value(&type_type)) : ref(Value((*bases)[0].type()));
        is_class_meta = true;
    }
    if (is_class_meta) {
        Type* winner = static_cast<Type*>(meta.value().as_object());
        for (Value base : bases->span()) {
            Type* base_meta = base.type();
            if (is_subtype(winner, base_meta))
                continue;
            if (is_subtype(base_meta, winner)) {
                winner = base_meta;
                continue;
            }
            return vm.raise(ExceptionKind::TypeError,
                "metaclass conflict: the metaclass of a derived class must be a "
                "(non-strict) subclass of the metaclasses of all its bases");
        }
        meta = ref(Value(winner));
    }

    std::vector<Value> keyword_values;
    std::vector<Value> keyword_names;
    if (kwargs) {
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(kwargs), position, key, value)) {
            keyword_names.push_back(key);
            keyword_values.push_back(value);
        }
    }
    Ref<Tuple> kwnames = keyword_names.empty() ? Ref<Tuple> {} : TRY(new_tuple(vm, keyword_names));

    Ref<> namespace_;
    Ref<> prepare = TRY(get_attribute_or_null(vm, meta, "__prepare__"));
    if (prepare) {
        std::vector<Value> prepare_args {name, Value(bases.get())};
        prepare_args.insert(prepare_args.end(), keyword_values.begin(), keyword_values.end());
        namespace_ = TRY(call(vm, prepare, prepare_args, kwnames.get()));
        if (!namespace_.value().type()->lookup_special(SpecialMethod::GetItem)) {
            std::string meta_name = is_class_meta
                ? std::string(type_short_name(*static_cast<Type*>(meta.value().as_object())))
                : std::string("<metaclass>");
            return vm.raise(ExceptionKind::TypeError,
                meta_name + ".__prepare__() must return a mapping, not " + type_name(namespace_));
        }
    } else {
        namespace_ = TRY(new_dict(vm));
    }

    Ref<> cell = TRY(run_class_body(vm, *static_cast<FunctionObject*>(function.as_object()), namespace_));
    if (substituted) {
        Ref<Str> key = vm.intern("__orig_bases__");
        TRY(set_item(vm, namespace_, Value(key.get()), Value(&given_bases)));
    }
    std::vector<Value> meta_args {name, Value(bases.get()), namespace_.value()};
    meta_args.insert(meta_args.end(), keyword_values.begin(), keyword_values.end());
    Ref<> klass = TRY(call(vm, meta, meta_args, kwnames.get()));
    if (cell && cell.value().type() == &cell_type) {
        Value contents = static_cast<CellObject*>(cell.value().as_object())->contents.value();
        if (!contents.is(klass.value())) {
            if (!contents)
                return vm.raise(ExceptionKind::RuntimeError,
                    "__class__ not set defining " + TRY(repr_utf8(vm, name)) + " as "
                        + TRY(repr_utf8(vm, klass)) + ". Was __classcell__ propagated to type.__new__?");
            return vm.raise(ExceptionKind::TypeError,
                "__class__ set to " + TRY(repr_utf8(vm, contents)) + " defining " + TRY(repr_utf8(vm, name))
                    + " as " + TRY(repr_utf8(vm, klass)));
        }
    }
    return klass;
}

static Result<Ref<>> builtin_breakpoint(Vm& vm, Args args)
{
    Ref<> hook = TRY(sys_attribute(vm, "breakpointhook"));
    if (!hook)
        return vm.raise(ExceptionKind::RuntimeError, "lost sys.breakpointhook");
    Tuple& positional = as_tuple(args[0]);
    return call_with_tuple(vm, hook, positional, args[1] ? &as_dict(args[1]) : nullptr);
}

static Result<Ref<>> builtin_open(Vm& vm, Args)
{
    return vm.raise(ExceptionKind::NotImplementedError,
        "open() is not available yet: file objects come with the io module and the import system");
}

static constexpr NativeMethod core_functions[] = {
    {"print(*args, sep=None, end=None, file=None, flush=False)", builtin_print},
    {"input(prompt=?, /)", builtin_input},
    {"isinstance(obj, class_or_tuple, /)", builtin_isinstance},
    {"issubclass(cls, class_or_tuple, /)", builtin_issubclass},
    {"getattr(object, name, default=?, /)", builtin_getattr},
    {"setattr(obj, name, value, /)", builtin_setattr},
    {"delattr(obj, name, /)", builtin_delattr},
    {"hasattr(obj, name, /)", builtin_hasattr},
    {"callable(obj, /)", builtin_callable},
    {"id(obj, /)", builtin_id},
    {"hash(obj, /)", builtin_hash},
    {"globals()", builtin_globals},
    {"locals()", builtin_locals},
    {"vars(object=?, /)", builtin_vars},
    {"dir(object=?, /)", builtin_dir},
    {"compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
        builtin_compile},
    {"exec(source, globals=None, locals=None, /, *, closure=None)", builtin_exec},
    {"eval(source, globals=None, locals=None, /)", builtin_eval},
    {"__build_class__(func=?, name=?, /, *bases, metaclass=?, **kwds)", builtin_build_class},
    {"breakpoint(*args, **kws)", builtin_breakpoint},
    {"open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, "
     "opener=None)",
        builtin_open},
};

extern std::span<NativeMethod const> const builtins_core_functions;
std::span<NativeMethod const> const builtins_core_functions = core_functions;

} // namespace taipan
