// Constant equality for the compiler's constant table: CPython keeps 1, 1.0, True and
// 0.0, -0.0 apart in co_consts (they are equal but not interchangeable), so equality here
// is by kind and exact value, floats compared bit for bit.
#include "bytecode/code_unit.h"

#include <bit>

namespace taipan {

bool ConstantEntry::operator==(ConstantEntry const& other) const
{
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::None:
    case Kind::True:
    case Kind::False:
    case Kind::Ellipsis:
        return true;
    case Kind::Int:
        return integer == other.integer;
    case Kind::Float:
        return std::bit_cast<uint64_t>(real) == std::bit_cast<uint64_t>(other.real);
    case Kind::Complex:
        return std::bit_cast<uint64_t>(real) == std::bit_cast<uint64_t>(other.real)
            && std::bit_cast<uint64_t>(imaginary) == std::bit_cast<uint64_t>(other.imaginary);
    case Kind::BigInt:
    case Kind::Str:
    case Kind::Bytes:
        return text == other.text;
    case Kind::Tuple:
    case Kind::FrozenSet:
        return items == other.items;
    case Kind::Code:
        return code == other.code;
    }
    return false;
}

} // namespace taipan
