// The bytecode interpreter's entry points: running a module's code, calling Python
// functions (without recursing on the C++ stack for Python-to-Python calls), resuming
// generators, and the frame introspection builtins need (globals(), super()).
#pragma once

#include "objects/function.h"
#include "objects/object.h"
#include "support/result.h"

#include <span>
#include <utility>

namespace taipan {

class Vm;
struct Dict;
struct Tuple;
struct Frame;

// Runs module-level code with `globals` as globals and `locals` (a mapping, usually
// the same dict) as locals; returns the code's result (None for modules).
Result<Ref<>> run_code(Vm&, CodeObject&, Dict& globals, Value locals);

// Calls a Python function object.
Result<Ref<>> call_function(Vm&, FunctionObject&, std::span<Value const> args, Tuple* kwnames);

// The __name__ of the innermost running frame's globals (borrowed), or null.
Value current_globals_name(Vm&);
// The innermost running frame's globals / locals mapping (borrowed), or null.
Dict* current_globals(Vm&);
Result<Ref<>> current_locals(Vm&);
// Zero-argument super(): (__class__, first argument) of the calling frame, or
// RuntimeError "super(): no arguments" / "super(): __class__ cell not found".
Result<std::pair<Ref<>, Ref<>>> current_frame_super_arguments(Vm&);

} // namespace taipan
