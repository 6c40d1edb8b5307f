// Expressions, as CPython 3.11's compiler.c compiles them: every node kind, calls (plain,
// method calls through LoadMethod, keyword names, *args/**kwargs through CallEx),
// displays with starred items, chained comparisons, boolean operators, f-strings,
// assignment targets, and compiler_jump_if, which compiles a test straight into jumps.
// Every instruction takes the position of the innermost node that produced it.
#include "compiler/codegen_internal.h"

#include "support/utf8.h"

#include <algorithm>

namespace taipan::codegen {

namespace {

    bool has_starred(ast::ExprList const& items)
    {
        return std::any_of(items.begin(), items.end(),
            [](ast::ExprNode* item) { return item->kind == ast::ExprKind::Starred; });
    }

    UnaryOperator unary_operator(ast::UnaryOperator op)
    {
        switch (op) {
        case ast::UnaryOperator::Invert:
            return UnaryOperator::Invert;
        case ast::UnaryOperator::Not:
            return UnaryOperator::Not;
        case ast::UnaryOperator::UAdd:
            return UnaryOperator::Positive;
        case ast::UnaryOperator::USub:
            return UnaryOperator::Negative;
        }
        return UnaryOperator::Not;
    }

    // CPython folds `not (a is b)` into `a is not b` (and likewise for `in`); the other
    // comparisons cannot be inverted safely.
    std::optional<ast::CompareOperator> inverted(ast::CompareOperator op)
    {
        switch (op) {
        case ast::CompareOperator::Is:
            return ast::CompareOperator::IsNot;
        case ast::CompareOperator::IsNot:
            return ast::CompareOperator::Is;
        case ast::CompareOperator::In:
            return ast::CompareOperator::NotIn;
        case ast::CompareOperator::NotIn:
            return ast::CompareOperator::In;
        case ast::CompareOperator::Eq:
        case ast::CompareOperator::NotEq:
        case ast::CompareOperator::Lt:
        case ast::CompareOperator::LtE:
        case ast::CompareOperator::Gt:
        case ast::CompareOperator::GtE:
            return std::nullopt;
        }
        return std::nullopt;
    }

