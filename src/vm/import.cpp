// The import system (import.h): CPython's PyImport_ImportModuleLevelObject and the
// parts of importlib._bootstrap it relies on (_find_and_load, _handle_fromlist),
// with two finders: the native module registry, then .py files, packages
// (dir/__init__.py) and namespace packages on sys.path or the parent's __path__.
// CPython: modules get __spec__ = None and __cached__ = None here, as there is no
// importlib yet to make ModuleSpec objects or bytecode caches.
#include "vm/import.h"

#include "compiler/codegen.h"
#include "lexer/lexer.h"
#include "lexer/source_text.h"
#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace taipan {

#define TAIPAN_NATIVE_MODULE(name, create_function) Result<Ref<Module>> create_function(Vm&);
#include "modules/native_modules.def"
#undef TAIPAN_NATIVE_MODULE

namespace {

    struct NativeModuleEntry {
        std::string_view name;
        Result<Ref<Module>> (*create)(Vm&);
    };

    constexpr NativeModuleEntry native_modules[] = {
#define TAIPAN_NATIVE_MODULE(name, create_function) {#name, create_function},
#include "modules/native_modules.def"
#undef TAIPAN_NATIVE_MODULE
    };

    NativeModuleEntry const* find_native_module(std::string_view name)
    {
        for (NativeModuleEntry const& entry : native_modules)
            if (entry.name == name)
                return &entry;
        return nullptr;
    }

    // --- small helpers ---

    Result<Ref<Str>> make_text(Vm& vm, std::string_view text)
    {
        return new_str(vm, text);
    }

    Result<std::string> quoted(Vm& vm, std::string_view text)
    {
        Ref<Str> str = TRY(new_str(vm, text));
        return str_to_utf8(*TRY(str_repr(vm, *str)));
    }

    // ModuleNotFoundError(message, name=name).
    Raised raise_module_not_found(Vm& vm, std::string const& message, std::string_view name)
    {
        auto text = make_text(vm, message);
        if (text.is_error())
            return Raised {ExceptionPending {}};
        Value argument = text.value().value();
        auto exception
            = new_exception(vm, exception_type(ExceptionKind::ModuleNotFoundError), {&argument, 1});
        if (exception.is_error())
            return Raised {ExceptionPending {}};
        auto& error = *static_cast<ImportErrorObject*>(exception.value().value().as_object());
        auto name_text = make_text(vm, name);
        if (name_text.is_error())
            return Raised {ExceptionPending {}};
        error.name = name_text.release_value();
        return vm.raise_object(exception.value());
    }

    Raised raise_import_error(
        Vm& vm, std::string const& message, std::string_view name, std::string_view path)
    {
        auto text = make_text(vm, message);
        if (text.is_error())
            return Raised {ExceptionPending {}};
        Value argument = text.value().value();
        auto exception = new_exception(vm, exception_type(ExceptionKind::ImportError), {&argument, 1});
        if (exception.is_error())
            return Raised {ExceptionPending {}};
        auto& error = *static_cast<ImportErrorObject*>(exception.value().value().as_object());
        auto name_text = make_text(vm, name);
        auto path_text = make_text(vm, path);
        if (name_text.is_error() || path_text.is_error())
            return Raised {ExceptionPending {}};
        error.name = name_text.release_value();
        error.path = path_text.release_value();
        return vm.raise_object(exception.value());
    }

    Result<Value> modules_get(Vm& vm, std::string_view name)
    {
        Ref<Str> key = TRY(make_text(vm, name));
        return dict_get_item(vm, vm.modules(), Value(key.get()));
    }

    Result<void> modules_set(Vm& vm, std::string_view name, Value module)
    {
        Ref<Str> key = TRY(make_text(vm, name));
        return dict_set_item(vm, vm.modules(), Value(key.get()), module);
    }

    bool is_regular_file(std::string const& path)
    {
        struct stat info;
        return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
    }

    bool is_directory(std::string const& path)
    {
        struct stat info;
        return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    }

    std::string join_path(std::string const& directory, std::string_view name)
    {
        if (directory.empty() || directory.back() == '/')
            return directory + std::string(name);
        return directory + "/" + std::string(name);
    }

