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

// CPython's handling of an exception that reaches the top: SystemExit gives the exit
// status (None → 0, an int → itself, anything else is printed to stderr → 1); any
// other exception is printed with its traceback and the status is 1.
static int handle_uncaught(Vm& vm)
{
    Ref<> exception = vm.take_pending_exception();
    if (is_instance_of(exception, exception_type(ExceptionKind::SystemExit))) {
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
    std::string report;
    auto printed = print_exception(vm, exception, report);
    if (printed.is_error()) {
        (void)vm.take_pending_exception();
        report += "Error in sys.excepthook\n";
    }
    write_stderr(vm, report);
    return 1;
}

static int run_in_vm(std::shared_ptr<CodeUnit const> const& unit, std::string const& filename, bool is_command,
    std::vector<std::string> argv)
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