    SourcePosition position_of(ast::Location const& location)
    {
        return SourcePosition {
            location.lineno, location.end_lineno, location.col_offset, location.end_col_offset};
    }

} // namespace

void Compiler::visit_expressions(ast::ExprList const& expressions)
{
    for (ast::ExprNode* expression : expressions)
        visit_expression(expression);
}

void Compiler::visit_expression(ast::ExprNode const* node)
{
    if (failed())
        return;
    SourcePosition saved = location();
    set_location(node->location);
    visit_expression_kind(node);
    unit().location = saved;
}

void Compiler::visit_expression_kind(ast::ExprNode const* node)
{
    if (auto constant = fold(node)) {
        emit_constant(*constant);
        return;
    }
    switch (node->kind) {
    case ast::ExprKind::BoolOp:
        return visit_bool_operation(static_cast<ast::BoolOp const&>(*node));
    case ast::ExprKind::NamedExpr: {
        auto& expression = static_cast<ast::NamedExpr const&>(*node);
        visit_expression(expression.value);
        emit(Opcode::Copy, 1);
        visit_expression(expression.target);
        return;
    }
    case ast::ExprKind::BinOp: {
        auto& expression = static_cast<ast::BinOp const&>(*node);
        if (try_visit_percent_format(expression))
            return;
        visit_expression(expression.left);
        visit_expression(expression.right);
        emit(Opcode::BinaryOp, static_cast<uint32_t>(expression.op));
        return;
    }
    case ast::ExprKind::UnaryOp: {
        auto& expression = static_cast<ast::UnaryOp const&>(*node);
        if (auto* compare = ast::as<ast::Compare>(expression.operand);
            compare && expression.op == ast::UnaryOperator::Not && compare->ops.size() == 1) {
            if (auto op = inverted(compare->ops[0])) {
                // The folded comparison replaces the `not` node, position included.
                set_location(compare->location);
                visit_expression(compare->left);
                visit_expression(compare->comparators[0]);
                emit_compare(*op);
                return;
            }
        }
        visit_expression(expression.operand);
        emit(Opcode::UnaryOp, static_cast<uint32_t>(unary_operator(expression.op)));
        return;
    }
    case ast::ExprKind::Lambda:
        return visit_lambda(static_cast<ast::Lambda const&>(*node));
    case ast::ExprKind::IfExp: {
        auto& expression = static_cast<ast::IfExp const&>(*node);
        Label end = new_label();
        Label next = new_label();
        jump_if(expression.test, next, false);
        visit_expression(expression.body);
        emit_jump_no_line(JumpAny, end);
        bind(next);
        visit_expression(expression.orelse);
        bind(end);
        return;
    }
    case ast::ExprKind::Dict:
        return visit_dict(static_cast<ast::Dict const&>(*node));
    case ast::ExprKind::Set:
        return visit_starred_collection(static_cast<ast::Set const&>(*node).elts, 0, Opcode::BuildSet,
            Opcode::SetAdd, Opcode::SetUpdate, false);
    case ast::ExprKind::ListComp: {
        auto& expression = static_cast<ast::ListComp const&>(*node);
        return visit_comprehension(
            *node, ComprehensionType::List, "<listcomp>", expression.generators, expression.elt, nullptr);
    }
    case ast::ExprKind::SetComp: {
        auto& expression = static_cast<ast::SetComp const&>(*node);
        return visit_comprehension(
            *node, ComprehensionType::Set, "<setcomp>", expression.generators, expression.elt, nullptr);
    }
    case ast::ExprKind::DictComp: {
        auto& expression = static_cast<ast::DictComp const&>(*node);
        return visit_comprehension(*node, ComprehensionType::Dict, "<dictcomp>", expression.generators,
            expression.key, expression.value);
    }
    case ast::ExprKind::GeneratorExp: {
        auto& expression = static_cast<ast::GeneratorExp const&>(*node);
        return visit_comprehension(
            *node, ComprehensionType::Generator, "<genexpr>", expression.generators, expression.elt, nullptr);
    }
    case ast::ExprKind::Await:
        visit_expression(static_cast<ast::Await const&>(*node).value);
        emit(Opcode::GetAwaitable, 0);
        emit_none();
        add_yield_from(true);
        return;
    case ast::ExprKind::Yield: {
        auto& expression = static_cast<ast::Yield const&>(*node);
        if (expression.value)
            visit_expression(expression.value);
        else
            emit_none();
        emit_yield();
        return;
    }
    case ast::ExprKind::YieldFrom:
        visit_expression(static_cast<ast::YieldFrom const&>(*node).value);
        emit(Opcode::GetYieldFromIter, 0);
        emit_none();
        add_yield_from(false);
        return;
    case ast::ExprKind::Compare:
        return visit_compare(static_cast<ast::Compare const&>(*node));
    case ast::ExprKind::Call:
        return visit_call(static_cast<ast::Call const&>(*node));
    case ast::ExprKind::FormattedValue:
        return visit_formatted_value(static_cast<ast::FormattedValue const&>(*node));
    case ast::ExprKind::JoinedStr:
        return visit_joined_string(static_cast<ast::JoinedStr const&>(*node));
    case ast::ExprKind::Constant:
        return;
    case ast::ExprKind::Attribute:
        return visit_attribute(static_cast<ast::Attribute const&>(*node));
    case ast::ExprKind::Subscript:
        return visit_subscript(static_cast<ast::Subscript const&>(*node));
    case ast::ExprKind::Starred:
        if (static_cast<ast::Starred const&>(*node).ctx == ast::ExprContext::Store)
            return error("starred assignment target must be in a list or tuple");
        return error("can't use starred expression here");
    case ast::ExprKind::Name: {
        auto& name = static_cast<ast::Name const&>(*node);
        return name_op(name.id, name.ctx);
    }
    case ast::ExprKind::List: {
        auto& list = static_cast<ast::List const&>(*node);
        switch (list.ctx) {
        case ast::ExprContext::Load:
            return visit_starred_collection(
                list.elts, 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, false);
        case ast::ExprContext::Store:
            return visit_unpack_targets(list.elts);
        case ast::ExprContext::Del:
            return visit_expressions(list.elts);
        }
        return;
    }
    case ast::ExprKind::Tuple: {
        auto& tuple = static_cast<ast::Tuple const&>(*node);
        switch (tuple.ctx) {
        case ast::ExprContext::Load:
            return visit_starred_collection(
                tuple.elts, 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true);
        case ast::ExprContext::Store:
            return visit_unpack_targets(tuple.elts);
        case ast::ExprContext::Del:
            return visit_expressions(tuple.elts);
        }
        return;
    }
    case ast::ExprKind::Slice:
        return visit_slice(static_cast<ast::Slice const&>(*node));
    }
}

// An iterable of `for`, a comprehension or the right side of `in`: CPython's optimizer
// makes a list display a tuple, and a constant set a frozenset.
void Compiler::visit_iterable(ast::ExprNode const* node)
{
    if (auto* list = ast::as<ast::List>(const_cast<ast::ExprNode*>(node)); list && !has_starred(list->elts)) {
        SourcePosition saved = location();
        set_location(node->location);
        ConstantEntry tuple;
        tuple.kind = ConstantEntry::Kind::Tuple;
        bool constant = true;
        for (ast::ExprNode* item : list->elts) {
            auto folded = fold(item);
            if (!folded) {
                constant = false;
                break;
            }
            tuple.items.push_back(std::move(*folded));
        }
        if (constant)
            emit_constant(tuple);
        else
            visit_starred_collection(
                list->elts, 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true);
        unit().location = saved;
        return;
    }
    if (auto* set = ast::as<ast::Set>(const_cast<ast::ExprNode*>(node))) {
        ConstantEntry frozen;
        frozen.kind = ConstantEntry::Kind::FrozenSet;
        for (ast::ExprNode* item : set->elts) {
            auto folded = fold(item);
            if (!folded) {
                visit_expression(node);
                return;
            }
            frozen.items.push_back(std::move(*folded));
        }
        SourcePosition saved = location();
        set_location(node->location);
        emit_constant(frozen);
        unit().location = saved;
        return;
    }
    visit_expression(node);
}

// CPython's update_start_location_to_match_attr: an attribute spanning lines is
// positioned from the line of its name.
void Compiler::update_start_to_attribute_name(ast::Attribute const& attribute)
{
    SourcePosition& position = unit().location;
    ast::Location const& location = attribute.location;
    if (position.lineno == location.end_lineno)
        return;
    position.lineno = location.end_lineno;
    int length = static_cast<int>(utf8::count_code_points(attribute.attr));
    if (length <= location.end_col_offset) {
        position.col_offset = location.end_col_offset - length;
    } else {
        position.col_offset = -1;
        position.end_col_offset = -1;
    }
    position.end_lineno = std::max(position.lineno, position.end_lineno);
    if (position.lineno == position.end_lineno)
        position.end_col_offset = std::max(position.col_offset, position.end_col_offset);
}

void Compiler::visit_attribute(ast::Attribute const& attribute)
{
    visit_expression(attribute.value);
    update_start_to_attribute_name(attribute);
    switch (attribute.ctx) {
    case ast::ExprContext::Load:
        unit().location.lineno = attribute.location.end_lineno;
        emit_name(Opcode::LoadAttr, attribute.attr);
        return;
    case ast::ExprContext::Store:
        unit().location.lineno = attribute.location.end_lineno;
        emit_name(Opcode::StoreAttr, attribute.attr);
        return;
    case ast::ExprContext::Del:
        emit_name(Opcode::DeleteAttr, attribute.attr);
        return;
    }
}

void Compiler::visit_subscript(ast::Subscript const& subscript)
{
    visit_expression(subscript.value);
    visit_expression(subscript.slice);
    switch (subscript.ctx) {
    case ast::ExprContext::Load:
        return emit(Opcode::BinarySubscr);
    case ast::ExprContext::Store:
        return emit(Opcode::StoreSubscr);
    case ast::ExprContext::Del:
        return emit(Opcode::DeleteSubscr);
    }
}

void Compiler::visit_slice(ast::Slice const& slice)
{
    uint32_t count = 2;
    if (slice.lower)
        visit_expression(slice.lower);
    else
        emit_none();
    if (slice.upper)
        visit_expression(slice.upper);
    else
        emit_none();
    if (slice.step) {
        ++count;
        visit_expression(slice.step);
    }
    emit(Opcode::BuildSlice, count);
}

void Compiler::visit_bool_operation(ast::BoolOp const& expression)
{
    bool is_or = expression.op == ast::BoolOperator::Or;
    Opcode jump = is_or ? Opcode::JumpIfTrueOrPop : Opcode::JumpIfFalseOrPop;
    Label end = new_label();
    uint32_t last = expression.values.size() - 1;
    for (uint32_t i = 0; i < last; ++i) {
        // A constant decides at compile time (CPython's optimizer folds LOAD_CONST with
        // the jump): it either ends the expression or is skipped. What follows a
        // deciding constant is still compiled, then dropped as unreachable.
        if (auto constant = fold(expression.values[i])) {
            if (constant_truth(*constant) == is_or) {
                visit_expression(expression.values[i]);
                emit_jump(JumpAny, end);
            }
            continue;
        }
        visit_expression(expression.values[i]);
        emit_jump(jump, end);
    }
    visit_expression(expression.values[last]);
    bind(end);
}

void Compiler::emit_compare(ast::CompareOperator op)
{
    switch (op) {
    case ast::CompareOperator::Eq:
        return emit(Opcode::CompareOp, static_cast<uint32_t>(ComparisonOperator::Equal));
    case ast::CompareOperator::NotEq:
        return emit(Opcode::CompareOp, static_cast<uint32_t>(ComparisonOperator::NotEqual));
    case ast::CompareOperator::Lt:
        return emit(Opcode::CompareOp, static_cast<uint32_t>(ComparisonOperator::Less));
    case ast::CompareOperator::LtE:
        return emit(Opcode::CompareOp, static_cast<uint32_t>(ComparisonOperator::LessEqual));
    case ast::CompareOperator::Gt:
        return emit(Opcode::CompareOp, static_cast<uint32_t>(ComparisonOperator::Greater));
    case ast::CompareOperator::GtE:
        return emit(Opcode::CompareOp, static_cast<uint32_t>(ComparisonOperator::GreaterEqual));
    case ast::CompareOperator::Is:
        return emit(Opcode::IsOp, 0);
    case ast::CompareOperator::IsNot:
        return emit(Opcode::IsOp, 1);
    case ast::CompareOperator::In:
        return emit(Opcode::ContainsOp, 0);
    case ast::CompareOperator::NotIn:
        return emit(Opcode::ContainsOp, 1);
    }
}

namespace {

