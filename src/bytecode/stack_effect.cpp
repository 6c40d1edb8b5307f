// The net stack effect of each instruction: the fixed ones come from opcodes.def, the
// `Varies` ones are computed from the argument here. Used by the compiler's stack-depth
// pass and by the code-unit checks.
#include "bytecode/code_unit.h"

#include <bit>
#include <climits>

namespace taipan {

namespace {

    // The marker opcodes.def uses for effects that depend on the argument.
    constexpr int Varies = INT_MIN;

    constexpr int fixed_effects[] = {
#define TAIPAN_OPCODE(name, cache_units, stack_effect) stack_effect,
#include "bytecode/opcodes.def"
#undef TAIPAN_OPCODE
    };

} // namespace

int stack_effect(Opcode opcode, uint32_t argument, bool jumping)
{
    int const count = static_cast<int>(argument);
    switch (opcode) {
    case Opcode::JumpIfFalseOrPop:
    case Opcode::JumpIfTrueOrPop:
        return jumping ? 0 : -1;
    case Opcode::ForIter:
        // Exhaustion pops the iterator; otherwise the next item is pushed.
        return jumping ? -1 : 1;
    case Opcode::Send:
        // The receiver and the sent value become the result, or the yielded value
        // replaces the sent value.
        return jumping ? -1 : 0;
    case Opcode::BuildTuple:
    case Opcode::BuildList:
    case Opcode::BuildSet:
    case Opcode::BuildString:
    case Opcode::BuildSlice:
        return 1 - count;
    case Opcode::BuildMap:
        return 1 - 2 * count;
    case Opcode::BuildConstKeyMap:
        return -count;
    case Opcode::UnpackSequence:
        return count - 1;
    case Opcode::UnpackEx:
        return static_cast<int>(argument & 0xff) + static_cast<int>(argument >> 8);
    case Opcode::FormatValue:
        return (argument & format_value_has_spec) ? -1 : 0;
    case Opcode::Call:
        return -count - 1;
    case Opcode::CallKw:
        return -count - 2;
    case Opcode::CallEx:
        return argument & 1 ? -3 : -2;
    case Opcode::MakeFunction:
        return -std::popcount(argument & 0xf);
    case Opcode::RaiseVarargs:
        return -count;
    case Opcode::Reraise:
        return -1;
    default:
        break;
    }
    int effect = fixed_effects[static_cast<size_t>(opcode)];
    return effect == Varies ? 0 : effect;
}

} // namespace taipan