    // FileFinder's directory: '' (and '.') mean the current directory, made absolute.
    std::string finder_directory(std::string const& entry)
    {
        if (!entry.empty() && entry != "." && entry[0] == '/')
            return entry;
        char buffer[4096];
        std::string cwd = ::getcwd(buffer, sizeof buffer) ? buffer : ".";
        if (entry.empty() || entry == ".")
            return cwd;
        return join_path(cwd, entry);
    }

    // --- finding ---

    // The file suffixes FileFinder tries, in CPython's order: C extensions before source.
    constexpr char const* extension_suffixes[] = {".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"};

    struct ModuleLocation {
        enum class Kind : uint8_t { Source, Extension, Namespace } kind = Kind::Source;
        std::string file; // Source, Extension
        std::vector<std::string> search_locations; // packages: __path__
    };

    // One directory of the search path: a package, a module or a namespace portion.
    std::optional<ModuleLocation> find_in_directory(
        std::string const& directory, std::string_view tail, bool& namespace_portion)
    {
        namespace_portion = false;
        std::string base = join_path(directory, tail);
        if (is_directory(base)) {
            for (char const* suffix : extension_suffixes) {
                std::string init = join_path(base, std::string("__init__") + suffix);
                if (is_regular_file(init))
                    return ModuleLocation {ModuleLocation::Kind::Extension, init, {base}};
            }
            std::string init = join_path(base, "__init__.py");
            if (is_regular_file(init))
                return ModuleLocation {ModuleLocation::Kind::Source, init, {base}};
            namespace_portion = true;
        }
        for (char const* suffix : extension_suffixes) {
            std::string file = base + suffix;
            if (is_regular_file(file))
                return ModuleLocation {ModuleLocation::Kind::Extension, file, {}};
        }
        std::string file = base + ".py";
        if (is_regular_file(file))
            return ModuleLocation {ModuleLocation::Kind::Source, file, {}};
        return std::nullopt;
    }

    // PathFinder.find_spec over `path` (a list of directory strs; other items skipped).
    Result<std::optional<ModuleLocation>> find_on_path(Vm& vm, std::string_view tail, Value path)
    {
        std::vector<std::string> namespace_path;
        Ref<> iterator = TRY(get_iter(vm, path));
        while (true) {
            Ref<> entry = TRY(iter_next(vm, iterator));
            if (!entry)
                break;
            if (!is_str(entry))
                continue;
            std::string directory = finder_directory(str_to_utf8(as_str(entry)));
            bool portion = false;
            std::optional<ModuleLocation> found = find_in_directory(directory, tail, portion);
            if (found)
                return found;
            if (portion)
                namespace_path.push_back(join_path(directory, tail));
        }
        if (!namespace_path.empty())
            return std::optional<ModuleLocation>(
                ModuleLocation {ModuleLocation::Kind::Namespace, {}, namespace_path});
        return std::optional<ModuleLocation> {};
    }

    // --- loading ---

    Result<std::string> read_source(Vm& vm, std::string const& path, std::string_view name)
    {
        std::ifstream file(path, std::ios::binary);
        if (!file)
            return raise_import_error(vm, "cannot read " + path, name, path);
        return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }

    Result<void> set_module_attribute(Vm& vm, Module& module, std::string_view key, Value value)
    {
        return dict_set_item(vm, *module.dict, Value(vm.intern(key).get()), value);
    }

    // Runs the module's source in its namespace (SourceLoader.exec_module).
    Result<void> execute_source(Vm& vm, Module& module, std::string const& path, std::string_view name)
    {
        std::string bytes = TRY(read_source(vm, path, name));
        auto text = decode_source(bytes, path);
        if (text.is_error()) {
            Ref<> error = make_syntax_error_object(vm, text.error(), path);
            if (!error)
                return Failure {ExceptionPending {}};
            return vm.raise_object(error);
        }
        CompileOptions options;
        options.filename = path;
        auto unit = compile_source(text.value(), options);
        if (unit.is_error()) {
            Ref<> error = make_syntax_error_object(vm, unit.error(), path);
            if (!error)
                return Failure {ExceptionPending {}};
            return vm.raise_object(error);
        }
        Ref<CodeObject> code = TRY(load_code(vm, unit.value()));
        Dict& globals = *module.dict;
        Value builtins = TRY(dict_get_str(vm, globals, *vm.intern("__builtins__")));
        if (!builtins)
            TRY(set_module_attribute(vm, module, "__builtins__", Value(&vm.builtins())));
        TRY(run_code(vm, *code, globals, Value(&globals)));
        return {};
    }