    // The comparator that is the right side of `in` / `not in` as the last comparison.
    bool is_membership_operand(ast::Compare const& compare, uint32_t index)
    {
        return index + 1 == compare.comparators.size()
            && (compare.ops[index] == ast::CompareOperator::In
                || compare.ops[index] == ast::CompareOperator::NotIn);
    }

} // namespace

// `a < b < c`: each middle operand is kept (Swap/Copy) for the next comparison, and the
// chain stops at the first false result.
void Compiler::visit_compare(ast::Compare const& compare)
{
    visit_expression(compare.left);
    uint32_t last = compare.ops.size() - 1;
    auto visit_comparator = [&](uint32_t index) {
        if (is_membership_operand(compare, index))
            visit_iterable(compare.comparators[index]);
        else
            visit_expression(compare.comparators[index]);
    };
    if (last == 0) {
        visit_comparator(0);
        emit_compare(compare.ops[0]);
        return;
    }
    Label cleanup = new_label();
    for (uint32_t i = 0; i < last; ++i) {
        visit_comparator(i);
        emit(Opcode::Swap, 2);
        emit(Opcode::Copy, 2);
        emit_compare(compare.ops[i]);
        emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
    }
    visit_comparator(last);
    emit_compare(compare.ops[last]);
    Label end = new_label();
    emit_jump_no_line(JumpAny, end);
    bind(cleanup);
    emit(Opcode::Swap, 2);
    emit(Opcode::PopTop);
    bind(end);
}

void Compiler::jump_if(ast::ExprNode const* node, Label target, bool condition)
{
    if (failed())
        return;
    // A constant test is decided now (CPython's optimizer folds LOAD_CONST + jump); the
    // test's line keeps an instruction.
    if (auto constant = fold(node)) {
        bool truth = constant_truth(*constant);
        if (truth == condition)
            emit_jump(JumpAny, target);
        else
            emit(Opcode::Nop);
        return;
    }
    switch (node->kind) {
    case ast::ExprKind::UnaryOp: {
        auto& expression = static_cast<ast::UnaryOp const&>(*node);
        if (expression.op == ast::UnaryOperator::Not)
            return jump_if(expression.operand, target, !condition);
        break;
    }
    case ast::ExprKind::BoolOp: {
        auto& expression = static_cast<ast::BoolOp const&>(*node);
        bool is_or = expression.op == ast::BoolOperator::Or;
        Label next = target;
        bool separate = is_or != condition;
        if (separate)
            next = new_label();
        uint32_t last = expression.values.size() - 1;
        for (uint32_t i = 0; i < last; ++i)
            jump_if(expression.values[i], next, is_or);
        jump_if(expression.values[last], target, condition);
        if (separate)
            bind(next);
        return;
    }
    case ast::ExprKind::IfExp: {
        auto& expression = static_cast<ast::IfExp const&>(*node);
        Label end = new_label();
        Label next = new_label();
        jump_if(expression.test, next, false);
        jump_if(expression.body, target, condition);
        emit_jump_no_line(JumpAny, end);
        bind(next);
        jump_if(expression.orelse, target, condition);
        bind(end);
        return;
    }
    case ast::ExprKind::Compare: {
        // CPython sets the comparison's position here and leaves it set: the jumps, and
        // whatever the caller emits next (an assert's AssertionError), take it.
        set_location(node->location);
        auto& compare = static_cast<ast::Compare const&>(*node);
        uint32_t last = compare.ops.size() - 1;
        if (last == 0) {
            // `x is None` jumps on None directly (CPython's POP_JUMP_IF_NONE).
            auto op = compare.ops[0];
            if (op == ast::CompareOperator::Is || op == ast::CompareOperator::IsNot) {
                auto right = fold(compare.comparators[0]);
                if (right && right->kind == ConstantEntry::Kind::None) {
                    visit_expression(compare.left);
                    bool jump_on_none = (op == ast::CompareOperator::Is) == condition;
                    emit_jump(jump_on_none ? Opcode::PopJumpIfNone : Opcode::PopJumpIfNotNone, target);
                    return;
                }
            }
            break;
        }
        Label cleanup = new_label();
        visit_expression(compare.left);
        for (uint32_t i = 0; i < last; ++i) {
            visit_expression(compare.comparators[i]);
            emit(Opcode::Swap, 2);
            emit(Opcode::Copy, 2);
            emit_compare(compare.ops[i]);
            emit_jump(Opcode::PopJumpIfFalse, cleanup);
        }
        if (is_membership_operand(compare, last))
            visit_iterable(compare.comparators[last]);
        else
            visit_expression(compare.comparators[last]);
        emit_compare(compare.ops[last]);
        emit_jump(condition ? Opcode::PopJumpIfTrue : Opcode::PopJumpIfFalse, target);
        Label end = new_label();
        emit_jump_no_line(JumpAny, end);
        bind(cleanup);
        emit(Opcode::PopTop);
        if (!condition)
            emit_jump_no_line(JumpAny, target);
        bind(end);
        return;
    }
    default:
        break;
    }
    visit_expression(node);
    emit_jump(condition ? Opcode::PopJumpIfTrue : Opcode::PopJumpIfFalse, target);
}

// CPython's starunpack_helper: a tuple, list or set display (or the positional arguments
// of a CallEx) with `pushed` items already on the stack.
void Compiler::visit_starred_collection(
    ast::ExprList const& items, uint32_t pushed, Opcode build, Opcode add, Opcode extend, bool tuple)
{
    uint32_t count = items.size();
    if (count > 2) {
        ConstantEntry folded;
        folded.kind = ConstantEntry::Kind::Tuple;
        bool constant = true;
        for (ast::ExprNode* item : items) {
            auto value = fold(item);
            if (!value) {
                constant = false;
                break;
            }
            folded.items.push_back(std::move(*value));
        }
        if (constant) {
            if (tuple && !pushed) {
                emit_constant(folded);
                return;
            }
            if (add == Opcode::SetAdd)
                folded.kind = ConstantEntry::Kind::FrozenSet;
            emit(build, pushed);
            emit_constant(folded);
            emit(extend, 1);
            if (tuple)
                emit(Opcode::ListToTuple);
            return;
        }
    }
    bool big = count + pushed > stack_use_guideline;
    bool starred = has_starred(items);
    if (!starred && !big) {
        visit_expressions(items);
        emit(tuple ? Opcode::BuildTuple : build, count + pushed);
        return;
    }
    bool built = false;
    if (big) {
        emit(build, pushed);
        built = true;
    }
    for (uint32_t i = 0; i < count; ++i) {
        ast::ExprNode* item = items[i];
        if (auto* star = ast::as<ast::Starred>(item)) {
            if (!built) {
                emit(build, i + pushed);
                built = true;
            }
            visit_expression(star->value);
            emit(extend, 1);
        } else {
            visit_expression(item);
            if (built)
                emit(add, 1);
        }
    }
    if (tuple)
        emit(Opcode::ListToTuple);
}

// `a, *b, c = value`: UnpackSequence, or UnpackEx around a starred target.
void Compiler::visit_unpack_targets(ast::ExprList const& targets)
{
    uint32_t count = targets.size();
    bool seen_star = false;
    for (uint32_t i = 0; i < count; ++i) {
        if (targets[i]->kind != ast::ExprKind::Starred)
            continue;
        if (seen_star)
            return error("multiple starred expressions in assignment");
        if (i >= (1u << 8) || count - i - 1 >= (1u << 23))
            return error("too many expressions in star-unpacking assignment");
        emit(Opcode::UnpackEx, i + ((count - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star)
        emit(Opcode::UnpackSequence, count);
    for (ast::ExprNode* target : targets) {
        if (auto* star = ast::as<ast::Starred>(target))
            visit_expression(star->value);
        else
            visit_expression(target);
    }
}

void Compiler::visit_subdict(ast::Dict const& dict, uint32_t begin, uint32_t end)
{
    uint32_t count = end - begin;
    bool big = count * 2 > stack_use_guideline;
    if (count > 1 && !big) {
        ConstantEntry keys;
        keys.kind = ConstantEntry::Kind::Tuple;
        for (uint32_t i = begin; i < end; ++i) {
            auto key = fold(dict.keys[i]);
            if (!key)
                break;
            keys.items.push_back(std::move(*key));
        }
        if (keys.items.size() == count) {
            for (uint32_t i = begin; i < end; ++i)
                visit_expression(dict.values[i]);
            emit_constant(keys);
            emit(Opcode::BuildConstKeyMap, count);
            return;
        }
    }
    if (big)
        emit(Opcode::BuildMap, 0);
    for (uint32_t i = begin; i < end; ++i) {
        visit_expression(dict.keys[i]);
        visit_expression(dict.values[i]);
        if (big)
            emit(Opcode::MapAdd, 1);
    }
    if (!big)
        emit(Opcode::BuildMap, count);
}

void Compiler::visit_dict(ast::Dict const& dict)
{
    uint32_t count = dict.values.size();
    bool have_dict = false;
    uint32_t elements = 0;
    for (uint32_t i = 0; i < count; ++i) {
        bool unpacking = dict.keys[i] == nullptr;
        if (unpacking) {
            if (elements) {
                visit_subdict(dict, i - elements, i);
                if (have_dict)
                    emit(Opcode::DictUpdate, 1);
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                emit(Opcode::BuildMap, 0);
                have_dict = true;
            }
            visit_expression(dict.values[i]);
            emit(Opcode::DictUpdate, 1);
        } else if (elements * 2 > stack_use_guideline) {
            visit_subdict(dict, i - elements, i + 1);
            if (have_dict)
                emit(Opcode::DictUpdate, 1);
            have_dict = true;
            elements = 0;
        } else {
            ++elements;
        }
    }
    if (elements) {
        visit_subdict(dict, count - elements, count);
        if (have_dict)
            emit(Opcode::DictUpdate, 1);
        have_dict = true;
    }
    if (!have_dict)
        emit(Opcode::BuildMap, 0);
}

void Compiler::emit_keyword_names(ast::KeywordList const& keywords)
{
    ConstantEntry names;
    names.kind = ConstantEntry::Kind::Tuple;
    for (ast::Keyword* keyword : keywords)
        names.items.push_back(str_constant(keyword->arg));
    emit_constant(names);
}

void Compiler::visit_keyword_arguments_dict(ast::KeywordList const& keywords, uint32_t begin, uint32_t end)
{
    uint32_t count = end - begin;
    bool big = count * 2 > stack_use_guideline;
    if (count > 1 && !big) {
        ConstantEntry names;
        names.kind = ConstantEntry::Kind::Tuple;
        for (uint32_t i = begin; i < end; ++i) {
            visit_expression(keywords[i]->value);
            names.items.push_back(str_constant(keywords[i]->arg));
        }
        emit_constant(names);
        emit(Opcode::BuildConstKeyMap, count);
        return;
    }
    if (big)
        unit().stream.emit(op(Opcode::BuildMap), 0, {});
    for (uint32_t i = begin; i < end; ++i) {
        emit_str(keywords[i]->arg);
        visit_expression(keywords[i]->value);
        if (big)
            unit().stream.emit(op(Opcode::MapAdd), 1, {});
    }
    if (!big)
        emit(Opcode::BuildMap, count);
}

// The arguments of a call whose callable and self-or-null slot are pushed, with
// `already_pushed` positional arguments after them (a class's function and name).
void Compiler::visit_call_helper(
    uint32_t already_pushed, ast::ExprList const& args, ast::KeywordList const& keywords)
{
    uint32_t positional = args.size();
    uint32_t keyword_count = keywords.size();
    bool extended = positional + keyword_count * 2 > stack_use_guideline || has_starred(args)
        || std::any_of(
            keywords.begin(), keywords.end(), [](ast::Keyword* keyword) { return keyword->arg.empty(); });
    if (!extended) {
        visit_expressions(args);
        if (keyword_count) {
            for (ast::Keyword* keyword : keywords)
                visit_expression(keyword->value);
            emit_keyword_names(keywords);
            emit(Opcode::CallKw, already_pushed + positional + keyword_count);
        } else {
            emit(Opcode::Call, already_pushed + positional);
        }
        return;
    }
    // f(*args, **kwargs): a tuple of positional arguments and a dict of keywords.
    if (already_pushed == 0 && positional == 1 && args[0]->kind == ast::ExprKind::Starred)
        visit_expression(static_cast<ast::Starred const*>(args[0])->value);
    else
        visit_starred_collection(
            args, already_pushed, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true);
    if (keyword_count) {
        bool have_dict = false;
        uint32_t seen = 0;
        for (uint32_t i = 0; i < keyword_count; ++i) {
            ast::Keyword* keyword = keywords[i];
            if (!keyword->arg.empty()) {
                ++seen;
                continue;
            }
            if (seen) {
                visit_keyword_arguments_dict(keywords, i - seen, i);
                if (have_dict)
                    emit(Opcode::DictMerge, 1);
                have_dict = true;
                seen = 0;
            }
            if (!have_dict) {
                emit(Opcode::BuildMap, 0);
                have_dict = true;
            }
            visit_expression(keyword->value);
            emit(Opcode::DictMerge, 1);
        }
        if (seen) {
            visit_keyword_arguments_dict(keywords, keyword_count - seen, keyword_count);
            if (have_dict)
                emit(Opcode::DictMerge, 1);
        }
    }
    emit(Opcode::CallEx, keyword_count > 0 ? 1 : 0);
}

// `obj.method(args)` with plain arguments: LoadMethod avoids making a bound method.
bool Compiler::maybe_visit_method_call(ast::Call const& call)
{
    auto* method = ast::as<ast::Attribute>(call.func);
    if (!method || method->ctx != ast::ExprContext::Load)
        return false;
    // CPython: not for a module imported at the top level (`os.getcwd()`).
    if (auto* base = ast::as<ast::Name>(method->value);
        base && (m_table.top().flags_of(base->id) & Symbol::DefImport))
        return false;
    uint32_t positional = call.args.size();
    uint32_t keyword_count = call.keywords.size();
    if (positional + keyword_count + (keyword_count ? 1 : 0) >= stack_use_guideline)
        return false;
    if (has_starred(call.args))
        return false;
    for (ast::Keyword* keyword : call.keywords) {
        if (keyword->arg.empty())
            return false;
    }
    visit_expression(method->value);
    SourcePosition saved = location();
    set_location(method->location);
    update_start_to_attribute_name(*method);
    emit_name(Opcode::LoadMethod, method->attr);
    unit().location = saved;
    visit_expressions(call.args);
    if (keyword_count) {
        for (ast::Keyword* keyword : call.keywords)
            visit_expression(keyword->value);
        emit_keyword_names(call.keywords);
    }
    update_start_to_attribute_name(*method);
    if (keyword_count)
        emit(Opcode::CallKw, positional + keyword_count);
    else
        emit(Opcode::Call, positional);
    unit().location = saved;
    return true;
}

void Compiler::visit_call(ast::Call const& call)
{
    if (maybe_visit_method_call(call))
        return;
    SourcePosition saved = location();
    visit_expression(call.func);
    unit().location = position_of(call.func->location);
    emit(Opcode::PushNull);
    unit().location = saved;
    visit_call_helper(0, call.args, call.keywords);
}

void Compiler::visit_formatted_value(ast::FormattedValue const& value)
{
    visit_expression(value.value);
    uint32_t argument = 0;
    switch (value.conversion) {
    case 's':
        argument = static_cast<uint32_t>(FormatConversion::Str);
        break;
    case 'r':
        argument = static_cast<uint32_t>(FormatConversion::Repr);
        break;
    case 'a':
        argument = static_cast<uint32_t>(FormatConversion::Ascii);
        break;
    default:
        argument = static_cast<uint32_t>(FormatConversion::None);
        break;
    }
    if (value.format_spec) {
        visit_expression(value.format_spec);
        argument |= format_value_has_spec;
    }
    emit(Opcode::FormatValue, argument);
}

void Compiler::visit_joined_string(ast::JoinedStr const& string)
{
    uint32_t count = string.values.size();
    if (count > stack_use_guideline) {
        // Many pieces: ''.join([...]).
        emit_str("");
        emit_name(Opcode::LoadMethod, "join");
        emit(Opcode::BuildList, 0);
        for (ast::ExprNode* value : string.values) {
            visit_expression(value);
            emit(Opcode::ListAppend, 1);
        }
        emit(Opcode::Call, 1);
        return;
    }
    visit_expressions(string.values);
    if (count != 1)
        emit(Opcode::BuildString, count);
}

} // namespace taipan::codegen
