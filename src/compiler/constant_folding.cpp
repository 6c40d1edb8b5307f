// The constant folding of CPython's AST optimizer (Python/ast_opt.c) that the code
// generator applies as it goes: literals, `__debug__`, unary operators on constants
// (`-1` is one constant), tuples of constants, subscripts of constants, and binary
// operators where the result is certain and small. Folding never changes what a
// program computes; where CPython's result would need the object model (big integers,
// float floor division, powers) nothing is folded and the operation runs at run time.
#include "compiler/codegen_internal.h"

#include "support/utf8.h"

#include <climits>
#include <cmath>
#include <limits>

namespace taipan::codegen {

namespace {

    using Kind = ConstantEntry::Kind;

    // CPython's limits on folded sequences (MAX_STR_SIZE in ast_opt.c).
    constexpr size_t maximum_folded_string = 4096;
    // Integers that convert to float exactly.
    constexpr int64_t exact_float_limit = int64_t(1) << 53;

    ConstantEntry make(Kind kind)
    {
        ConstantEntry constant;
        constant.kind = kind;
        return constant;
    }

    ConstantEntry make_bool(bool value)
    {
        return make(value ? Kind::True : Kind::False);
    }

    ConstantEntry make_float(double value)
    {
        ConstantEntry constant = make(Kind::Float);
        constant.real = value;
        return constant;
    }

    ConstantEntry from_literal(ast::ConstantValue const& value)
    {
        ConstantEntry constant;
        switch (value.kind) {
        case ast::ConstantValue::Kind::None:
            constant.kind = Kind::None;
            break;
        case ast::ConstantValue::Kind::True:
            constant.kind = Kind::True;
            break;
        case ast::ConstantValue::Kind::False:
            constant.kind = Kind::False;
            break;
        case ast::ConstantValue::Kind::Ellipsis:
            constant.kind = Kind::Ellipsis;
            break;
        case ast::ConstantValue::Kind::Int:
            constant.kind = Kind::Int;
            constant.integer = value.integer;
            break;
        case ast::ConstantValue::Kind::BigInt:
            constant.kind = Kind::BigInt;
            constant.text = std::string(value.text);
            break;
        case ast::ConstantValue::Kind::Float:
            constant.kind = Kind::Float;
            constant.real = value.number;
            break;
        case ast::ConstantValue::Kind::Complex:
            constant.kind = Kind::Complex;
            constant.imaginary = value.number;
            break;
        case ast::ConstantValue::Kind::Str:
            constant.kind = Kind::Str;
            constant.text = std::string(value.text);
            break;
        case ast::ConstantValue::Kind::Bytes:
            constant.kind = Kind::Bytes;
            constant.text = std::string(value.text);
            break;
        }
        return constant;
    }

    // A big integer's text normalized: a value that fits int64_t becomes Int.
    ConstantEntry make_integer_text(std::string text)
    {
        bool negative = !text.empty() && text[0] == '-';
        std::string_view digits = std::string_view(text).substr(negative ? 1 : 0);
        while (digits.size() > 1 && digits[0] == '0')
            digits.remove_prefix(1);
        // |value| < 10^18 surely fits; compare longer ones with the limits' text.
        std::string_view limit = negative ? "9223372036854775808" : "9223372036854775807";
        bool fits = digits.size() < limit.size() || (digits.size() == limit.size() && digits <= limit);
        if (fits) {
            ConstantEntry constant = make(Kind::Int);
            uint64_t magnitude = 0;
            for (char digit : digits)
                magnitude = magnitude * 10 + static_cast<uint64_t>(digit - '0');
            constant.integer
                = negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
            return constant;
        }
        ConstantEntry constant = make(Kind::BigInt);
        constant.text = (negative ? "-" : "") + std::string(digits);
        return constant;
    }

    bool is_integer(ConstantEntry const& value)
    {
        return value.kind == Kind::Int || value.kind == Kind::True || value.kind == Kind::False;
    }