    Result<Ref<>> load_location(Vm& vm, std::string const& name, ModuleLocation const& location)
    {
        if (location.kind == ModuleLocation::Kind::Extension)
            return raise_import_error(vm,
                "cannot load the C extension module " + TRY(quoted(vm, name)) + " from '" + location.file
                    + "': Taipan runs pure-Python modules only",
                name, location.file);
        Ref<Module> module = TRY(new_module(vm, name));
        bool is_package = !location.search_locations.empty();
        std::string package
            = is_package ? name : name.substr(0, name.rfind('.') == std::string::npos ? 0 : name.rfind('.'));
        TRY(set_module_attribute(vm, *module, "__package__", Value(TRY(make_text(vm, package)).get())));
        if (is_package) {
            Ref<List> search = TRY(new_list(vm));
            for (std::string const& directory : location.search_locations)
                TRY(list_append(vm, *search, Value(TRY(make_text(vm, directory)).get())));
            TRY(set_module_attribute(vm, *module, "__path__", Value(search.get())));
        }
        if (location.kind == ModuleLocation::Kind::Source) {
            TRY(set_module_attribute(
                vm, *module, "__file__", Value(TRY(make_text(vm, location.file)).get())));
            TRY(set_module_attribute(vm, *module, "__cached__", none()));
        }
        TRY(modules_set(vm, name, Value(module.get())));
        if (location.kind == ModuleLocation::Kind::Source) {
            vm.initializing_modules.push_back(module.get());
            auto executed = execute_source(vm, *module, location.file, name);
            vm.initializing_modules.pop_back();
            if (executed.is_error()) {
                Ref<> pending = vm.take_pending_exception();
                Ref<Str> key = TRY(make_text(vm, name));
                auto removed = dict_delete_item(vm, vm.modules(), Value(key.get()));
                if (removed.is_error())
                    (void)vm.take_pending_exception();
                vm.thread().pending_exception = std::move(pending);
                return Failure {executed.release_error()};
            }
        }
        // The module may have replaced itself in sys.modules; it moves to the end.
        Ref<Str> key = TRY(make_text(vm, name));
        Ref<> final_module = TRY(dict_pop(vm, vm.modules(), Value(key.get())));
        if (!final_module)
            return raise_key_error(vm, Value(key.get()));
        TRY(dict_set_item(vm, vm.modules(), Value(key.get()), final_module));
        return final_module;
    }

    Result<Ref<>> gcd_import(Vm& vm, std::string const& name);

