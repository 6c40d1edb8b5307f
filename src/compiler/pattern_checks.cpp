// The code generator's SyntaxErrors for `match` statements (see compile_checks.h):
// unreachable cases, names bound twice or differently by alternatives, repeated
// keyword attributes, invalid or duplicate mapping keys. Literal keys are compared as
// CPython compares them once its AST optimizer has folded them (`-1`, `1+2j`), so
// `{1: a, 1.0: b}` is a duplicate.
#include "compiler/compile_checks.h"

#include "support/python_repr.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace taipan {

namespace {

    using Kind = ast::ConstantValue::Kind;

    bool is_wildcard(ast::PatternNode const* pattern)
    {
        auto* as = ast::as<ast::MatchAs>(const_cast<ast::PatternNode*>(pattern));
        return as && !as->pattern && as->name.empty();
    }

    bool is_integer(Kind kind)
    {
        return kind == Kind::Int || kind == Kind::BigInt || kind == Kind::True || kind == Kind::False;
    }
    bool is_number(Kind kind)
    {
        return is_integer(kind) || kind == Kind::Float || kind == Kind::Complex;
    }

    // The decimal digits of an integer constant's magnitude, without leading zeros.
    std::string integer_magnitude(FoldedConstant const& value)
    {
        switch (value.kind) {
        case Kind::True:
            return "1";
        case Kind::False:
            return "0";
        case Kind::Int:
            return std::to_string(value.magnitude);
        case Kind::BigInt: {
            size_t start = value.digits.find_first_not_of('0');
            return start == std::string_view::npos ? "0" : std::string(value.digits.substr(start));
        }
        default:
            return "";
        }
    }

    bool integer_is_negative(FoldedConstant const& value)
    {
        return value.negative && integer_magnitude(value) != "0";
    }

    // The exact decimal digits of an integral, finite double's magnitude.
    std::string exact_integer_digits(double number)
    {
        number = std::fabs(number);
        if (number < 9.2e18)
            return std::to_string(static_cast<int64_t>(number));
        int exponent = 0;
        double mantissa = std::frexp(number, &exponent);
        auto bits = static_cast<uint64_t>(std::ldexp(mantissa, 53));
        exponent -= 53;
        // Little-endian base 10^9 limbs.
        std::vector<uint32_t> limbs {static_cast<uint32_t>(bits % 1000000000),
            static_cast<uint32_t>(bits / 1000000000 % 1000000000),
            static_cast<uint32_t>(bits / 1000000000 / 1000000000)};
        for (int step = 0; step < exponent; ++step) {
            uint32_t carry = 0;
            for (uint32_t& limb : limbs) {
                uint64_t doubled = uint64_t(limb) * 2 + carry;
                limb = static_cast<uint32_t>(doubled % 1000000000);
                carry = static_cast<uint32_t>(doubled / 1000000000);
            }
            if (carry)
                limbs.push_back(carry);
        }
        while (limbs.size() > 1 && limbs.back() == 0)
            limbs.pop_back();
        std::string digits = std::to_string(limbs.back());
        for (size_t index = limbs.size() - 1; index-- > 0;) {
            std::string part = std::to_string(limbs[index]);
            digits += std::string(9 - part.size(), '0') + part;
        }
        return digits;
    }

    bool integer_equals_double(FoldedConstant const& integer, double number)
    {
        if (!std::isfinite(number) || std::floor(number) != number)
            return false;
        if (number == 0)
            return integer_magnitude(integer) == "0";
        return integer_is_negative(integer) == (number < 0)
            && integer_magnitude(integer) == exact_integer_digits(number);
    }

    // An integer constant as a float, or nullopt when CPython's conversion overflows.
    std::optional<double> integer_to_double(FoldedConstant const& integer)
    {
        std::string text = (integer_is_negative(integer) ? "-" : "") + integer_magnitude(integer);
        double number = std::strtod(text.c_str(), nullptr);
        if (!std::isfinite(number))
            return std::nullopt;
        return number;
    }

    std::optional<FoldedConstant> negate(FoldedConstant value)
    {
        switch (value.kind) {
        case Kind::Int:
        case Kind::BigInt:
            value.negative = !value.negative;
            return value;
        case Kind::True:
        case Kind::False:
            value.magnitude = value.kind == Kind::True ? 1 : 0;
            value.kind = Kind::Int;
            value.negative = true;
            return value;
        case Kind::Float:
            value.real = -value.real;
            return value;
        case Kind::Complex:
            value.real = -value.real;
            value.imaginary = -value.imaginary;
            return value;
        default:
            return std::nullopt;
        }
    }

} // namespace

