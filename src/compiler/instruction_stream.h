// The code generator's working form of a code unit: basic blocks of instructions whose
// jumps name labels, plus the pseudo-instructions that mark try regions (CPython's
// SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK). assemble() turns it into the
// final instruction words, positions, exception table and stack size.
#pragma once

#include "bytecode/code_unit.h"

#include <string>
#include <vector>

namespace taipan::codegen {

// Pseudo-instructions share the 16-bit opcode space above the real opcodes.
enum PseudoOp : uint16_t {
    // Start a protected region whose handler is the target: an exception unwinds the
    // stack to the depth here and pushes the exception (SetupCleanup and SetupWith also
    // push the instruction offset first, so Reraise can restore it). SetupWith's region
    // keeps the context manager's exit below the handler's depth.
    SetupFinally = 256,
    SetupCleanup,
    SetupWith,
    // End the innermost protected region.
    PopBlock,
    // An unconditional jump that becomes Jump or JumpBackward by its direction.
    JumpAny,
    // An unconditional jump that never checks for interrupts (the `yield from` loop).
    JumpNoInterrupt,
};

constexpr uint16_t op(Opcode opcode)
{
    return static_cast<uint16_t>(opcode);
}
bool is_pseudo(uint16_t op);
bool is_setup(uint16_t op);

// What an instruction's argument indexes before assembly resolves it to a slot.
enum class OperandKind : uint8_t {
    Plain,
    CellVariable, // an index into cell_names
    FreeVariable, // an index into free_names
};

struct Label {
    int id = -1;
    bool is_valid() const { return id >= 0; }
};

struct Instruction {
    uint16_t op = 0;
    OperandKind operand = OperandKind::Plain;
    uint32_t argument = 0;
    int target = -1; // label id, for jumps and setups
    SourcePosition position;
    // Filled by assembly: the block that handles exceptions raised here, or -1.
    int handler = -1;
};

class InstructionStream {
public:
    InstructionStream() { m_blocks.emplace_back(); }

    Label new_label();
    // Starts a new block at the label; code falls through into it from the block before.
    void bind(Label);
    void emit(uint16_t op, uint32_t argument, SourcePosition const&, OperandKind = OperandKind::Plain);
    // A jump or setup ends its block, so every edge leaves from a block's last instruction.
    void emit_jump(uint16_t op, Label, SourcePosition const&);

    struct Block {
        std::vector<Instruction> instructions;
    };
    std::vector<Block>& blocks() { return m_blocks; }
    int block_of(int label_id) const { return m_label_blocks[label_id]; }
    // A label for a block that exists already (assembly's copies of exit blocks).
    Label label_for_block(int block);

private:
    std::vector<Block> m_blocks;
    std::vector<int> m_label_blocks;
};

// What assembly needs to know besides the instructions.
struct AssemblyLayout {
    // Local slot of each cell variable (CellVariable operands) and of the first free
    // variable (FreeVariable operands count from it).
    std::vector<uint32_t> cell_slots;
    uint32_t first_free_slot = 0;
    int first_line = 1;
};

// Fills code.code, positions, exception_table and stack_size. Fails only on an
// internal inconsistency (a bug in the code generator), described in the message.
bool assemble(InstructionStream&, AssemblyLayout const&, CodeUnit& code, std::string& error);

} // namespace taipan::codegen
