// The import system, for now without importlib: builtins.__import__ semantics over the
// native modules (modules/native_modules.def) and .py modules and packages found on
// sys.path, with sys.modules caching, dotted names, fromlist and relative imports.
// Also the SyntaxError conversion compile()/exec() share, and the helper native
// modules use to publish their functions.
#pragma once

#include "objects/function.h"
#include "objects/native.h"
#include "objects/object.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <span>
#include <string_view>

namespace taipan {

class Vm;
struct Str;

// builtins.__import__(name, globals, locals, fromlist, level): the module bound by
// `import name` (the top-level package unless fromlist is non-empty) or, with a
// fromlist, the module itself after importing the submodules the list names.
// `globals` (for relative imports) and `fromlist` may be null or None.
Result<Ref<>> import_module_level(Vm&, Str& name, Value globals, Value fromlist, int64_t level);

// Is `module`'s body running in the import system (a circular import sees it)?
bool module_is_initializing(Vm&, Value module);

// importlib.import_module(name) for an absolute name: the module itself.
Result<Ref<>> import_module(Vm&, std::string_view name);

// A Python exception for a compile-time error: SyntaxError/IndentationError/TabError
// with msg, filename, lineno, offset, text, end_lineno, end_offset (or ValueError,
// MemoryError, RecursionError with the message). Null (an exception pending) when
// making it failed. Like CPython, the text is re-read from the file named `filename`
// when there is one: always for compile-stage errors (which have no text otherwise),
// and for parser errors of "exec" sources (`exec_source`).
Ref<> make_syntax_error_object(
    Vm&, SyntaxError const&, std::string_view filename = "<string>", bool exec_source = true);

// Adds a builtin_function_or_method to `module` for every entry of `functions`.
Result<void> add_module_functions(Vm&, Module&, std::span<NativeMethod const> functions);

// The native module registry: is `name` a module implemented in C++ (sys.builtin_module_names)?
bool is_native_module_name(std::string_view);
// Calls `visit` with each native module name, in registry order.
void for_each_native_module_name(void (*visit)(std::string_view, void* context), void* context);

} // namespace taipan
