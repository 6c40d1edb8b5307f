// The instruction set: the Opcode enum generated from opcodes.def, the encoding of one
// 32-bit instruction unit, and the operator enums carried in instruction arguments.
#pragma once

#include <cstdint>
#include <optional>

namespace taipan {

enum class Opcode : uint8_t {
#define TAIPAN_OPCODE(name, cache_units, stack_effect) name,
#include "bytecode/opcodes.def"
#undef TAIPAN_OPCODE
};

constexpr int opcode_count = 0
#define TAIPAN_OPCODE(name, cache_units, stack_effect) +1
#include "bytecode/opcodes.def"
#undef TAIPAN_OPCODE
    ;
static_assert(opcode_count <= 256);

char const* opcode_name(Opcode);
// The number of inline-cache units that follow an instruction.
int opcode_cache_units(Opcode);
// Instructions whose argument is an absolute jump target (Send and ForIter included).
bool opcode_has_jump_target(Opcode);
// Instructions after which execution never goes on to the next instruction.
bool opcode_is_terminator(Opcode);

// One instruction unit: opcode in the low 8 bits, argument in the high 24 bits.
using CodeWord = uint32_t;
constexpr uint32_t max_inline_argument = (1u << 24) - 1;

constexpr CodeWord encode_instruction(Opcode opcode, uint32_t argument)
{
    return static_cast<uint32_t>(opcode) | (argument << 8);
}
constexpr Opcode instruction_opcode(CodeWord word)
{
    return static_cast<Opcode>(word & 0xff);
}
constexpr uint32_t instruction_argument(CodeWord word)
{
    return word >> 8;
}

// BinaryOp's argument. The in-place forms follow the plain ones in the same order, so
// `inplace(op) = op + InplaceAdd - Add`.
enum class BinaryOperator : uint8_t {
    Add,
    Subtract,
    Multiply,
    MatrixMultiply,
    TrueDivide,
    Remainder,
    Power,
    LeftShift,
    RightShift,
    Or,
    Xor,
    And,
    FloorDivide,
    InplaceAdd,
    InplaceSubtract,
    InplaceMultiply,
    InplaceMatrixMultiply,
    InplaceTrueDivide,
    InplaceRemainder,
    InplacePower,
    InplaceLeftShift,
    InplaceRightShift,
    InplaceOr,
    InplaceXor,
    InplaceAnd,
    InplaceFloorDivide,
};
constexpr int binary_operator_count = 26;
// Inline: the interpreter's arithmetic fast paths ask on every BinaryOp.
constexpr bool is_inplace(BinaryOperator op)
{
    return op >= BinaryOperator::InplaceAdd;
}
constexpr BinaryOperator without_inplace(BinaryOperator op)
{
    return is_inplace(op)
        ? static_cast<BinaryOperator>(static_cast<int>(op) - static_cast<int>(BinaryOperator::InplaceAdd))
        : op;
}
// "+", "+=", "@", ... as CPython's error messages spell them.
char const* binary_operator_symbol(BinaryOperator);

// UnaryOp's argument.
enum class UnaryOperator : uint8_t { Negative, Positive, Invert, Not };

// CompareOp's argument, in the order of CPython's rich-comparison opids.
enum class ComparisonOperator : uint8_t { Less, LessEqual, Equal, NotEqual, Greater, GreaterEqual };
char const* comparison_operator_symbol(ComparisonOperator);

// FormatValue's conversion (arg & 3) and "a format spec is on the stack" bit.
enum class FormatConversion : uint8_t { None = 0, Str = 1, Repr = 2, Ascii = 3 };
constexpr uint32_t format_value_has_spec = 4;

// MakeFunction's argument bits.
enum MakeFunctionFlag : uint32_t {
    MakeFunctionDefaults = 1,
    MakeFunctionKwDefaults = 2,
    MakeFunctionAnnotations = 4,
    MakeFunctionClosure = 8,
};

} // namespace taipan
