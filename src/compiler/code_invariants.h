// Structural checks on a compiled code unit, for the code generator's tests: jump
// targets and exception-table rows point at instruction boundaries in range, the rows
// are sorted and disjoint, the stack depth is consistent, never negative and within
// stack_size along every path (exception edges included), and every slot, name and
// constant index is in range.
#pragma once

#include "bytecode/code_unit.h"

#include <string>
#include <vector>

namespace taipan {

// Appends a description of each violation (in this unit and the ones nested in it).
void check_code_invariants(CodeUnit const&, std::vector<std::string>& problems);

} // namespace taipan
