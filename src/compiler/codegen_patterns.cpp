// Structural pattern matching (PEP 634) as CPython 3.11 compiles it: the subject stays on
// the stack while each case's pattern runs; captured values pile up on the stack and are
// stored only once the whole pattern (and guard) matched; a failed test jumps to the
// fail_pop block that pops what the pattern had pushed so far.
#include "compiler/codegen_internal.h"

#include <algorithm>

namespace taipan::codegen {

namespace {

    // `_`: matches anything and binds nothing.
    bool is_wildcard(ast::PatternNode const* pattern)
    {
        auto* as = ast::as<ast::MatchAs>(const_cast<ast::PatternNode*>(pattern));
        return as && !as->pattern && as->name.empty();
    }

    bool is_star_wildcard(ast::PatternNode const* pattern)
    {
        auto* star = ast::as<ast::MatchStar>(const_cast<ast::PatternNode*>(pattern));
        return star && star->name.empty();
    }

} // namespace

void Compiler::visit_match(ast::Match const& statement)
{
    visit_expression(statement.subject);
    Label end = new_label();
    uint32_t cases = statement.cases.size();
    bool has_default = is_wildcard(statement.cases[cases - 1]->pattern) && cases > 1;
    for (uint32_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
        ast::MatchCase const& match_case = *statement.cases[i];
        set_location(match_case.pattern->location);
        bool last = i == cases - (has_default ? 1 : 0) - 1;
        // Only copy the subject when another case may need it.
        if (!last)
            emit(Opcode::Copy, 1);
        PatternContext context;
        // An irrefutable case must be guarded, last, or both.
        context.allow_irrefutable = match_case.guard != nullptr || i == cases - 1;
        visit_pattern(match_case.pattern, context);
        if (failed())
            return;
        // A match: store the captured names, which are on the stack.
        for (std::string_view name : context.stores)
            name_op(name, ast::ExprContext::Store);
        if (match_case.guard) {
            ensure_fail_pop(context, 0);
            jump_if(match_case.guard, context.fail_pop[0], false);
        }
        if (!last)
            emit(Opcode::PopTop);
        visit_statements(match_case.body);
        emit_jump(JumpAny, end);
        // The clean-up of a failed match belongs to the pattern's line.
        set_location(match_case.pattern->location);
        emit_and_reset_fail_pop(context);
    }
    if (has_default) {
        ast::MatchCase const& match_case = *statement.cases[cases - 1];
        set_location(match_case.pattern->location);
        if (cases == 1)
            emit(Opcode::PopTop);
        else
            emit(Opcode::Nop); // line coverage for the default case
        if (match_case.guard)
            jump_if(match_case.guard, end, false);
        visit_statements(match_case.body);
    }
    bind(end);
}

void Compiler::ensure_fail_pop(PatternContext& context, int count)
{
    while (static_cast<int>(context.fail_pop.size()) < count + 1)
        context.fail_pop.push_back(new_label());
}

void Compiler::jump_to_fail_pop(PatternContext& context, Opcode opcode)
{
    // Pop what is on top of the subject, and the values captured so far.
    int pops = context.on_top + static_cast<int>(context.stores.size());
    ensure_fail_pop(context, pops);
    emit_jump(opcode == Opcode::Jump ? static_cast<uint16_t>(JumpAny) : op(opcode), context.fail_pop[pops]);
}

void Compiler::emit_and_reset_fail_pop(PatternContext& context)
{
    if (context.fail_pop.empty())
        return;
    for (size_t i = context.fail_pop.size() - 1; i > 0; --i) {
        bind(context.fail_pop[i]);
        emit(Opcode::PopTop);
    }
    bind(context.fail_pop[0]);
    context.fail_pop.clear();
}

// CPython 3.10's ROT_N, made of swaps: moves the top item `count - 1` places down.
void Compiler::pattern_rotate(int count)
{
    while (count > 1)
        emit(Opcode::Swap, count--);
}

void Compiler::pattern_store_name(std::string_view name, PatternContext& context)
{
    if (name.empty()) {
        emit(Opcode::PopTop);
        return;
    }
    for (std::string_view stored : context.stores) {
        if (stored == name)
            return error("multiple assignments to name '" + std::string(name) + "' in pattern");
    }
    // Keep the value under the items still needed above it.
    pattern_rotate(context.on_top + static_cast<int>(context.stores.size()) + 1);
    context.stores.push_back(name);
}

void Compiler::pattern_unpack(ast::PatternList const& patterns)
{
    uint32_t count = patterns.size();
    bool seen_star = false;
    for (uint32_t i = 0; i < count; ++i) {
        if (patterns[i]->kind != ast::PatternKind::MatchStar)
            continue;
        if (seen_star)
            return error("multiple starred expressions in sequence pattern");
        if (i >= (1u << 8) || count - i - 1 >= (1u << 23))
            return error("too many expressions in star-unpacking sequence pattern");
        emit(Opcode::UnpackEx, i + ((count - i - 1) << 8));
        seen_star = true;
    }
    if (!seen_star)
        emit(Opcode::UnpackSequence, count);
}

void Compiler::pattern_sequence_unpack(ast::PatternList const& patterns, PatternContext& context)
{
    pattern_unpack(patterns);
    // The unpacked items stay on the stack while each sub-pattern matches.
    context.on_top += static_cast<int>(patterns.size());
    for (ast::PatternNode* pattern : patterns) {
        context.on_top--;
        visit_subpattern(pattern, context);
    }
}

// `[first, *_, last]`: index the subject instead of unpacking it.
void Compiler::pattern_sequence_subscript(ast::PatternList const& patterns, int star, PatternContext& context)
{
    context.on_top++;
    int size = static_cast<int>(patterns.size());
    for (int i = 0; i < size; ++i) {
        ast::PatternNode* pattern = patterns[i];
        if (is_wildcard(pattern) || i == star)
            continue;
        emit(Opcode::Copy, 1);
        if (i < star) {
            emit_int(i);
        } else {
            // The subject may not support negative indexes.
            emit(Opcode::GetLen);
            emit_int(size - i);
            emit(Opcode::BinaryOp, static_cast<uint32_t>(BinaryOperator::Subtract));
        }
        emit(Opcode::BinarySubscr);
        visit_subpattern(pattern, context);
    }
    context.on_top--;
    emit(Opcode::PopTop);
}

void Compiler::visit_subpattern(ast::PatternNode const* pattern, PatternContext& context)
{
    bool allow_irrefutable = context.allow_irrefutable;
    context.allow_irrefutable = true;
    visit_pattern(pattern, context);
    context.allow_irrefutable = allow_irrefutable;
}

void Compiler::visit_pattern_as(ast::MatchAs const& pattern, PatternContext& context)
{
    if (!pattern.pattern) {
        if (!context.allow_irrefutable) {
            if (!pattern.name.empty())
                return error(
                    "name capture '" + std::string(pattern.name) + "' makes remaining patterns unreachable");
            return error("wildcard makes remaining patterns unreachable");
        }
        return pattern_store_name(pattern.name, context);
    }
    // A copy of the subject for the capture, if the sub-pattern matches.
    context.on_top++;
    emit(Opcode::Copy, 1);
    visit_pattern(pattern.pattern, context);
    context.on_top--;
    pattern_store_name(pattern.name, context);
}

void Compiler::visit_pattern_class(ast::MatchClass const& pattern, PatternContext& context)
{
    uint32_t positional = pattern.patterns.size();
    uint32_t keywords = pattern.kwd_attrs.size();
    if (keywords)
        set_location(pattern.location);
    visit_expression(pattern.cls);
    ConstantEntry names;
    names.kind = ConstantEntry::Kind::Tuple;
    for (std::string_view attribute : pattern.kwd_attrs)
        names.items.push_back(str_constant(attribute));
    emit_constant(names);
    emit(Opcode::MatchClass, positional);
    emit(Opcode::Copy, 1);
    emit_none();
    emit(Opcode::IsOp, 1);
    // The tuple of attributes (or None) is on top.
    context.on_top++;
    jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    emit(Opcode::UnpackSequence, positional + keywords);
    context.on_top += static_cast<int>(positional + keywords) - 1;
    for (uint32_t i = 0; i < positional + keywords; ++i) {
        context.on_top--;
        ast::PatternNode* sub = i < positional ? pattern.patterns[i] : pattern.kwd_patterns[i - positional];
        if (is_wildcard(sub)) {
            emit(Opcode::PopTop);
            continue;
        }
        visit_subpattern(sub, context);
    }
}

void Compiler::visit_pattern_mapping(ast::MatchMapping const& pattern, PatternContext& context)
{
    uint32_t size = pattern.keys.size();
    // The subject stays on top during the mapping and length checks.
    context.on_top++;
    emit(Opcode::MatchMapping);
    jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    if (!size && pattern.rest.empty()) {
        // `{}`: done.
        context.on_top--;
        emit(Opcode::PopTop);
        return;
    }
    if (size) {
        emit(Opcode::GetLen);
        emit_int(size);
        emit_compare(ast::CompareOperator::GtE);
        jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    }
    for (ast::ExprNode* key : pattern.keys) {
        if (!key)
            return error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
        visit_expression(key);
    }
    emit(Opcode::BuildTuple, size);
    emit(Opcode::MatchKeys);
    // The keys and the values tuple (or None) are on top of the subject.
    context.on_top += 2;
    emit(Opcode::Copy, 1);
    emit_none();
    emit(Opcode::IsOp, 1);
    jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    emit(Opcode::UnpackSequence, size);
    context.on_top += static_cast<int>(size) - 1;
    for (ast::PatternNode* sub : pattern.patterns) {
        context.on_top--;
        visit_subpattern(sub, context);
    }
    // A match: what follows consumes the keys and the subject.
    context.on_top -= 2;
    if (!pattern.rest.empty()) {
        // rest = dict(subject), then del rest[key] for every key.
        emit(Opcode::BuildMap, 0); // [subject, keys, empty]
        emit(Opcode::Swap, 3); // [empty, keys, subject]
        emit(Opcode::DictUpdate, 2); // [copy, keys]
        emit(Opcode::UnpackSequence, size); // [copy, keys...]
        for (uint32_t remaining = size; remaining; --remaining) {
            emit(Opcode::Copy, 1 + remaining); // [copy, keys..., copy]
            emit(Opcode::Swap, 2); // [copy, keys..., copy, key]
            emit(Opcode::DeleteSubscr); // [copy, keys...]
        }
        pattern_store_name(pattern.rest, context);
    } else {
        emit(Opcode::PopTop); // the keys
        emit(Opcode::PopTop); // the subject
    }
}

void Compiler::visit_pattern_or(ast::MatchOr const& pattern, PatternContext& context)
{
    Label end = new_label();
    uint32_t size = pattern.patterns.size();
    PatternContext saved = context;
    // The names bound by the first alternative: the others must bind the same ones, and
    // are reordered on the stack to match.
    std::vector<std::string_view> control;
    for (uint32_t i = 0; i < size; ++i) {
        ast::PatternNode* alternative = pattern.patterns[i];
        set_location(alternative->location);
        context.stores.clear();
        context.allow_irrefutable = i == size - 1 && saved.allow_irrefutable;
        context.fail_pop.clear();
        context.on_top = 0;
        emit(Opcode::Copy, 1);
        visit_pattern(alternative, context);
        if (failed())
            return;
        size_t stores = context.stores.size();
        if (i == 0) {
            control = context.stores;
        } else if (stores != control.size()) {
            return error("alternative patterns bind different names");
        } else if (stores) {
            for (size_t icontrol = stores; icontrol-- > 0;) {
                std::string_view name = control[icontrol];
                auto found = std::find(context.stores.begin(), context.stores.end(), name);
                if (found == context.stores.end())
                    return error("alternative patterns bind different names");
                size_t istores = static_cast<size_t>(found - context.stores.begin());
                if (icontrol != istores) {
                    // Rotate the names (and the values on the stack) into control's order.
                    size_t rotations = istores + 1;
                    std::vector<std::string_view> rotated(
                        context.stores.begin(), context.stores.begin() + rotations);
                    context.stores.erase(context.stores.begin(), context.stores.begin() + rotations);
                    context.stores.insert(
                        context.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
                    while (rotations--)
                        pattern_rotate(static_cast<int>(icontrol) + 1);
                }
            }
        }
        emit_jump(JumpAny, end);
        emit_and_reset_fail_pop(context);
    }
    context = saved;
    // No alternative matched: pop the copy of the subject and fail.
    emit(Opcode::PopTop);
    jump_to_fail_pop(context, Opcode::Jump);
    bind(end);
    // Move each capture under the other stores, the subject copy, whatever else is on
    // top and the captures stashed before.
    int rotations
        = static_cast<int>(control.size()) + 1 + context.on_top + static_cast<int>(context.stores.size());
    for (std::string_view name : control) {
        pattern_rotate(rotations);
        if (std::find(context.stores.begin(), context.stores.end(), name) != context.stores.end())
            return error("multiple assignments to name '" + std::string(name) + "' in pattern");
        context.stores.push_back(name);
    }
    emit(Opcode::PopTop); // the copy of the subject
}

void Compiler::visit_pattern_sequence(ast::MatchSequence const& pattern, PatternContext& context)
{
    auto const& patterns = pattern.patterns;
    int size = static_cast<int>(patterns.size());
    int star = -1;
    bool only_wildcard = true;
    bool star_wildcard = false;
    for (int i = 0; i < size; ++i) {
        ast::PatternNode* sub = patterns[i];
        if (sub->kind == ast::PatternKind::MatchStar) {
            if (star >= 0)
                return error("multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(sub);
            only_wildcard = only_wildcard && star_wildcard;
            star = i;
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(sub);
    }
    // The subject stays on top during the sequence and length checks.
    context.on_top++;
    emit(Opcode::MatchSequence);
    jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    if (star < 0) {
        emit(Opcode::GetLen);
        emit_int(size);
        emit_compare(ast::CompareOperator::Eq);
        jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    } else if (size > 1) {
        // CPython 3.11 checks the minimum length whenever the star is not alone.
        emit(Opcode::GetLen);
        emit_int(size - 1);
        emit_compare(ast::CompareOperator::GtE);
        jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    }
    context.on_top--;
    if (only_wildcard)
        emit(Opcode::PopTop); // [] / [_] / [_, *_] ...
    else if (star_wildcard)
        pattern_sequence_subscript(patterns, star, context);
    else
        pattern_sequence_unpack(patterns, context);
}

void Compiler::visit_pattern(ast::PatternNode const* pattern, PatternContext& context)
{
    if (failed())
        return;
    set_location(pattern->location);
    switch (pattern->kind) {
    case ast::PatternKind::MatchValue:
        visit_expression(static_cast<ast::MatchValue const*>(pattern)->value);
        emit_compare(ast::CompareOperator::Eq);
        return jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    case ast::PatternKind::MatchSingleton: {
        ast::ConstantValue const& value = static_cast<ast::MatchSingleton const*>(pattern)->value;
        ConstantEntry constant;
        if (value.kind == ast::ConstantValue::Kind::True)
            constant.kind = ConstantEntry::Kind::True;
        else if (value.kind == ast::ConstantValue::Kind::False)
            constant.kind = ConstantEntry::Kind::False;
        emit_constant(constant);
        emit_compare(ast::CompareOperator::Is);
        return jump_to_fail_pop(context, Opcode::PopJumpIfFalse);
    }
    case ast::PatternKind::MatchSequence:
        return visit_pattern_sequence(static_cast<ast::MatchSequence const&>(*pattern), context);
    case ast::PatternKind::MatchMapping:
        return visit_pattern_mapping(static_cast<ast::MatchMapping const&>(*pattern), context);
    case ast::PatternKind::MatchClass:
        return visit_pattern_class(static_cast<ast::MatchClass const&>(*pattern), context);
    case ast::PatternKind::MatchStar:
        return pattern_store_name(static_cast<ast::MatchStar const*>(pattern)->name, context);
    case ast::PatternKind::MatchAs:
        return visit_pattern_as(static_cast<ast::MatchAs const&>(*pattern), context);
    case ast::PatternKind::MatchOr:
        return visit_pattern_or(static_cast<ast::MatchOr const&>(*pattern), context);
    }
}

} // namespace taipan::codegen
