#include "bytecode/quicken.h"

namespace taipan {

namespace {

    Opcode binary_form(BinaryOperator op)
    {
        switch (without_inplace(op)) {
        case BinaryOperator::Add:
            return Opcode::BinaryAdd;
        case BinaryOperator::Subtract:
            return Opcode::BinarySubtract;
        case BinaryOperator::Multiply:
            return Opcode::BinaryMultiply;
        default:
            return Opcode::BinaryOp;
        }
    }

    // The fused form of the instruction pair (first, second), or first's own opcode.
    Opcode pair_form(CodeWord first_word, CodeWord second_word)
    {
        Opcode first = instruction_opcode(first_word), second = instruction_opcode(second_word);
        uint32_t first_argument = instruction_argument(first_word);
        uint32_t second_argument = instruction_argument(second_word);
        if (first == Opcode::Copy && second == Opcode::Copy && first_argument == 2 && second_argument == 2)
            return Opcode::CopyTwo;
        if (first == Opcode::Swap && second == Opcode::Swap && first_argument == 3 && second_argument == 2)
            return Opcode::SwapThreeTwo;
        if (first == Opcode::LoadFast && second == Opcode::LoadFast)
            return Opcode::LoadFastLoadFast;
        if (first == Opcode::LoadFast && second == Opcode::LoadConst)
            return Opcode::LoadFastLoadConst;
        if (first == Opcode::StoreFast && second == Opcode::LoadFast)
            return Opcode::StoreFastLoadFast;
        return first;
    }

} // namespace

void quicken(std::span<CodeWord> code)
{
    for (size_t offset = 0; offset < code.size();
         offset += 1 + size_t(opcode_cache_units(instruction_opcode(code[offset])))) {
        CodeWord word = code[offset];
        Opcode opcode = instruction_opcode(word);
        uint32_t argument = instruction_argument(word);
        Opcode quickened = opcode;
        if (opcode == Opcode::BinaryOp)
            quickened = binary_form(static_cast<BinaryOperator>(argument));
        else if (offset + 1 < code.size())
            // The second word of a pair is read only for its argument, so it may be
            // quickened too (the first of an overlapping pair).
            quickened = pair_form(word, code[offset + 1]);
        code[offset] = encode_instruction(quickened, argument);
    }
}

} // namespace taipan
