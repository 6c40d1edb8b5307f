// Name and cache-size tables generated from opcodes.def, and the spellings of the
// operators carried in instruction arguments.
#include "bytecode/opcode.h"

namespace taipan {

namespace {

    constexpr char const* opcode_names[] = {
#define TAIPAN_OPCODE(name, cache_units, stack_effect) #name,
#include "bytecode/opcodes.def"
#undef TAIPAN_OPCODE
    };

    constexpr int opcode_caches[] = {
#define TAIPAN_OPCODE(name, cache_units, stack_effect) cache_units,
#include "bytecode/opcodes.def"
#undef TAIPAN_OPCODE
    };

} // namespace

char const* opcode_name(Opcode opcode)
{
    auto index = static_cast<size_t>(opcode);
    return index < static_cast<size_t>(opcode_count) ? opcode_names[index] : "<invalid>";
}

int opcode_cache_units(Opcode opcode)
{
    auto index = static_cast<size_t>(opcode);
    return index < static_cast<size_t>(opcode_count) ? opcode_caches[index] : 0;
}

bool opcode_has_jump_target(Opcode opcode)
{
    switch (opcode) {
    case Opcode::Jump:
    case Opcode::JumpBackward:
    case Opcode::PopJumpIfFalse:
    case Opcode::PopJumpIfTrue:
    case Opcode::PopJumpIfNone:
    case Opcode::PopJumpIfNotNone:
    case Opcode::JumpIfFalseOrPop:
    case Opcode::JumpIfTrueOrPop:
    case Opcode::ForIter:
    case Opcode::Send:
        return true;
    default:
        return false;
    }
}

bool opcode_is_terminator(Opcode opcode)
{
    switch (opcode) {
    case Opcode::Jump:
    case Opcode::JumpBackward:
    case Opcode::ReturnValue:
    case Opcode::RaiseVarargs:
    case Opcode::Reraise:
        return true;
    default:
        return false;
    }
}

char const* binary_operator_symbol(BinaryOperator op)
{
    switch (op) {
    case BinaryOperator::Add:
        return "+";
    case BinaryOperator::Subtract:
        return "-";
    case BinaryOperator::Multiply:
        return "*";
    case BinaryOperator::MatrixMultiply:
        return "@";
    case BinaryOperator::TrueDivide:
        return "/";
    case BinaryOperator::Remainder:
        return "%";
    case BinaryOperator::Power:
        return "**";
    case BinaryOperator::LeftShift:
        return "<<";
    case BinaryOperator::RightShift:
        return ">>";
    case BinaryOperator::Or:
        return "|";
    case BinaryOperator::Xor:
        return "^";
    case BinaryOperator::And:
        return "&";
    case BinaryOperator::FloorDivide:
        return "//";
    case BinaryOperator::InplaceAdd:
        return "+=";
    case BinaryOperator::InplaceSubtract:
        return "-=";
    case BinaryOperator::InplaceMultiply:
        return "*=";
    case BinaryOperator::InplaceMatrixMultiply:
        return "@=";
    case BinaryOperator::InplaceTrueDivide:
        return "/=";
    case BinaryOperator::InplaceRemainder:
        return "%=";
    case BinaryOperator::InplacePower:
        return "**=";
    case BinaryOperator::InplaceLeftShift:
        return "<<=";
    case BinaryOperator::InplaceRightShift:
        return ">>=";
    case BinaryOperator::InplaceOr:
        return "|=";
    case BinaryOperator::InplaceXor:
        return "^=";
    case BinaryOperator::InplaceAnd:
        return "&=";
    case BinaryOperator::InplaceFloorDivide:
        return "//=";
    }
    return "?";
}

char const* comparison_operator_symbol(ComparisonOperator op)
{
    switch (op) {
    case ComparisonOperator::Less:
        return "<";
    case ComparisonOperator::LessEqual:
        return "<=";
    case ComparisonOperator::Equal:
        return "==";
    case ComparisonOperator::NotEqual:
        return "!=";
    case ComparisonOperator::Greater:
        return ">";
    case ComparisonOperator::GreaterEqual:
        return ">=";
    }
    return "?";
}

} // namespace taipan
