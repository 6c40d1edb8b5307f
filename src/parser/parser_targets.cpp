// Assignment and deletion targets: they build Store/Del contexts directly, over
// t_primary (a primary that must be followed by '(', '[' or '.').
#include "parser/parser_core.h"

namespace taipan::parser_detail {

// star_targets:
//     | star_target !','
//     | star_target (',' star_target)* [',']
ExprNode* Parser::star_targets()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* first = star_target();
    if (!first)
        return nullptr;
    if (!at(TokenKind::Comma))
        return m_error_indicator ? nullptr : first;
    ScratchScope scope(*this);
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = star_target();
        if (!next) {
            if (!reset(before))
                return nullptr;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return nullptr;
    expect(TokenKind::Comma);
    if (m_error_indicator)
        return nullptr;
    auto* tuple = make<Tuple>(location_from(mark));
    tuple->elts = take_list<ExprNode*>(scope.base);
    tuple->ctx = ExprContext::Store;
    return tuple;
}

// star_targets_list_seq: ','.star_target+ [',']
bool Parser::star_targets_list_seq(ExprList& result)
{
    TAIPAN_RULE(2);
    ScratchScope scope(*this);
    auto* first = star_target();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = star_target();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    expect(TokenKind::Comma);
    if (m_error_indicator)
        return false;
    result = take_list<ExprNode*>(scope.base);
    return true;
}

// star_targets_tuple_seq:
//     | star_target (',' star_target)+ [',']
//     | star_target ','
bool Parser::star_targets_tuple_seq(ExprList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ScratchScope scope(*this);
    auto* first = star_target();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = star_target();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    if (scratch_base() - scope.base > 1) {
        expect(TokenKind::Comma);
    } else if (!expect(TokenKind::Comma)) {
        reset(mark);
        return false;
    }
    if (m_error_indicator)
        return false;
    result = take_list<ExprNode*>(scope.base);
    return true;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
ExprNode* Parser::star_target()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::StarTarget, result))
        return result;
    TAIPAN_RULE(1);
    result = nullptr;
    if (expect(TokenKind::Star)) {
        if (!at(TokenKind::Star) && !m_error_indicator) {
            if (auto* inner = star_target()) {
                auto* starred = make<Starred>(location_from(mark));
                starred->value = set_context(inner, ExprContext::Store);
                starred->ctx = ExprContext::Store;
                result = starred;
            }
        }
    }
    if (!result && reset(mark))
        result = target_with_star_atom();
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::StarTarget, result);
    return result;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
//     | star_atom
ExprNode* Parser::target_with_star_atom()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::TargetWithStarAtom, result))
        return result;
    TAIPAN_RULE(1);
    result = single_subscript_attribute_target();
    if (!result && reset(mark))
        result = star_atom();
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::TargetWithStarAtom, result);
    return result;
}

// star_atom:
//     | NAME
//     | '(' target_with_star_atom ')'
//     | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
ExprNode* Parser::star_atom()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* name = name_token())
        return set_context(name, ExprContext::Store);
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftParen)) {
        if (auto* inner = target_with_star_atom()) {
            if (expect(TokenKind::RightParen))
                return set_context(inner, ExprContext::Store);
        }
        if (!reset(mark + 1))
            return nullptr;
        ExprList elements;
        star_targets_tuple_seq(elements);
        if (m_error_indicator)
            return nullptr;
        if (expect(TokenKind::RightParen)) {
            auto* tuple = make<Tuple>(location_from(mark));
            tuple->elts = elements;
            tuple->ctx = ExprContext::Store;
            return tuple;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftBracket)) {
        ExprList elements;
        star_targets_list_seq(elements);
        if (m_error_indicator)
            return nullptr;
        if (expect(TokenKind::RightBracket)) {
            auto* list = make<List>(location_from(mark));
            list->elts = elements;
            list->ctx = ExprContext::Store;
            return list;
        }
    }
    reset(mark);
    return nullptr;
}

// single_target:
//     | single_subscript_attribute_target
//     | NAME
//     | '(' single_target ')'
ExprNode* Parser::single_target()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* target = single_subscript_attribute_target())
        return target;
    if (!reset(mark))
        return nullptr;
    if (auto* name = name_token())
        return set_context(name, ExprContext::Store);
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftParen)) {
        if (auto* inner = single_target()) {
            if (expect(TokenKind::RightParen))
                return inner;
        }
    }
    reset(mark);
    return nullptr;
}

