// Quickening: the instructions of a loaded code object rewritten into the interpreter's
// faster forms (the "quickened forms" of opcodes.def), chosen from the instructions
// alone. The compiler's CodeUnit keeps the original instructions; only the runtime
// copy in the code object is rewritten.
#pragma once

#include "bytecode/opcode.h"

#include <span>

namespace taipan {

void quicken(std::span<CodeWord> code);

} // namespace taipan
