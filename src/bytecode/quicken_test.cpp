// The quickening pass: which instructions it rewrites, that every word keeps its
// argument, and that cache units and ExtendedArg prefixes are left alone.
#include "bytecode/quicken.h"

#include <gtest/gtest.h>

#include <vector>

namespace taipan {
namespace {

    CodeWord at(Opcode opcode, uint32_t argument = 0)
    {
        return encode_instruction(opcode, argument);
    }

    TEST(Quicken, FusesAdjacentLocalLoadsAndStores)
    {
        std::vector<CodeWord> code = {at(Opcode::LoadFast, 1), at(Opcode::LoadFast, 2),
            at(Opcode::LoadFast, 3), at(Opcode::LoadConst, 4), at(Opcode::StoreFast, 5),
            at(Opcode::LoadFast, 6), at(Opcode::ReturnValue)};
        quicken(code);
        // Overlapping pairs: each first word is rewritten, every argument is kept.
        std::vector<CodeWord> expected = {at(Opcode::LoadFastLoadFast, 1), at(Opcode::LoadFastLoadFast, 2),
            at(Opcode::LoadFastLoadConst, 3), at(Opcode::LoadConst, 4), at(Opcode::StoreFastLoadFast, 5),
            at(Opcode::LoadFast, 6), at(Opcode::ReturnValue)};
        EXPECT_EQ(code, expected);
    }

    TEST(Quicken, FusesTheStackShufflesOfSubscriptAugmentedAssignment)
    {
        std::vector<CodeWord> code
            = {at(Opcode::Copy, 2), at(Opcode::Copy, 2), at(Opcode::Swap, 3), at(Opcode::Swap, 2),
                at(Opcode::Copy, 1), at(Opcode::Copy, 2), at(Opcode::Swap, 2), at(Opcode::Swap, 2)};
        quicken(code);
        std::vector<CodeWord> expected
            = {at(Opcode::CopyTwo, 2), at(Opcode::Copy, 2), at(Opcode::SwapThreeTwo, 3), at(Opcode::Swap, 2),
                at(Opcode::Copy, 1), at(Opcode::Copy, 2), at(Opcode::Swap, 2), at(Opcode::Swap, 2)};
        EXPECT_EQ(code, expected);
    }

    TEST(Quicken, SpecialisesAddSubtractMultiplyOnly)
    {
        auto binary = [](BinaryOperator op) { return at(Opcode::BinaryOp, uint32_t(op)); };
        std::vector<CodeWord> code = {binary(BinaryOperator::Add), 0, binary(BinaryOperator::InplaceSubtract),
            0, binary(BinaryOperator::Multiply), 0, binary(BinaryOperator::TrueDivide), 0};
        quicken(code);
        std::vector<CodeWord> expected = {at(Opcode::BinaryAdd, uint32_t(BinaryOperator::Add)), 0,
            at(Opcode::BinarySubtract, uint32_t(BinaryOperator::InplaceSubtract)), 0,
            at(Opcode::BinaryMultiply, uint32_t(BinaryOperator::Multiply)), 0,
            binary(BinaryOperator::TrueDivide), 0};
        EXPECT_EQ(code, expected);
    }

    TEST(Quicken, SkipsCacheUnitsAndPrefixes)
    {
        // A cache unit that happens to hold a LoadFast word is data, not an instruction;
        // a load behind an ExtendedArg is not adjacent to the load before the prefix.
        std::vector<CodeWord> code
            = {at(Opcode::LoadAttr, 0), at(Opcode::LoadFast, 1), at(Opcode::LoadFast, 1), 0, 0,
                at(Opcode::LoadFast, 7), at(Opcode::ExtendedArg, 1), at(Opcode::LoadFast, 2)};
        ASSERT_EQ(opcode_cache_units(Opcode::LoadAttr), 4);
        std::vector<CodeWord> expected = code;
        quicken(code);
        EXPECT_EQ(code, expected);
    }

} // namespace
} // namespace taipan