std::optional<FoldedConstant> fold_pattern_constant(ast::ExprNode const* node)
{
    if (auto* constant = ast::as<ast::Constant>(const_cast<ast::ExprNode*>(node))) {
        FoldedConstant value;
        value.kind = constant->value.kind;
        switch (value.kind) {
        case Kind::Int:
            value.negative = constant->value.integer < 0;
            value.magnitude = value.negative ? 0 - static_cast<uint64_t>(constant->value.integer)
                                             : static_cast<uint64_t>(constant->value.integer);
            break;
        case Kind::BigInt:
            value.digits = constant->value.text;
            break;
        case Kind::Float:
            value.real = constant->value.number;
            break;
        case Kind::Complex:
            value.imaginary = constant->value.number;
            break;
        case Kind::Str:
        case Kind::Bytes:
            value.text = constant->value.text;
            break;
        case Kind::None:
        case Kind::True:
        case Kind::False:
        case Kind::Ellipsis:
            break;
        }
        return value;
    }
    if (auto* unary = ast::as<ast::UnaryOp>(const_cast<ast::ExprNode*>(node))) {
        if (unary->op != ast::UnaryOperator::USub)
            return std::nullopt;
        auto operand = fold_pattern_constant(unary->operand);
        if (!operand || !is_number(operand->kind))
            return std::nullopt;
        return negate(*operand);
    }
    if (auto* binary = ast::as<ast::BinOp>(const_cast<ast::ExprNode*>(node))) {
        if (binary->op != ast::Operator::Add && binary->op != ast::Operator::Sub)
            return std::nullopt;
        auto left = fold_pattern_constant(binary->left);
        auto right = fold_pattern_constant(binary->right);
        if (!left || !right || right->kind != Kind::Complex || !is_number(left->kind)
            || left->kind == Kind::Complex)
            return std::nullopt;
        double real = left->real;
        if (left->kind != Kind::Float) {
            auto converted = integer_to_double(*left);
            if (!converted)
                return std::nullopt; // CPython: OverflowError, so the optimizer leaves it alone
            real = *converted;
        }
        // CPython: real ± complex(right.real, right.imag), part by part.
        FoldedConstant result;
        result.kind = Kind::Complex;
        bool add = binary->op == ast::Operator::Add;
        result.real = add ? real + right->real : real - right->real;
        result.imaginary = add ? 0.0 + right->imaginary : 0.0 - right->imaginary;
        return result;
    }
    return std::nullopt;
}

bool folded_constants_equal(FoldedConstant const& left, FoldedConstant const& right)
{
    if (is_number(left.kind) && is_number(right.kind)) {
        if (is_integer(left.kind) && is_integer(right.kind))
            return integer_is_negative(left) == integer_is_negative(right)
                && integer_magnitude(left) == integer_magnitude(right);
        if (is_integer(left.kind) || is_integer(right.kind)) {
            FoldedConstant const& integer = is_integer(left.kind) ? left : right;
            FoldedConstant const& other = is_integer(left.kind) ? right : left;
            if (other.kind == Kind::Complex && other.imaginary != 0)
                return false;
            return integer_equals_double(integer, other.real);
        }
        double left_imaginary = left.kind == Kind::Complex ? left.imaginary : 0.0;
        double right_imaginary = right.kind == Kind::Complex ? right.imaginary : 0.0;
        return left.real == right.real && left_imaginary == right_imaginary;
    }
    if (left.kind != right.kind)
        return false;
    switch (left.kind) {
    case Kind::Str:
    case Kind::Bytes:
        return left.text == right.text;
    default:
        return true; // None, Ellipsis
    }
}

std::string folded_constant_repr(FoldedConstant const& value)
{
    switch (value.kind) {
    case Kind::None:
        return "None";
    case Kind::True:
        return "True";
    case Kind::False:
        return "False";
    case Kind::Ellipsis:
        return "Ellipsis";
    case Kind::Int:
    case Kind::BigInt:
        return (integer_is_negative(value) ? "-" : "") + integer_magnitude(value);
    case Kind::Float:
        return python_float_repr(value.real);
    case Kind::Complex:
        return python_complex_repr(value.real, value.imaginary);
    case Kind::Str:
        return python_str_repr(value.text);
    case Kind::Bytes:
        return python_bytes_repr(value.text);
    }
    return "?";
}