// single_subscript_attribute_target:
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
ExprNode* Parser::single_subscript_attribute_target()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* value = t_primary()) {
        if (expect(TokenKind::Dot)) {
            auto* name = peek();
            if (name && name->kind == TokenKind::Name) {
                Identifier id = name_id_at(m_mark);
                ++m_mark;
                if (!t_lookahead() && !m_error_indicator) {
                    auto* node = make<Attribute>(location_from(mark));
                    node->value = value;
                    node->attr = id;
                    node->ctx = ExprContext::Store;
                    return node;
                }
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* value = t_primary()) {
        if (expect(TokenKind::LeftBracket)) {
            if (auto* slice = slices()) {
                if (expect(TokenKind::RightBracket) && !t_lookahead() && !m_error_indicator) {
                    auto* node = make<Subscript>(location_from(mark));
                    node->value = value;
                    node->slice = slice;
                    node->ctx = ExprContext::Store;
                    return node;
                }
            }
        }
    }
    reset(mark);
    return nullptr;
}

// t_primary:
//     | t_primary '.' NAME &t_lookahead
//     | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead
//     | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
ExprNode* Parser::t_primary()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::TPrimary, result))
        return result;
    TAIPAN_RULE(2);
    result = atom();
    if (result && !t_lookahead())
        result = nullptr;
    while (result) {
        int before = m_mark;
        auto* token = peek();
        if (!token)
            return nullptr;
        if (token->kind == TokenKind::Dot) {
            ++m_mark;
            auto* name = peek();
            if (name && name->kind == TokenKind::Name) {
                Identifier id = name_id_at(m_mark);
                ++m_mark;
                if (t_lookahead()) {
                    auto* node = make<Attribute>(location_from(mark));
                    node->value = result;
                    node->attr = id;
                    node->ctx = ExprContext::Load;
                    result = node;
                    continue;
                }
            }
            if (!reset(before))
                return nullptr;
        }
        if (token->kind == TokenKind::LeftBracket) {
            ++m_mark;
            if (auto* slice = slices()) {
                if (expect(TokenKind::RightBracket) && t_lookahead()) {
                    auto* node = make<Subscript>(location_from(mark));
                    node->value = result;
                    node->slice = slice;
                    node->ctx = ExprContext::Load;
                    result = node;
                    continue;
                }
            }
            if (!reset(before))
                return nullptr;
        }
        if (token->kind == TokenKind::LeftParen
            || (m_call_invalid_rules
                && (token->kind == TokenKind::LeftBracket || token->kind == TokenKind::LeftBrace))) {
            if (auto* generator = genexp()) {
                if (t_lookahead()) {
                    auto* node = make<Call>(location_from(mark));
                    node->func = result;
                    node->args = singleton_list<ExprNode*>(generator);
                    result = node;
                    continue;
                }
            }
            if (!reset(before))
                return nullptr;
        }
        if (token->kind == TokenKind::LeftParen) {
            ++m_mark;
            Call* call_arguments = arguments();
            if (m_error_indicator)
                return nullptr;
            if (expect(TokenKind::RightParen) && t_lookahead()) {
                auto* node = make<Call>(location_from(mark));
                node->func = result;
                if (call_arguments) {
                    node->args = call_arguments->args;
                    node->keywords = call_arguments->keywords;
                }
                result = node;
                continue;
            }
            if (!reset(before))
                return nullptr;
        }
        break;
    }
    if (m_error_indicator)
        return nullptr;
    if (!result)
        m_mark = mark;
    memo_store(mark, MemoRule::TPrimary, result);
    return result;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead()
{
    auto* token = peek();
    return token
        && (token->kind == TokenKind::LeftParen || token->kind == TokenKind::LeftBracket
            || token->kind == TokenKind::Dot);
}

// del_targets: ','.del_target+ [',']
bool Parser::del_targets(ExprList& result)
{
    TAIPAN_RULE(2);
    ScratchScope scope(*this);
    auto* first = del_target();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = del_target();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    expect(TokenKind::Comma);
    if (m_error_indicator)
        return false;
    result = take_list<ExprNode*>(scope.base);
    return true;
}

// del_target (memo):
//     | t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead
//     | del_t_atom
ExprNode* Parser::del_target()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::DelTarget, result))
        return result;
    TAIPAN_RULE(1);
    result = single_subscript_attribute_target();
    if (result)
        result = set_context(result, ExprContext::Del);
    else if (reset(mark))
        result = del_t_atom();
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::DelTarget, result);
    return result;
}

// del_t_atom:
//     | NAME
//     | '(' del_target ')'
//     | '(' [del_targets] ')'
//     | '[' [del_targets] ']'
ExprNode* Parser::del_t_atom()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* name = name_token())
        return set_context(name, ExprContext::Del);
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftParen)) {
        if (auto* inner = del_target()) {
            if (expect(TokenKind::RightParen))
                return set_context(inner, ExprContext::Del);
        }
        if (!reset(mark + 1))
            return nullptr;
        ExprList elements;
        del_targets(elements);
        if (m_error_indicator)
            return nullptr;
        if (expect(TokenKind::RightParen)) {
            auto* tuple = make<Tuple>(location_from(mark));
            tuple->elts = elements;
            tuple->ctx = ExprContext::Del;
            return tuple;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftBracket)) {
        ExprList elements;
        del_targets(elements);
        if (m_error_indicator)
            return nullptr;
        if (expect(TokenKind::RightBracket)) {
            auto* list = make<List>(location_from(mark));
            list->elts = elements;
            list->ctx = ExprContext::Del;
            return list;
        }
    }
    reset(mark);
    return nullptr;
}

} // namespace taipan::parser_detail