    // importlib._bootstrap._find_and_load_unlocked.
    Result<Ref<>> find_and_load(Vm& vm, std::string const& name)
    {
        Ref<> search_path;
        size_t dot = name.rfind('.');
        std::string parent = dot == std::string::npos ? std::string() : name.substr(0, dot);
        if (!parent.empty()) {
            Value parent_module = TRY(modules_get(vm, parent));
            if (!parent_module)
                TRY(gcd_import(vm, parent));
            // Importing the parent may have imported this module.
            if (Value already = TRY(modules_get(vm, name)))
                return ref(already);
            parent_module = TRY(modules_get(vm, parent));
            if (!parent_module)
                return vm.raise(ExceptionKind::KeyError, TRY(quoted(vm, parent)));
            Ref<> held_parent = ref(parent_module);
            search_path = TRY(get_attribute_or_null(vm, held_parent, "__path__"));
            if (!search_path)
                return raise_module_not_found(vm,
                    "No module named " + TRY(quoted(vm, name)) + "; " + TRY(quoted(vm, parent))
                        + " is not a package",
                    name);
        }
        std::string tail = dot == std::string::npos ? name : name.substr(dot + 1);
        Ref<> module;
        // sys.meta_path's order: the native modules, then the path.
        NativeModuleEntry const* native = parent.empty() ? find_native_module(name) : nullptr;
        if (native) {
            Ref<Module> made = TRY(native->create(vm));
            made->is_builtin = true;
            TRY(modules_set(vm, name, Value(made.get())));
            module = Ref<>(std::move(made));
        } else {
            if (!search_path) {
                Value sys_path = TRY(dict_get_str(vm, *vm.sys_module().dict, *vm.intern("path")));
                if (!sys_path || !(is_list(sys_path) || is_tuple(sys_path)))
                    return vm.raise(ExceptionKind::ImportError, "sys.path must be a list of directory names");
                search_path = ref(sys_path);
            }
            std::optional<ModuleLocation> location = TRY(find_on_path(vm, tail, search_path));
            if (!location)
                return raise_module_not_found(vm, "No module named " + TRY(quoted(vm, name)), name);
            module = TRY(load_location(vm, name, *location));
        }
        if (!parent.empty()) {
            Value parent_module = TRY(modules_get(vm, parent));
            if (parent_module) {
                Ref<> held_parent = ref(parent_module);
                Ref<Str> child = vm.intern(tail);
                auto bound = set_attribute(vm, held_parent, *child, module);
                // CPython only warns when the parent refuses the attribute.
                if (bound.is_error())
                    (void)vm.take_pending_exception();
            }
        }
        return module;
    }

    // importlib._bootstrap._gcd_import for an absolute name: sys.modules, else find and load.
    Result<Ref<>> gcd_import(Vm& vm, std::string const& name)
    {
        Value existing = TRY(modules_get(vm, name));
        if (existing) {
            if (is_none(existing))
                return raise_module_not_found(vm, "import of " + name + " halted; None in sys.modules", name);
            return ref(existing);
        }
        return find_and_load(vm, name);
    }

    // The package a relative import is relative to (import.c's resolve_name), then the
    // absolute name.
    Result<std::string> resolve_name(Vm& vm, std::string const& name, Value globals, int64_t level)
    {
        if (!globals || is_none(globals) || !is_dict(globals)) {
            if (!globals)
                return vm.raise(ExceptionKind::KeyError, "'__name__' not in globals");
            return vm.raise(ExceptionKind::TypeError, "globals must be a dict");
        }
        Dict& dict = as_dict(globals);
        Value package = TRY(dict_get_str(vm, dict, *vm.intern("__package__")));
        Value spec = TRY(dict_get_str(vm, dict, *vm.intern("__spec__")));
        std::string package_text;
        if (package && !is_none(package)) {
            if (!is_str(package))
                return vm.raise(ExceptionKind::TypeError, "package must be a string");
            package_text = str_to_utf8(as_str(package));
        } else if (spec && !is_none(spec)) {
            Ref<> parent = TRY(get_attribute(vm, spec, "parent"));
            if (!is_str(parent))
                return vm.raise(ExceptionKind::TypeError, "__spec__.parent must be a string");
            package_text = str_to_utf8(as_str(parent));
        } else {
            // CPython warns here (ImportWarning, ignored by default) and falls back on
            // __name__ and __path__.
            Value module_name = TRY(dict_get_str(vm, dict, *vm.intern("__name__")));
            if (!module_name)
                return vm.raise(ExceptionKind::KeyError, "'__name__' not in globals");
            if (!is_str(module_name))
                return vm.raise(ExceptionKind::TypeError, "__name__ must be a string");
            package_text = str_to_utf8(as_str(module_name));
            Value path = TRY(dict_get_str(vm, dict, *vm.intern("__path__")));
            if (!path) {
                size_t dot = package_text.rfind('.');
                if (dot == std::string::npos)
                    return vm.raise(
                        ExceptionKind::ImportError, "attempted relative import with no known parent package");
                package_text.resize(dot);
            }
        }
        size_t last_dot = package_text.size();
        if (last_dot == 0)
            return vm.raise(
                ExceptionKind::ImportError, "attempted relative import with no known parent package");
        for (int64_t level_up = 1; level_up < level; ++level_up) {
            size_t dot = package_text.rfind('.', last_dot - 1);
            if (dot == std::string::npos || last_dot == 0)
                return vm.raise(
                    ExceptionKind::ImportError, "attempted relative import beyond top-level package");
            last_dot = dot;
        }
        std::string base = package_text.substr(0, last_dot);
        if (name.empty())
            return base;
        return base + "." + name;
    }