CompileChecker::Check CompileChecker::visit_match(ast::Match const& node)
{
    TRY(visit_expression(node.subject));
    uint32_t count = node.cases.size();
    // CPython: a final `case _:` is compiled without its pattern.
    bool has_default = count > 1 && is_wildcard(node.cases[count - 1]->pattern);
    for (uint32_t index = 0; index < count - (has_default ? 1 : 0); ++index) {
        ast::MatchCase const& match_case = *node.cases[index];
        set_location(match_case.pattern->location);
        PatternContext context;
        // Only a guarded or final case may match anything.
        context.allow_irrefutable = match_case.guard || index == count - 1;
        TRY(visit_pattern(match_case.pattern, context));
        if (match_case.guard)
            TRY(visit_expression(match_case.guard));
        TRY(visit_statements(match_case.body));
    }
    if (has_default) {
        ast::MatchCase const& match_case = *node.cases[count - 1];
        set_location(match_case.pattern->location);
        if (match_case.guard)
            TRY(visit_expression(match_case.guard));
        TRY(visit_statements(match_case.body));
    }
    return {};
}

CompileChecker::Check CompileChecker::store_pattern_name(std::string_view name, PatternContext& context)
{
    if (name.empty())
        return {};
    TRY(check_name_store(name));
    if (std::find(context.stores.begin(), context.stores.end(), name) != context.stores.end())
        return error("multiple assignments to name " + python_str_repr(name) + " in pattern");
    context.stores.push_back(name);
    return {};
}

CompileChecker::Check CompileChecker::visit_subpattern(
    ast::PatternNode const* pattern, PatternContext& context)
{
    bool saved = context.allow_irrefutable;
    context.allow_irrefutable = true;
    TRY(visit_pattern(pattern, context));
    context.allow_irrefutable = saved;
    return {};
}

// Patterns set the current location and, unlike expressions, leave it set.
CompileChecker::Check CompileChecker::visit_pattern(ast::PatternNode const* node, PatternContext& context)
{
    set_location(node->location);
    switch (node->kind) {
    case ast::PatternKind::MatchValue: {
        ast::ExprNode const* value = static_cast<ast::MatchValue const&>(*node).value;
        if (!fold_pattern_constant(value) && value->kind != ast::ExprKind::Attribute)
            return error("patterns may only match literals and attribute lookups");
        return visit_expression(value);
    }
    case ast::PatternKind::MatchSingleton:
        return {};
    case ast::PatternKind::MatchSequence:
        return visit_sequence_pattern(static_cast<ast::MatchSequence const&>(*node), context);
    case ast::PatternKind::MatchMapping:
        return visit_mapping_pattern(static_cast<ast::MatchMapping const&>(*node), context);
    case ast::PatternKind::MatchClass:
        return visit_class_pattern(static_cast<ast::MatchClass const&>(*node), context);
    case ast::PatternKind::MatchStar:
        return store_pattern_name(static_cast<ast::MatchStar const&>(*node).name, context);
    case ast::PatternKind::MatchAs: {
        auto& pattern = static_cast<ast::MatchAs const&>(*node);
        if (!pattern.pattern) {
            if (!context.allow_irrefutable) {
                if (!pattern.name.empty())
                    return error("name capture " + python_str_repr(pattern.name)
                        + " makes remaining patterns unreachable");
                return error("wildcard makes remaining patterns unreachable");
            }
            return store_pattern_name(pattern.name, context);
        }
        TRY(visit_pattern(pattern.pattern, context));
        return store_pattern_name(pattern.name, context);
    }
    case ast::PatternKind::MatchOr:
        return visit_or_pattern(static_cast<ast::MatchOr const&>(*node), context);
    }
    return {};
}