    int64_t integer_of(ConstantEntry const& value)
    {
        if (value.kind == Kind::True)
            return 1;
        if (value.kind == Kind::False)
            return 0;
        return value.integer;
    }

    bool truth_of(ConstantEntry const& value)
    {
        switch (value.kind) {
        case Kind::None:
        case Kind::False:
            return false;
        case Kind::True:
        case Kind::Ellipsis:
        case Kind::BigInt:
        case Kind::Code:
            return true;
        case Kind::Int:
            return value.integer != 0;
        case Kind::Float:
            return value.real != 0;
        case Kind::Complex:
            return value.real != 0 || value.imaginary != 0;
        case Kind::Str:
        case Kind::Bytes:
            return !value.text.empty();
        case Kind::Tuple:
        case Kind::FrozenSet:
            return !value.items.empty();
        }
        return true;
    }

    // Integers past int64_t: folded with 128-bit arithmetic when both operands and the
    // result fit (CPython folds results of up to 128 bits; the few beyond are left to
    // run time).
    using Wide = __int128;

    std::optional<Wide> wide_of(ConstantEntry const& value)
    {
        if (is_integer(value))
            return static_cast<Wide>(integer_of(value));
        if (value.kind != Kind::BigInt)
            return std::nullopt;
        bool negative = value.text[0] == '-';
        Wide result = 0;
        for (size_t i = negative ? 1 : 0; i < value.text.size(); ++i) {
            if (__builtin_mul_overflow(result, Wide(10), &result)
                || __builtin_add_overflow(result, Wide(value.text[i] - '0'), &result))
                return std::nullopt;
        }
        return negative ? -result : result;
    }

    ConstantEntry from_wide(Wide value)
    {
        if (value >= INT64_MIN && value <= INT64_MAX)
            return int_constant(static_cast<int64_t>(value));
        bool negative = value < 0;
        unsigned __int128 magnitude = negative
            ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(value)
            : static_cast<unsigned __int128>(value);
        std::string digits;
        while (magnitude) {
            digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
            magnitude /= 10;
        }
        ConstantEntry constant = make(Kind::BigInt);
        constant.text = (negative ? "-" : "") + digits;
        return constant;
    }

