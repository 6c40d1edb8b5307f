// builtins.__import__: the function the ImportName instruction calls (through the
// builtins namespace, so programs may replace it), over vm/import.cpp.
#include "objects/abstract.h"
#include "objects/native.h"
#include "objects/str.h"
#include "vm/import.h"
#include "vm/vm.h"

#include <span>

namespace taipan {

static Result<Ref<>> builtin_import(Vm& vm, Args args)
{
    Value name = args[0];
    if (!is_str(name))
        return vm.raise(ExceptionKind::TypeError, "module name must be a string");
    int64_t level = TRY(index_as_int64(vm, args[4]));
    return import_module_level(vm, as_str(name), args[1], args[3], level);
}

// CPython's default for fromlist is (); the signature binder has no tuple literals,
// and None means the same to __import__.
static constexpr NativeMethod import_functions[] = {
    {"__import__(name, globals=None, locals=None, fromlist=None, level=0)", builtin_import},
};

extern std::span<NativeMethod const> const builtins_import_functions;
std::span<NativeMethod const> const builtins_import_functions = import_functions;

} // namespace taipan
