// Running a whole program the way `python3 FILE args` / `python3 -c CODE` does: a Vm,
// the __main__ module, exit status from SystemExit, uncaught exceptions printed with
// their traceback.
#pragma once

#include "bytecode/code_unit.h"

#include <memory>
#include <string>
#include <vector>

namespace taipan {

// Runs compiled module code as __main__; `argv` becomes sys.argv. Returns the exit
// status.
int run_program(std::shared_ptr<CodeUnit const> const& code, std::string const& filename, bool is_command,
    std::vector<std::string> argv);

} // namespace taipan