CompileChecker::Check CompileChecker::visit_sequence_pattern(
    ast::MatchSequence const& node, PatternContext& context)
{
    int star = -1;
    bool only_wildcards = true;
    bool star_is_wildcard = false;
    for (uint32_t index = 0; index < node.patterns.size(); ++index) {
        ast::PatternNode const* pattern = node.patterns[index];
        if (auto* starred = ast::as<ast::MatchStar>(const_cast<ast::PatternNode*>(pattern))) {
            if (star >= 0)
                return error("multiple starred names in sequence pattern");
            star_is_wildcard = starred->name.empty();
            only_wildcards = only_wildcards && star_is_wildcard;
            star = static_cast<int>(index);
            continue;
        }
        only_wildcards = only_wildcards && is_wildcard(pattern);
    }
    if (only_wildcards)
        return {};
    // CPython: with `*_` the items are subscripted one by one and `_` items skipped;
    // otherwise the sequence is unpacked and every item compiled.
    for (uint32_t index = 0; index < node.patterns.size(); ++index) {
        ast::PatternNode const* pattern = node.patterns[index];
        if (star_is_wildcard && (is_wildcard(pattern) || static_cast<int>(index) == star))
            continue;
        TRY(visit_subpattern(pattern, context));
    }
    return {};
}

CompileChecker::Check CompileChecker::visit_mapping_pattern(
    ast::MatchMapping const& node, PatternContext& context)
{
    if (node.keys.empty() && node.rest.empty())
        return {};
    std::vector<FoldedConstant> seen;
    for (ast::ExprNode const* key : node.keys) {
        if (auto folded = fold_pattern_constant(key)) {
            for (FoldedConstant const& previous : seen) {
                if (folded_constants_equal(previous, *folded))
                    return error(
                        "mapping pattern checks duplicate key (" + folded_constant_repr(*folded) + ")");
            }
            seen.push_back(*folded);
        } else if (key->kind != ast::ExprKind::Attribute) {
            return error("mapping pattern keys may only match literals and attribute lookups");
        }
        TRY(visit_expression(key));
    }
    for (ast::PatternNode const* pattern : node.patterns)
        TRY(visit_subpattern(pattern, context));
    return store_pattern_name(node.rest, context);
}

CompileChecker::Check CompileChecker::visit_class_pattern(
    ast::MatchClass const& node, PatternContext& context)
{
    uint32_t attributes = node.kwd_attrs.size();
    for (uint32_t index = 0; index < attributes && index < node.kwd_patterns.size(); ++index) {
        std::string_view attribute = node.kwd_attrs[index];
        set_location(node.kwd_patterns[index]->location);
        TRY(check_name_store(attribute));
        for (uint32_t other = index + 1; other < attributes && other < node.kwd_patterns.size(); ++other) {
            if (node.kwd_attrs[other] == attribute) {
                set_location(node.kwd_patterns[other]->location);
                return error("attribute name repeated in class pattern: " + std::string(attribute));
            }
        }
    }
    if (attributes)
        set_location(node.location);
    TRY(visit_expression(node.cls));
    for (ast::PatternNode const* pattern : node.patterns) {
        if (!is_wildcard(pattern))
            TRY(visit_subpattern(pattern, context));
    }
    for (ast::PatternNode const* pattern : node.kwd_patterns) {
        if (!is_wildcard(pattern))
            TRY(visit_subpattern(pattern, context));
    }
    return {};
}

CompileChecker::Check CompileChecker::visit_or_pattern(ast::MatchOr const& node, PatternContext& context)
{
    PatternContext saved = context;
    std::vector<std::string_view> control;
    uint32_t count = node.patterns.size();
    for (uint32_t index = 0; index < count; ++index) {
        ast::PatternNode const* alternative = node.patterns[index];
        set_location(alternative->location);
        context.stores.clear();
        // Only the last alternative may be irrefutable, and only if the whole may.
        context.allow_irrefutable = index == count - 1 && saved.allow_irrefutable;
        TRY(visit_pattern(alternative, context));
        if (index == 0) {
            control = context.stores;
            continue;
        }
        if (context.stores.size() != control.size())
            return error("alternative patterns bind different names");
        for (std::string_view name : control) {
            if (std::find(context.stores.begin(), context.stores.end(), name) == context.stores.end())
                return error("alternative patterns bind different names");
        }
    }
    context = saved;
    for (std::string_view name : control) {
        if (std::find(context.stores.begin(), context.stores.end(), name) != context.stores.end())
            return error("multiple assignments to name " + python_str_repr(name) + " in pattern");
        context.stores.push_back(name);
    }
    return {};
}

} // namespace taipan