    // importlib._bootstrap._handle_fromlist.
    Result<void> handle_fromlist(Vm& vm, Value module, Value fromlist, bool recursive)
    {
        Ref<> iterator = TRY(get_iter(vm, fromlist));
        while (true) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return {};
            if (!is_str(item)) {
                std::string where;
                if (recursive) {
                    Ref<> module_name = TRY(get_attribute(vm, module, "__name__"));
                    where = TRY(str_utf8(vm, module_name)) + ".__all__";
                } else {
                    where = "``from list''";
                }
                return vm.raise(
                    ExceptionKind::TypeError, "Item in " + where + " must be str, not " + type_name(item));
            }
            std::string text = str_to_utf8(as_str(item));
            if (text == "*") {
                if (recursive)
                    continue;
                Ref<> all = TRY(get_attribute_or_null(vm, module, "__all__"));
                if (all)
                    TRY(handle_fromlist(vm, module, all, true));
                continue;
            }
            Ref<> existing = TRY(get_attribute_or_null(vm, module, as_str(item)));
            if (existing)
                continue;
            Ref<> module_name = TRY(get_attribute(vm, module, "__name__"));
            std::string from_name = TRY(str_utf8(vm, module_name)) + "." + text;
            auto imported = gcd_import(vm, from_name);
            if (!imported.is_error())
                continue;
            // A submodule that does not exist is left for `from ... import` to report.
            if (!vm.pending_exception_matches(ExceptionKind::ModuleNotFoundError))
                return Failure {imported.release_error()};
            auto& error = *static_cast<ImportErrorObject*>(vm.pending_exception().as_object());
            bool same_name = error.name && is_str(error.name) && str_to_utf8(as_str(error.name)) == from_name;
            Value cached = TRY(modules_get(vm, from_name));
            if (same_name && !(cached && is_none(cached))) {
                (void)vm.take_pending_exception();
                continue;
            }
            return Failure {imported.release_error()};
        }
    }

} // namespace

Result<Ref<>> import_module_level(Vm& vm, Str& name, Value globals, Value fromlist, int64_t level)
{
    if (level < 0)
        return vm.raise(ExceptionKind::ValueError, "level must be >= 0");
    std::string name_text = str_to_utf8(name);
    std::string absolute;
    if (level > 0) {
        absolute = TRY(resolve_name(vm, name_text, globals, level));
    } else {
        if (name_text.empty())
            return vm.raise(ExceptionKind::ValueError, "Empty module name");
        absolute = name_text;
    }
    Ref<> module = TRY(gcd_import(vm, absolute));

    bool has_from = false;
    if (fromlist && !is_none(fromlist))
        has_from = TRY(is_true(vm, fromlist));
    if (!has_from) {
        size_t dot = name_text.find('.');
        if ((level == 0 || !name_text.empty()) && dot != std::string::npos) {
            if (level == 0)
                return gcd_import(vm, name_text.substr(0, dot));
            // `from ..a.b import` without names: the module `..a`.
            size_t cut_off = name_text.size() - dot;
            std::string to_return = absolute.substr(0, absolute.size() - cut_off);
            Value found = TRY(modules_get(vm, to_return));
            if (!found)
                return vm.raise(
                    ExceptionKind::KeyError, TRY(quoted(vm, to_return)) + " not in sys.modules as expected");
            return ref(found);
        }
        return module;
    }
    Ref<> path = TRY(get_attribute_or_null(vm, module, "__path__"));
    if (path)
        TRY(handle_fromlist(vm, module, fromlist, false));
    return module;
}

bool module_is_initializing(Vm& vm, Value module)
{
    if (!module.is_object())
        return false;
    for (Object* initializing : vm.initializing_modules) {
        if (initializing == module.as_object())
            return true;
    }
    return false;
}

