// See run_program.h.
#include "vm/run_program.h"

#include "compiler/codegen.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/live_objects.h"
#include "objects/str.h"
#include "support/syntax_error.h"
#include "vm/interpreter.h"
#include "vm/native_stream.h"
#include "vm/sys_module.h"
#include "vm/vm.h"

#include <cstdio>
#include <filesystem>

namespace taipan {

static void write_stderr(Vm& vm, std::string const& text)
{
    flush_standard_streams(vm);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

// SystemExit gives the exit status: None → 0, an int → itself, anything else is
// printed to stderr → 1.
static int exit_status(Vm& vm, Ref<> const& exception)
{
    auto& exit = *static_cast<SystemExitObject*>(exception.value().as_object());
    Value code = exit.code ? exit.code.value() : none();
    if (is_none(code))
        return 0;
    if (is_int(code)) {
        auto status = int_to_int64(code);
        return status ? int(*status & 0xff) : 255;
    }
    auto text = str_utf8(vm, code);
    if (text.is_error()) {
        (void)vm.take_pending_exception();
        return 1;
    }
    write_stderr(vm, text.value() + "\n");
    return 1;
}

// The default display of an exception with its traceback.
static std::string exception_report(Vm& vm, Value exception)
{
    std::string report;
    if (print_exception(vm, exception, report).is_error())
        (void)vm.take_pending_exception();
    return report;
}

// CPython's handling of an exception that reaches the top (PyErr_Print): SystemExit
// gives the exit status; any other exception goes to sys.excepthook (programs may
// replace it) after sys.last_type/last_value/last_traceback are set, and the status is 1.
static int handle_uncaught(Vm& vm)
{
    Ref<> exception = vm.take_pending_exception();
    if (is_instance_of(exception, exception_type(ExceptionKind::SystemExit)))
        return exit_status(vm, exception);
    flush_standard_streams(vm);
    Dict& sys_dict = *vm.sys_module().dict;
    auto& exception_object = *static_cast<BaseExceptionObject*>(exception.value().as_object());
    Value type(exception.value().type());
    Value traceback = exception_object.traceback ? exception_object.traceback.value() : none();
    auto set_last = [&](char const* name, Value value) {
        if (dict_set_item(vm, sys_dict, Value(vm.intern(name).get()), value).is_error())
            (void)vm.take_pending_exception();
    };
    set_last("last_type", type);
    set_last("last_value", exception);
    set_last("last_traceback", traceback);
    auto hook = dict_get_str(vm, sys_dict, *vm.intern("excepthook"));
    if (hook.is_error()) {
        (void)vm.take_pending_exception();
        hook = Value {};
    }
    if (!hook.value() || is_none(hook.value())) {
        write_stderr(vm, "sys.excepthook is missing\n" + exception_report(vm, exception));
        return 1;
    }
    Ref<> held_hook = ref(hook.value());
    Value arguments[] = {type, exception, traceback};
    if (!call(vm, held_hook, arguments).is_error()) {
        flush_standard_streams(vm);
        return 1;
    }
    Ref<> hook_error = vm.take_pending_exception();
    if (is_instance_of(hook_error, exception_type(ExceptionKind::SystemExit)))
        return exit_status(vm, hook_error);
    write_stderr(vm,
        "Error in sys.excepthook:\n" + exception_report(vm, hook_error) + "\nOriginal exception was:\n"
            + exception_report(vm, exception));
    return 1;
}

static int run_in_vm(std::shared_ptr<CodeUnit const> const& unit, std::string const& filename,
    bool is_command, std::vector<std::string> argv)
{
    Vm vm;
    vm.argv = std::move(argv);
    std::error_code error;
    vm.executable = std::filesystem::read_symlink("/proc/self/exe", error).string();
    if (!is_command)
        vm.script_directory = std::filesystem::path(filename).parent_path().string();
    refresh_sys_paths(vm);

    Ref<Module> main_module = MUST(new_module(vm, "__main__"));
    Dict& globals = *main_module->dict;
    MUST(dict_set_item(vm, globals, Value(vm.intern("__builtins__").get()), Value(&vm.builtins_module())));
    if (!is_command) {
        Ref<Str> file = MUST(new_str(vm, filename));
        MUST(dict_set_item(vm, globals, Value(vm.intern("__file__").get()), Value(file.get())));
        MUST(dict_set_item(vm, globals, Value(vm.intern("__cached__").get()), none()));
    }
    MUST(dict_set_item(vm, vm.modules(), Value(vm.intern("__main__").get()), Value(main_module.get())));
    int status = 0;
    auto code = load_code(vm, unit);
    if (code.is_error()) {
        status = handle_uncaught(vm);
    } else {
        auto result = run_code(vm, *code.value(), globals, Value(&globals));
        if (result.is_error())
            status = handle_uncaught(vm);
    }
    flush_standard_streams(vm);
    return status;
}

int run_program(std::shared_ptr<CodeUnit const> const& unit, std::string const& filename, bool is_command,
    std::vector<std::string> argv)
{
    int status = run_in_vm(unit, filename, is_command, std::move(argv));
    // The Vm is gone (modules dropped, the final collection run): whatever a debug
    // build still counts as alive was leaked.
    if (int leaked = check_live_objects_at_exit())
        return leaked;
    return status;
}

} // namespace taipan