    std::optional<ConstantEntry> fold_unary(ast::UnaryOperator op, ConstantEntry const& operand)
    {
        switch (op) {
        case ast::UnaryOperator::Not:
            return make_bool(!truth_of(operand));
        case ast::UnaryOperator::UAdd:
            if (is_integer(operand))
                return int_constant(integer_of(operand));
            if (operand.kind == Kind::BigInt || operand.kind == Kind::Float || operand.kind == Kind::Complex)
                return operand;
            return std::nullopt;
        case ast::UnaryOperator::USub:
            if (is_integer(operand)) {
                int64_t value = integer_of(operand);
                if (value == INT64_MIN)
                    return make_integer_text("9223372036854775808");
                return int_constant(-value);
            }
            if (operand.kind == Kind::BigInt) {
                std::string text = operand.text;
                return make_integer_text(text[0] == '-' ? text.substr(1) : "-" + text);
            }
            if (operand.kind == Kind::Float)
                return make_float(-operand.real);
            if (operand.kind == Kind::Complex) {
                ConstantEntry result = operand;
                result.real = -operand.real;
                result.imaginary = -operand.imaginary;
                return result;
            }
            return std::nullopt;
        case ast::UnaryOperator::Invert:
            if (is_integer(operand))
                return int_constant(~integer_of(operand));
            if (operand.kind == Kind::BigInt) {
                // ~x is -x - 1.
                if (auto wide = wide_of(operand); wide && *wide > std::numeric_limits<__int128>::min())
                    return from_wide(-*wide - 1);
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

    int64_t floor_divide(int64_t left, int64_t right)
    {
        int64_t quotient = left / right;
        if (left % right != 0 && ((left < 0) != (right < 0)))
            --quotient;
        return quotient;
    }

    int64_t floor_remainder(int64_t left, int64_t right)
    {
        int64_t remainder = left % right;
        if (remainder != 0 && ((remainder < 0) != (right < 0)))
            remainder += right;
        return remainder;
    }

    std::optional<ConstantEntry> fold_wide(ast::Operator op, __int128 left, __int128 right);

    std::optional<ConstantEntry> fold_integers(ast::Operator op, int64_t left, int64_t right)
    {
        switch (op) {
        case ast::Operator::Add:
        case ast::Operator::Sub:
        case ast::Operator::Mult:
        case ast::Operator::LShift:
        case ast::Operator::Pow:
            return fold_wide(op, left, right);
        case ast::Operator::FloorDiv:
            if (right == 0 || (left == INT64_MIN && right == -1))
                return std::nullopt;
            return int_constant(floor_divide(left, right));
        case ast::Operator::Mod:
            if (right == 0 || (left == INT64_MIN && right == -1))
                return std::nullopt;
            return int_constant(floor_remainder(left, right));
        case ast::Operator::Div:
            if (right == 0 || left > exact_float_limit || left < -exact_float_limit
                || right > exact_float_limit || right < -exact_float_limit)
                return std::nullopt;
            return make_float(static_cast<double>(left) / static_cast<double>(right));
        case ast::Operator::RShift:
            if (right < 0)
                return std::nullopt;
            return int_constant(left >> (right > 63 ? 63 : right));
        case ast::Operator::BitAnd:
            return int_constant(left & right);
        case ast::Operator::BitOr:
            return int_constant(left | right);
        case ast::Operator::BitXor:
            return int_constant(left ^ right);
        case ast::Operator::MatMult:
            return std::nullopt;
        }
        return std::nullopt;
    }

    // _PyLong_NumBits: the bits of |value|.
    int bit_length(Wide value)
    {
        unsigned __int128 magnitude = value < 0
            ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(value)
            : static_cast<unsigned __int128>(value);
        int bits = 0;
        while (magnitude) {
            ++bits;
            magnitude >>= 1;
        }
        return bits;
    }

    // CPython's MAX_INT_SIZE: products, powers and shifts with longer results are not
    // folded (safe_multiply, safe_power, safe_lshift in ast_opt.c).
    constexpr int maximum_folded_bits = 128;

    std::optional<ConstantEntry> fold_wide(ast::Operator op, Wide left, Wide right)
    {
        Wide result = 0;
        switch (op) {
        case ast::Operator::Add:
            if (__builtin_add_overflow(left, right, &result))
                return std::nullopt;
            return from_wide(result);
        case ast::Operator::Sub:
            if (__builtin_sub_overflow(left, right, &result))
                return std::nullopt;
            return from_wide(result);
        case ast::Operator::Mult:
            if (left && right && bit_length(left) + bit_length(right) > maximum_folded_bits)
                return std::nullopt;
            if (__builtin_mul_overflow(left, right, &result))
                return std::nullopt;
            return from_wide(result);
        case ast::Operator::LShift:
            if (right < 0)
                return std::nullopt;
            if (left && right
                && (right > maximum_folded_bits || bit_length(left) > maximum_folded_bits - right))
                return std::nullopt;
            if (left == 0)
                return int_constant(0);
            if (right > 126)
                return std::nullopt;
            result = left * (Wide(1) << static_cast<int>(right));
            if (result / (Wide(1) << static_cast<int>(right)) != left)
                return std::nullopt;
            return from_wide(result);
        case ast::Operator::Pow: {
            if (right < 0)
                return std::nullopt;
            if (left && right > 0 && bit_length(left) > maximum_folded_bits / right)
                return std::nullopt;
            result = 1;
            for (Wide i = 0; i < right; ++i) {
                if (__builtin_mul_overflow(result, left, &result))
                    return std::nullopt;
                if (result == 0 || result == 1)
                    break;
            }
            if (left == -1)
                result = right % 2 ? -1 : 1;
            return from_wide(result);
        }
        default:
            return std::nullopt;
        }
    }

    std::optional<ConstantEntry> fold_floats(ast::Operator op, double left, double right)
    {
        switch (op) {
        case ast::Operator::Add:
            return make_float(left + right);
        case ast::Operator::Sub:
            return make_float(left - right);
        case ast::Operator::Mult:
            return make_float(left * right);
        case ast::Operator::Div:
            if (right == 0)
                return std::nullopt;
            return make_float(left / right);
        case ast::Operator::Pow: {
            // Python's float power is C's pow() once its error cases (a negative base
            // with a fractional exponent, zero to a negative power, overflow) are ruled
            // out; those raise or make a complex number at run time.
            if (left == 0 && right < 0)
                return std::nullopt;
            if (left < 0 && right != std::floor(right))
                return std::nullopt;
            double result = std::pow(left, right);
            if (!std::isfinite(result) || !std::isfinite(left) || !std::isfinite(right))
                return std::nullopt;
            return make_float(result);
        }
        case ast::Operator::Mod:
        case ast::Operator::FloorDiv: {
            // Python's float_divmod.
            if (right == 0)
                return std::nullopt;
            double modulo = std::fmod(left, right);
            double division = (left - modulo) / right;
            if (modulo != 0) {
                if ((right < 0) != (modulo < 0)) {
                    modulo += right;
                    division -= 1.0;
                }
            } else {
                modulo = std::copysign(0.0, right);
            }
            double floor_division;
            if (division != 0) {
                floor_division = std::floor(division);
                if (division - floor_division > 0.5)
                    floor_division += 1.0;
            } else {
                floor_division = std::copysign(0.0, left / right);
            }
            return make_float(op == ast::Operator::Mod ? modulo : floor_division);
        }
        case ast::Operator::LShift:
        case ast::Operator::RShift:
        case ast::Operator::BitOr:
        case ast::Operator::BitXor:
        case ast::Operator::BitAnd:
        case ast::Operator::MatMult:
            return std::nullopt;
        }
        return std::nullopt;
    }

    // Complex addition, subtraction and multiplication, with Python's formulas (a real
    // operand is promoted to complex with a zero imaginary part first).
    std::optional<ConstantEntry> fold_complex(
        ast::Operator op, double left_real, double left_imaginary, double right_real, double right_imaginary)
    {
        ConstantEntry result = make(Kind::Complex);
        switch (op) {
        case ast::Operator::Add:
            result.real = left_real + right_real;
            result.imaginary = left_imaginary + right_imaginary;
            return result;
        case ast::Operator::Sub:
            result.real = left_real - right_real;
            result.imaginary = left_imaginary - right_imaginary;
            return result;
        case ast::Operator::Mult:
            result.real = left_real * right_real - left_imaginary * right_imaginary;
            result.imaginary = left_real * right_imaginary + left_imaginary * right_real;
            return result;
        default:
            return std::nullopt;
        }
    }

    // CPython's MAX_COLLECTION_SIZE and MAX_TOTAL_ITEMS for folded tuple repetition.
    constexpr int64_t maximum_folded_items = 256;
    constexpr int64_t maximum_total_items = 1024;

    // CPython's check_complexity: the items of nested tuples and frozensets, counted
    // against `limit`; negative when over.
    int64_t remaining_complexity(ConstantEntry const& value, int64_t limit)
    {
        if (value.kind != Kind::Tuple && value.kind != Kind::FrozenSet)
            return limit;
        limit -= static_cast<int64_t>(value.items.size());
        for (ConstantEntry const& item : value.items) {
            if (limit < 0)
                return limit;
            limit = remaining_complexity(item, limit);
        }
        return limit;
    }

    std::optional<ConstantEntry> repeat_tuple(ConstantEntry const& tuple, int64_t count)
    {
        int64_t size = static_cast<int64_t>(tuple.items.size());
        if (size) {
            if (count < 0 || count > maximum_folded_items / size)
                return std::nullopt;
            if (count && remaining_complexity(tuple, maximum_total_items / count) < 0)
                return std::nullopt;
        }
        ConstantEntry result = make(Kind::Tuple);
        for (int64_t i = 0; i < count; ++i)
            result.items.insert(result.items.end(), tuple.items.begin(), tuple.items.end());
        return result;
    }

    std::optional<ConstantEntry> repeat(ConstantEntry const& sequence, int64_t count)
    {
        // CPython does not fold a negative count.
        if (count < 0)
            return std::nullopt;
        ConstantEntry result = make(sequence.kind);
        if (count == 0)
            return result;
        size_t length
            = sequence.kind == Kind::Str ? utf8::count_code_points(sequence.text) : sequence.text.size();
        if (length && static_cast<uint64_t>(count) > maximum_folded_string / length)
            return std::nullopt;
        for (int64_t i = 0; i < count; ++i)
            result.text += sequence.text;
        return result;
    }

    std::optional<ConstantEntry> fold_binary(
        ast::Operator op, ConstantEntry const& left, ConstantEntry const& right)
    {
        // Booleans fold as integers, except that `&`, `|` and `^` of two booleans give a
        // boolean.
        auto is_bool = [](ConstantEntry const& value) {
            return value.kind == Kind::True || value.kind == Kind::False;
        };
        if (is_bool(left) && is_bool(right)
            && (op == ast::Operator::BitAnd || op == ast::Operator::BitOr || op == ast::Operator::BitXor)) {
            bool x = left.kind == Kind::True;
            bool y = right.kind == Kind::True;
            return make_bool(op == ast::Operator::BitAnd ? (x && y)
                    : op == ast::Operator::BitOr         ? (x || y)
                                                         : (x != y));
        }
        auto as_double = [](ConstantEntry const& value) -> std::optional<double> {
            if (value.kind == Kind::Float)
                return value.real;
            if (is_integer(value) && integer_of(value) <= exact_float_limit
                && integer_of(value) >= -exact_float_limit)
                return static_cast<double>(integer_of(value));
            return std::nullopt;
        };
        if (is_integer(left) && is_integer(right)) {
            // A negative power of an int is a float power.
            if (op == ast::Operator::Pow && integer_of(right) < 0) {
                auto x = as_double(left);
                auto y = as_double(right);
                if (x && y && *x != 0)
                    return fold_floats(op, *x, *y);
                return std::nullopt;
            }
            return fold_integers(op, integer_of(left), integer_of(right));
        }
        if ((is_integer(left) || left.kind == Kind::BigInt)
            && (is_integer(right) || right.kind == Kind::BigInt)) {
            auto x = wide_of(left);
            auto y = wide_of(right);
            if (x && y)
                return fold_wide(op, *x, *y);
            return std::nullopt;
        }
        if (left.kind == Kind::Complex || right.kind == Kind::Complex) {
            auto parts = [&](ConstantEntry const& value) -> std::optional<std::pair<double, double>> {
                if (value.kind == Kind::Complex)
                    return std::pair {value.real, value.imaginary};
                if (auto real = as_double(value))
                    return std::pair {*real, 0.0};
                return std::nullopt;
            };
            auto x = parts(left);
            auto y = parts(right);
            if (x && y)
                return fold_complex(op, x->first, x->second, y->first, y->second);
            return std::nullopt;
        }
        if (left.kind == Kind::Float || right.kind == Kind::Float) {
            auto x = as_double(left);
            auto y = as_double(right);
            if (x && y)
                return fold_floats(op, *x, *y);
            return std::nullopt;
        }
        bool sequences = (left.kind == Kind::Str && right.kind == Kind::Str)
            || (left.kind == Kind::Bytes && right.kind == Kind::Bytes);
        if (op == ast::Operator::Add && sequences) {
            ConstantEntry result = make(left.kind);
            result.text = left.text + right.text;
            return result;
        }
        if (op == ast::Operator::Add && left.kind == Kind::Tuple && right.kind == Kind::Tuple) {
            ConstantEntry result = left;
            result.items.insert(result.items.end(), right.items.begin(), right.items.end());
            return result;
        }
        if (op == ast::Operator::Mult) {
            if (left.kind == Kind::Tuple && is_integer(right))
                return repeat_tuple(left, integer_of(right));
            if (right.kind == Kind::Tuple && is_integer(left))
                return repeat_tuple(right, integer_of(left));
            if ((left.kind == Kind::Str || left.kind == Kind::Bytes) && is_integer(right))
                return repeat(left, integer_of(right));
            if ((right.kind == Kind::Str || right.kind == Kind::Bytes) && is_integer(left))
                return repeat(right, integer_of(left));
        }
        return std::nullopt;
    }

    std::optional<ConstantEntry> fold_subscript(ConstantEntry const& container, ConstantEntry const& index)
    {
        if (!is_integer(index))
            return std::nullopt;
        int64_t position = integer_of(index);
        if (container.kind == Kind::Tuple) {
            int64_t size = static_cast<int64_t>(container.items.size());
            if (position < 0)
                position += size;
            if (position < 0 || position >= size)
                return std::nullopt;
            return container.items[static_cast<size_t>(position)];
        }
        if (container.kind == Kind::Bytes) {
            int64_t size = static_cast<int64_t>(container.text.size());
            if (position < 0)
                position += size;
            if (position < 0 || position >= size)
                return std::nullopt;
            return int_constant(static_cast<uint8_t>(container.text[static_cast<size_t>(position)]));
        }
        if (container.kind == Kind::Str) {
            int64_t size = static_cast<int64_t>(utf8::count_code_points(container.text));
            if (position < 0)
                position += size;
            if (position < 0 || position >= size)
                return std::nullopt;
            size_t offset = 0;
            for (int64_t i = 0; i < position; ++i)
                offset += static_cast<size_t>(utf8::decode(container.text, offset).length);
            auto decoded = utf8::decode(container.text, offset);
            return str_constant(container.text.substr(offset, static_cast<size_t>(decoded.length)));
        }
        return std::nullopt;
    }

} // namespace

bool Compiler::constant_truth(ConstantEntry const& value)
{
    return truth_of(value);
}

std::optional<ConstantEntry> Compiler::fold(ast::ExprNode const* node) const
{
    switch (node->kind) {
    case ast::ExprKind::Constant:
        return from_literal(static_cast<ast::Constant const*>(node)->value);
    case ast::ExprKind::Name: {
        auto* name = static_cast<ast::Name const*>(node);
        if (name->ctx == ast::ExprContext::Load && name->id == "__debug__")
            return make_bool(m_options.optimize == 0);
        return std::nullopt;
    }
    case ast::ExprKind::UnaryOp: {
        auto* expression = static_cast<ast::UnaryOp const*>(node);
        auto operand = fold(expression->operand);
        if (!operand)
            return std::nullopt;
        return fold_unary(expression->op, *operand);
    }
    case ast::ExprKind::BinOp: {
        auto* expression = static_cast<ast::BinOp const*>(node);
        auto left = fold(expression->left);
        if (!left)
            return std::nullopt;
        auto right = fold(expression->right);
        if (!right)
            return std::nullopt;
        return fold_binary(expression->op, *left, *right);
    }
    case ast::ExprKind::Tuple: {
        auto* tuple = static_cast<ast::Tuple const*>(node);
        if (tuple->ctx != ast::ExprContext::Load)
            return std::nullopt;
        ConstantEntry result = make(Kind::Tuple);
        for (ast::ExprNode* item : tuple->elts) {
            auto value = fold(item);
            if (!value)
                return std::nullopt;
            result.items.push_back(std::move(*value));
        }
        return result;
    }
    case ast::ExprKind::Subscript: {
        auto* subscript = static_cast<ast::Subscript const*>(node);
        if (subscript->ctx != ast::ExprContext::Load)
            return std::nullopt;
        auto container = fold(subscript->value);
        if (!container)
            return std::nullopt;
        auto index = fold(subscript->slice);
        if (!index)
            return std::nullopt;
        return fold_subscript(*container, *index);
    }
    default:
        return std::nullopt;
    }
}

} // namespace taipan::codegen
