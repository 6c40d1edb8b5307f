// The sys module (vm/sys_module.cpp): made once per Vm by create_core_modules.
#pragma once

#include "objects/function.h"
#include "support/result.h"

#include <string_view>

namespace taipan {

class Vm;

Result<Ref<Module>> create_sys_module(Vm&);
// Re-reads vm.argv, vm.executable and vm.script_directory into sys.argv,
// sys.executable and sys.path[0] (they are set after the Vm is made), and sys.modules
// (in case the Vm's modules dict was replaced).
void refresh_sys_paths(Vm&);
// Drops the functions sys keeps on the Vm (settrace, setprofile, asyncgen hooks);
// ~Vm calls it while their __del__ methods can still run.
void release_sys_state(Vm&);

// The Vm's own sys and builtins modules (native_modules.def entries).
Result<Ref<Module>> current_sys_module(Vm&);
Result<Ref<Module>> current_builtins_module(Vm&);

// CPython's PyErr_WriteUnraisable: reports the pending exception (which it clears)
// through sys.unraisablehook: "Exception ignored in: <repr(object)>", the
// traceback, "Type: message" on sys.stderr. A non-empty `message` replaces
// "Exception ignored in" ("Exception ignored in tp_clear of").
void write_unraisable(Vm&, Value object, std::string_view message = {});

} // namespace taipan
