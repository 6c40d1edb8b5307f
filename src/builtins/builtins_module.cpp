// The builtins module: every table of builtin functions (builtin_functions.def), the
// builtin types under their Python names, the exception classes, and the constants.
// Also makes the per-Vm core modules (builtins and sys).
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/native.h"
#include "objects/str.h"
#include "vm/runtime_setup.h"
#include "vm/sys_module.h"
#include "vm/vm.h"

#include <span>
#include <string_view>

namespace taipan {

#define TAIPAN_BUILTIN_FUNCTIONS(variable) extern std::span<NativeMethod const> const variable;
#include "builtins/builtin_functions.def"
#undef TAIPAN_BUILTIN_FUNCTIONS

#define TAIPAN_BUILTIN_TYPE(variable) extern Type variable;
#include "objects/builtin_types.def"
#undef TAIPAN_BUILTIN_TYPE

// The builtin types that the builtins module names (the others, like list_iterator,
// are reachable only through their instances).
static constexpr std::string_view exposed_type_names[] = {"object", "type", "int", "bool", "float", "complex",
    "str", "bytes", "bytearray", "memoryview", "list", "tuple", "dict", "set", "frozenset", "range", "slice",
    "enumerate", "zip", "map", "filter", "reversed", "property", "classmethod", "staticmethod", "super"};

static Result<Ref<Module>> create_builtins_module(Vm& vm)
{
    Ref<Module> module = TRY(new_module(vm, "builtins"));
    module->is_builtin = true;
    Dict& dict = *module->dict;
    Ref<Str> module_name = vm.intern("builtins");
    auto add = [&](std::string_view name, Value value) -> Result<void> {
        return dict_set_item(vm, dict, Value(vm.intern(name).get()), value);
    };
    TRY(add("__doc__",
        Value(TRY(new_str(vm,
                      "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is "
                      "the `nil' object; Ellipsis represents `...' in slices."))
                  .get())));
#define TAIPAN_BUILTIN_FUNCTIONS(variable)                                                                   \
    for (NativeMethod const& method : variable) {                                                            \
        Ref<> function                                                                                       \
            = TRY(make_native_function(vm, method, Value(module.get()), Value(module_name.get())));          \
        Signature const& signature                                                                           \
            = *static_cast<NativeFunctionObject*>(function.value().as_object())->signature;                  \
        TRY(dict_set_item(vm, dict, signature.name, function));                                              \
    }
#include "builtins/builtin_functions.def"
#undef TAIPAN_BUILTIN_FUNCTIONS
#define TAIPAN_BUILTIN_TYPE(variable)                                                                        \
    for (std::string_view exposed : exposed_type_names)                                                      \
        if (variable.name == exposed)                                                                        \
            TRY(add(exposed, Value(&variable)));
#include "objects/builtin_types.def"
#undef TAIPAN_BUILTIN_TYPE
#define TAIPAN_EXCEPTION(name, base, layout) TRY(add(#name, Value(&exception_type(ExceptionKind::name))));
#include "objects/exceptions.def"
#undef TAIPAN_EXCEPTION
    TRY(add("EnvironmentError", Value(&exception_type(ExceptionKind::OSError))));
    TRY(add("IOError", Value(&exception_type(ExceptionKind::OSError))));
    TRY(add("None", none()));
    TRY(add("True", true_value()));
    TRY(add("False", false_value()));
    TRY(add("Ellipsis", ellipsis()));
    TRY(add("NotImplemented", not_implemented()));
    TRY(add("__debug__", true_value()));
    return module;
}

void create_core_modules(Vm& vm)
{
    Ref<Module> builtins = MUST(create_builtins_module(vm));
    Ref<Module> sys = MUST(create_sys_module(vm));
    vm.set_core_modules(builtins, sys);
    MUST(dict_set_item(vm, vm.modules(), Value(vm.intern("builtins").get()), Value(builtins.get())));
    MUST(dict_set_item(vm, vm.modules(), Value(vm.intern("sys").get()), Value(sys.get())));
}

} // namespace taipan