Result<Ref<>> import_module(Vm& vm, std::string_view name)
{
    if (name.empty())
        return vm.raise(ExceptionKind::ValueError, "Empty module name");
    return gcd_import(vm, std::string(name));
}

// Line `lineno` of the file at `path`, newline included, decoded as UTF-8 with
// replacement (CPython's _PyErr_ProgramDecodedTextObject); nullopt when the file
// cannot be read or is shorter.
static std::optional<std::string> program_text_line(std::string_view path, int lineno)
{
    if (lineno < 1 || path.empty() || path.front() == '<')
        return std::nullopt;
    std::ifstream file {std::string(path), std::ios::binary};
    if (!file)
        return std::nullopt;
    std::string line;
    for (int index = 1; index <= lineno; ++index) {
        if (!std::getline(file, line))
            return std::nullopt;
    }
    if (!file.eof())
        line += '\n';
    return source_text::decode_utf8_replace(line);
}

Ref<> make_syntax_error_object(Vm& vm, SyntaxError const& given, std::string_view filename, bool exec_source)
{
    SyntaxError error = given;
    if (error.compile_stage || exec_source) {
        std::optional<std::string> line = program_text_line(filename, error.lineno);
        if (line) {
            error.text = std::move(*line);
            error.has_text = true;
        } else if (error.compile_stage) {
            error.has_text = false;
        }
    }
    auto make = [&]() -> Result<Ref<>> {
        Ref<Str> message = TRY(new_str(vm, error.message));
        Value message_argument[] = {Value(message.get())};
        ExceptionKind kind = ExceptionKind::SyntaxError;
        switch (error.kind) {
        case SyntaxErrorKind::SyntaxError:
            kind = ExceptionKind::SyntaxError;
            break;
        case SyntaxErrorKind::IndentationError:
            kind = ExceptionKind::IndentationError;
            break;
        case SyntaxErrorKind::TabError:
            kind = ExceptionKind::TabError;
            break;
        case SyntaxErrorKind::ValueError:
            return new_exception(vm, exception_type(ExceptionKind::ValueError), message_argument);
        case SyntaxErrorKind::MemoryError:
            return new_exception(vm, exception_type(ExceptionKind::MemoryError), message_argument);
        case SyntaxErrorKind::RecursionError:
            return new_exception(vm, exception_type(ExceptionKind::RecursionError), message_argument);
        }
        // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
        // The positions are CPython's numbers as they are (its end_offset is 0 for an
        // unclosed bracket, for instance).
        auto number = [](int value) { return new_int(value); };
        Ref<Str> file = TRY(new_str(vm, filename));
        Ref<> text = error.has_text ? Ref<>(TRY(new_str(vm, error.text))) : new_none();
        Ref<> lineno = number(error.lineno);
        Ref<> offset = number(error.offset);
        Ref<> end_lineno = number(error.end_lineno);
        Ref<> end_offset = number(error.end_offset);
        Ref<Tuple> details
            = TRY(new_tuple(vm, {Value(file.get()), lineno, offset, text, end_lineno, end_offset}));
        Value arguments[] = {Value(message.get()), Value(details.get())};
        return new_exception(vm, exception_type(kind), arguments);
    };
    auto made = make();
    if (made.is_error())
        return nullptr;
    return made.release_value();
}

Result<void> add_module_functions(Vm& vm, Module& module, std::span<NativeMethod const> functions)
{
    Value module_name = TRY(dict_get_str(vm, *module.dict, *vm.intern("__name__")));
    for (NativeMethod const& method : functions) {
        Ref<> function = TRY(make_native_function(vm, method, Value(&module), module_name));
        Signature const& signature
            = *static_cast<NativeFunctionObject*>(function.value().as_object())->signature;
        TRY(dict_set_item(vm, *module.dict, signature.name, function));
    }
    return {};
}

bool is_native_module_name(std::string_view name)
{
    return find_native_module(name) != nullptr;
}

void for_each_native_module_name(void (*visit)(std::string_view, void* context), void* context)
{
    for (NativeModuleEntry const& entry : native_modules)
        visit(entry.name, context);
}

} // namespace taipan
