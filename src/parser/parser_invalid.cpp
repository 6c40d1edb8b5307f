// The invalid_* rules of the grammar, tried only in the second pass (after a failed first
// one) to find CPython's specific SyntaxError messages. Each one either raises an error
// or fails; the caller restores the mark.
#include "parser/parser_core.h"

#include <string>

namespace taipan::parser_detail {

void* Parser::expect_indented_block(int lineno, char const* what)
{
    if (!expect(TokenKind::Newline))
        return nullptr;
    if (at(TokenKind::Indent) || m_error_indicator)
        return nullptr;
    return raise_at_last_token(SyntaxErrorKind::IndentationError,
        std::string("expected an indented block after ") + what + " on line " + std::to_string(lineno));
}

// invalid_legacy_expression: NAME !'(' star_expressions
void* Parser::invalid_legacy_expression()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* name = name_token();
    if (!name)
        return nullptr;
    if (at(TokenKind::LeftParen) || m_error_indicator) {
        reset(mark);
        return nullptr;
    }
    auto* arguments = star_expressions();
    if (!arguments) {
        reset(mark);
        return nullptr;
    }
    if (!is_legacy_name(name))
        return nullptr;
    std::string id(name->id);
    return raise_range(name->location, arguments->location,
        "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//     | disjunction 'if' disjunction !('else'|':')
void* Parser::invalid_expression()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    bool excluded = false;
    if (auto* token = peek()) {
        if (token->kind == TokenKind::Name) {
            auto* next = peek_ahead(1);
            if (next && next->kind == TokenKind::String)
                excluded = true;
            if (token->text == "match" || token->text == "case" || token->text == "_")
                excluded = true;
        }
    }
    if (m_error_indicator)
        return nullptr;
    if (!excluded) {
        if (auto* first = disjunction()) {
            if (auto* second = expression_without_invalid()) {
                // CPython: no message for `print x`, nor outside brackets... and the
                // rule has matched, so the next alternative is not tried.
                if (is_legacy_name(first) || m_tokens[m_mark - 1].level == 0)
                    return nullptr;
                return raise_range(
                    first->location, second->location, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        if (!reset(mark))
            return nullptr;
    }
    if (auto* body = disjunction()) {
        if (expect(TokenKind::KeywordIf)) {
            if (auto* test = disjunction()) {
                auto* token = peek();
                if (token && token->kind != TokenKind::KeywordElse && token->kind != TokenKind::Colon)
                    return raise_range(
                        body->location, test->location, "expected 'else' after 'if' expression");
            }
        }
    }
    reset(mark);
    return nullptr;
}

void* Parser::invalid_named_expression()
{
    int mark = m_mark;
    void* result;
    if (memo_lookup(MemoRule::InvalidNamedExpression, result))
        return result;
    result = invalid_named_expression_uncached();
    if (!m_error_indicator)
        memo_store(mark, MemoRule::InvalidNamedExpression, result);
    return result;
}

// invalid_named_expression (memo):
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void* Parser::invalid_named_expression_uncached()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* target = expression()) {
        if (expect(TokenKind::ColonEqual) && expression())
            return raise_at(
                target->location, std::string("cannot use assignment expressions with ") + expr_name(target));
    }
    if (!reset(mark))
        return nullptr;
    auto not_followed_by_assignment = [&]() {
        auto* token = peek();
        return token && token->kind != TokenKind::Equal && token->kind != TokenKind::ColonEqual;
    };
    if (auto* name = name_token()) {
        if (expect(TokenKind::Equal)) {
            if (auto* value = bitwise_or()) {
                if (not_followed_by_assignment())
                    return raise_range(name->location, value->location,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    bool excluded = false;
    if (list())
        excluded = true;
    else if (reset(mark) && tuple())
        excluded = true;
    else if (reset(mark) && genexp())
        excluded = true;
    else if (reset(mark)) {
        auto* token = peek();
        if (token
            && (token->kind == TokenKind::KeywordTrue || token->kind == TokenKind::KeywordNone
                || token->kind == TokenKind::KeywordFalse))
            excluded = true;
    }
    if (!reset(mark) || excluded)
        return nullptr;
    if (auto* target = bitwise_or()) {
        if (expect(TokenKind::Equal) && bitwise_or() && not_followed_by_assignment())
            return raise_at(target->location,
                std::string("cannot assign to ") + expr_name(target)
                    + " here. Maybe you meant '==' instead of '='?");
    }
    reset(mark);
    return nullptr;
}

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression
//     | star_named_expression ',' star_named_expressions* ':' expression
//     | expression ':' expression
//     | (star_targets '=')* star_expressions '='
//     | (star_targets '=')* yield_expr '='
//     | star_expressions augassign (yield_expr | star_expressions)
void* Parser::invalid_assignment()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* target = invalid_ann_assign_target()) {
        if (expect(TokenKind::Colon) && expression())
            return raise_at(target->location,
                std::string("only single target (not ") + expr_name(target) + ") can be annotated");
    }
    if (!reset(mark))
        return nullptr;
    if (auto* first = star_named_expression()) {
        if (expect(TokenKind::Comma)) {
            for (;;) {
                int before = m_mark;
                ExprList ignored;
                if (!star_named_expressions(ignored)) {
                    if (!reset(before))
                        return nullptr;
                    break;
                }
            }
            if (expect(TokenKind::Colon) && expression())
                return raise_at(first->location, "only single target (not tuple) can be annotated");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* target = expression()) {
        if (expect(TokenKind::Colon) && expression())
            return raise_at(target->location, "illegal target for annotation");
    }
    if (!reset(mark))
        return nullptr;
    auto skip_targets = [&]() {
        for (;;) {
            int before = m_mark;
            if (!star_targets() || !expect(TokenKind::Equal)) {
                reset(before);
                return;
            }
        }
    };
    skip_targets();
    if (auto* target = star_expressions()) {
        if (expect(TokenKind::Equal))
            return raise_invalid_target(TargetsType::StarTargets, target);
    }
    if (!reset(mark))
        return nullptr;
    skip_targets();
    if (auto* target = yield_expr()) {
        if (expect(TokenKind::Equal))
            return raise_at(target->location, "assignment to yield expression not possible");
    }
    if (!reset(mark))
        return nullptr;
    if (auto* target = star_expressions()) {
        Operator op;
        if (augassign(op)) {
            int before = m_mark;
            ExprNode* value = yield_expr();
            if (!value && reset(before))
                value = star_expressions();
            if (value)
                return raise_at(target->location,
                    std::string("'") + expr_name(target)
                        + "' is an illegal expression for augmented assignment");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
ExprNode* Parser::invalid_ann_assign_target()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* result = list())
        return result;
    if (!reset(mark))
        return nullptr;
    if (auto* result = tuple())
        return result;
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftParen)) {
        if (auto* inner = invalid_ann_assign_target()) {
            if (expect(TokenKind::RightParen))
                return inner;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
void* Parser::invalid_del_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::KeywordDel)) {
        if (auto* target = star_expressions())
            return raise_invalid_target(TargetsType::DelTargets, target);
    }
    reset(mark);
    return nullptr;
}

// invalid_block: NEWLINE !INDENT
void* Parser::invalid_block()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::Newline)) {
        if (!at(TokenKind::Indent) && !m_error_indicator)
            return raise_at_last_token(SyntaxErrorKind::IndentationError, "expected an indented block");
    }
    reset(mark);
    return nullptr;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses
void* Parser::invalid_comprehension()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* token = peek();
    if (!token)
        return nullptr;
    TokenKind open = token->kind;
    if (open != TokenKind::LeftBracket && open != TokenKind::LeftParen && open != TokenKind::LeftBrace)
        return nullptr;
    ++m_mark;
    if (auto* starred = starred_expression()) {
        ComprehensionList generators;
        if (for_if_clauses(generators))
            return raise_at(starred->location, "iterable unpacking cannot be used in comprehension");
    }
    if (!reset(mark) || open == TokenKind::LeftParen)
        return nullptr;
    ++m_mark;
    if (auto* first = star_named_expression()) {
        if (expect(TokenKind::Comma)) {
            ExprList rest;
            ComprehensionList generators;
            if (star_named_expressions(rest) && for_if_clauses(generators))
                return raise_range(first->location, rest[rest.count - 1]->location,
                    "did you forget parentheses around the comprehension target?");
        }
    }
    if (!reset(mark + 1))
        return nullptr;
    if (auto* first = star_named_expression()) {
        if (auto* comma = expect(TokenKind::Comma)) {
            ComprehensionList generators;
            if (for_if_clauses(generators))
                return raise_range(first->location, token_location(comma),
                    "did you forget parentheses around the comprehension target?");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void* Parser::invalid_dict_comprehension()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftBrace)) {
        if (auto* star = expect(TokenKind::DoubleStar)) {
            ComprehensionList generators;
            if (bitwise_or() && for_if_clauses(generators) && expect(TokenKind::RightBrace))
                return raise_at(token_location(star), "dict unpacking cannot be used in dict comprehension");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void* Parser::invalid_with_item()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expression() && expect(TokenKind::KeywordAs)) {
        if (auto* target = expression()) {
            auto* token = peek();
            if (token
                && (token->kind == TokenKind::Comma || token->kind == TokenKind::RightParen
                    || token->kind == TokenKind::Colon))
                return raise_invalid_target(TargetsType::StarTargets, target);
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_for_target: ASYNC? 'for' star_expressions
void* Parser::invalid_for_target()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    expect(TokenKind::KeywordAsync);
    if (expect(TokenKind::KeywordFor)) {
        if (auto* target = star_expressions())
            return raise_invalid_target(TargetsType::ForTargets, target);
    }
    reset(mark);
    return nullptr;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void* Parser::invalid_group()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftParen)) {
        if (auto* starred = starred_expression()) {
            if (expect(TokenKind::RightParen))
                return raise_at(starred->location, "cannot use starred expression here");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftParen)) {
        if (auto* star = expect(TokenKind::DoubleStar)) {
            if (expression() && expect(TokenKind::RightParen))
                return raise_at(token_location(star), "cannot use double starred expression here");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
void* Parser::invalid_import_from_targets()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    AliasList names;
    if (import_from_as_names(names) && expect(TokenKind::Comma) && expect(TokenKind::Newline))
        return raise_at_last_token(
            SyntaxErrorKind::SyntaxError, "trailing comma not allowed without surrounding parentheses");
    reset(mark);
    return nullptr;
}

// The items of the invalid_with_stmt* rules:
//     ','.(expression ['as' star_target])+
//     '(' ','.(expressions ['as' star_target])+ ','? ')'
bool Parser::with_items_for_error(bool parenthesized)
{
    TAIPAN_RULE(2);
    int mark = m_mark;
    if (parenthesized && !expect(TokenKind::LeftParen))
        return false;
    auto item = [&]() {
        auto* context = parenthesized ? expressions() : expression();
        if (!context)
            return false;
        int before = m_mark;
        if (!expect(TokenKind::KeywordAs) || !star_target())
            return reset(before);
        return true;
    };
    if (!item()) {
        reset(mark);
        return false;
    }
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma) || !item()) {
            if (!reset(before))
                return false;
            break;
        }
    }
    if (parenthesized) {
        expect(TokenKind::Comma);
        if (!expect(TokenKind::RightParen)) {
            reset(mark);
            return false;
        }
    }
    return !m_error_indicator;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
void* Parser::invalid_with_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    for (int parenthesized = 0; parenthesized < 2; ++parenthesized) {
        if (!reset(mark))
            return nullptr;
        expect(TokenKind::KeywordAsync);
        if (!expect(TokenKind::KeywordWith))
            continue;
        if (with_items_for_error(parenthesized) && expect(TokenKind::Newline))
            return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
    }
    reset(mark);
    return nullptr;
}

// invalid_with_stmt_indent:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
void* Parser::invalid_with_stmt_indent()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    for (int parenthesized = 0; parenthesized < 2; ++parenthesized) {
        if (!reset(mark))
            return nullptr;
        expect(TokenKind::KeywordAsync);
        auto* keyword = expect(TokenKind::KeywordWith);
        if (!keyword)
            continue;
        if (with_items_for_error(parenthesized) && expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "'with' statement");
            if (m_error_indicator)
                return nullptr;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void* Parser::invalid_try_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* keyword = expect(TokenKind::KeywordTry)) {
        if (expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "'try' statement");
            if (m_error_indicator)
                return nullptr;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::KeywordTry) && expect(TokenKind::Colon)) {
        StmtList body;
        if (block(body)) {
            auto* token = peek();
            if (token && token->kind != TokenKind::KeywordExcept && token->kind != TokenKind::KeywordFinally)
                return raise_at_last_token(
                    SyntaxErrorKind::SyntaxError, "expected 'except' or 'finally' block");
        }
    }
    auto skip_blocks = [&]() {
        for (;;) {
            int before = m_mark;
            StmtList ignored;
            if (!block(ignored)) {
                reset(before);
                return;
            }
        }
    };
    auto optional_as_name = [&]() {
        int before = m_mark;
        if (!expect(TokenKind::KeywordAs) || !expect(TokenKind::Name))
            reset(before);
    };
    for (int star = 0; star < 2; ++star) {
        if (!reset(mark))
            return nullptr;
        if (!expect(TokenKind::KeywordTry) || !expect(TokenKind::Colon))
            continue;
        skip_blocks();
        int handlers = 0;
        for (;;) {
            int before = m_mark;
            if (!(star ? except_star_block() : except_block())) {
                if (!reset(before))
                    return nullptr;
                break;
            }
            ++handlers;
        }
        if (handlers == 0)
            continue;
        auto* except = expect(TokenKind::KeywordExcept);
        if (!except)
            continue;
        if (!star) {
            auto* star_token = expect(TokenKind::Star);
            if (!star_token || !expression())
                continue;
            optional_as_name();
            if (expect(TokenKind::Colon))
                return raise_range(token_location(except), token_location(star_token),
                    "cannot have both 'except' and 'except*' on the same 'try'");
        } else {
            int before = m_mark;
            if (expression())
                optional_as_name();
            else if (!reset(before))
                return nullptr;
            if (expect(TokenKind::Colon))
                return raise_at(
                    token_location(except), "cannot have both 'except' and 'except*' on the same 'try'");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_except_stmt:
//     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//     | 'except' '*'? expression ['as' NAME ] NEWLINE
//     | 'except' NEWLINE
//     | 'except' '*' (NEWLINE | ':')
void* Parser::invalid_except_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto optional_as_name = [&]() {
        int before = m_mark;
        if (!expect(TokenKind::KeywordAs) || !expect(TokenKind::Name))
            reset(before);
    };
    if (expect(TokenKind::KeywordExcept)) {
        expect(TokenKind::Star);
        if (auto* first = expression()) {
            if (expect(TokenKind::Comma) && expressions()) {
                optional_as_name();
                if (expect(TokenKind::Colon))
                    return raise_starting_from(
                        first->location, "multiple exception types must be parenthesized");
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::KeywordExcept)) {
        expect(TokenKind::Star);
        if (expression()) {
            optional_as_name();
            if (expect(TokenKind::Newline))
                return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::KeywordExcept) && expect(TokenKind::Newline))
        return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::KeywordExcept) && expect(TokenKind::Star)) {
        if (expect(TokenKind::Newline) || expect(TokenKind::Colon))
            return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected one or more exception types");
    }
    reset(mark);
    return nullptr;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
void* Parser::invalid_finally_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* keyword = expect(TokenKind::KeywordFinally)) {
        if (expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "'finally' statement");
            if (m_error_indicator)
                return nullptr;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
void* Parser::invalid_except_stmt_indent()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* keyword = expect(TokenKind::KeywordExcept)) {
        if (expression()) {
            int before = m_mark;
            if (!expect(TokenKind::KeywordAs) || !expect(TokenKind::Name))
                reset(before);
            if (expect(TokenKind::Colon)) {
                expect_indented_block(keyword->lineno, "'except' statement");
                if (m_error_indicator)
                    return nullptr;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* keyword = expect(TokenKind::KeywordExcept)) {
        if (expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "'except' statement");
            if (m_error_indicator)
                return nullptr;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
void* Parser::invalid_except_star_stmt_indent()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* keyword = expect(TokenKind::KeywordExcept)) {
        if (expect(TokenKind::Star) && expression()) {
            int before = m_mark;
            if (!expect(TokenKind::KeywordAs) || !expect(TokenKind::Name))
                reset(before);
            if (expect(TokenKind::Colon)) {
                expect_indented_block(keyword->lineno, "'except*' statement");
                if (m_error_indicator)
                    return nullptr;
            }
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_if_stmt:
//     | 'if' named_expression NEWLINE
//     | 'if' named_expression ':' NEWLINE !INDENT
// invalid_elif_stmt: the same with 'elif'.
void* Parser::invalid_if_stmt(bool is_elif)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    TokenKind keyword_kind = is_elif ? TokenKind::KeywordElif : TokenKind::KeywordIf;
    if (expect(keyword_kind) && named_expression() && expect(TokenKind::Newline))
        return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
    if (!reset(mark))
        return nullptr;
    if (auto* keyword = expect(keyword_kind)) {
        if (auto* test = named_expression()) {
            if (expect(TokenKind::Colon)) {
                // CPython's invalid_if_stmt names the condition's line (it rebinds `a`).
                expect_indented_block(is_elif ? keyword->lineno : test->location.lineno,
                    is_elif ? "'elif' statement" : "'if' statement");
                if (m_error_indicator)
                    return nullptr;
            }
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
void* Parser::invalid_else_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* keyword = expect(TokenKind::KeywordElse)) {
        if (expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "'else' statement");
            if (m_error_indicator)
                return nullptr;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_while_stmt:
//     | 'while' named_expression NEWLINE
//     | 'while' named_expression ':' NEWLINE !INDENT
void* Parser::invalid_while_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::KeywordWhile) && named_expression() && expect(TokenKind::Newline))
        return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
    if (!reset(mark))
        return nullptr;
    if (auto* keyword = expect(TokenKind::KeywordWhile)) {
        if (named_expression() && expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "'while' statement");
            if (m_error_indicator)
                return nullptr;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void* Parser::invalid_for_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    expect(TokenKind::KeywordAsync);
    if (expect(TokenKind::KeywordFor) && star_targets() && expect(TokenKind::KeywordIn) && star_expressions()
        && expect(TokenKind::Newline))
        return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
    if (!reset(mark))
        return nullptr;
    expect(TokenKind::KeywordAsync);
    if (auto* keyword = expect(TokenKind::KeywordFor)) {
        if (star_targets() && expect(TokenKind::KeywordIn) && star_expressions()
            && expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "'for' statement");
            if (m_error_indicator)
                return nullptr;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void* Parser::invalid_def_raw()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    expect(TokenKind::KeywordAsync);
    if (auto* keyword = expect(TokenKind::KeywordDef)) {
        if (name_token() && expect(TokenKind::LeftParen)) {
            int before = m_mark;
            if (!params(false) && !reset(before))
                return nullptr;
            if (expect(TokenKind::RightParen)) {
                before = m_mark;
                if (!(expect(TokenKind::RightArrow) && expression()) && !reset(before))
                    return nullptr;
                if (expect(TokenKind::Colon)) {
                    expect_indented_block(keyword->lineno, "function definition");
                    if (m_error_indicator)
                        return nullptr;
                }
            }
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE
//     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void* Parser::invalid_class_def_raw()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    for (int alternative = 0; alternative < 2; ++alternative) {
        if (!reset(mark))
            return nullptr;
        auto* keyword = expect(TokenKind::KeywordClass);
        if (!keyword || !name_token())
            continue;
        int before = m_mark;
        if (expect(TokenKind::LeftParen)) {
            arguments();
            if (m_error_indicator)
                return nullptr;
            if (!expect(TokenKind::RightParen) && !reset(before))
                return nullptr;
        }
        if (alternative == 0) {
            if (expect(TokenKind::Newline))
                return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
        } else if (expect(TokenKind::Colon)) {
            expect_indented_block(keyword->lineno, "class definition");
            if (m_error_indicator)
                return nullptr;
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void* Parser::invalid_double_starred_kvpairs()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (double_starred_kvpair()) {
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::Comma) || !double_starred_kvpair()) {
                if (!reset(before))
                    return nullptr;
                break;
            }
        }
        if (expect(TokenKind::Comma)) {
            invalid_kvpair();
            if (m_error_indicator)
                return nullptr;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expression() && expect(TokenKind::Colon)) {
        if (auto* star = expect(TokenKind::Star)) {
            if (bitwise_or())
                return raise_starting_from(
                    token_location(star), "cannot use a starred expression in a dictionary value");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expression()) {
        if (auto* colon = expect(TokenKind::Colon)) {
            auto* token = peek();
            if (token && (token->kind == TokenKind::RightBrace || token->kind == TokenKind::Comma))
                return raise_at(token_location(colon), "expression expected after dictionary key and ':'");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_kvpair:
//     | expression !(':')
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void* Parser::invalid_kvpair()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* key = expression()) {
        if (!at(TokenKind::Colon) && !m_error_indicator)
            return raise_error_at(SyntaxErrorKind::SyntaxError, key->location.lineno,
                key->location.end_col_offset - 1, key->location.end_lineno, -1,
                "':' expected after dictionary key");
    }
    if (!reset(mark))
        return nullptr;
    if (expression() && expect(TokenKind::Colon)) {
        if (auto* star = expect(TokenKind::Star)) {
            if (bitwise_or())
                return raise_starting_from(
                    token_location(star), "cannot use a starred expression in a dictionary value");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expression()) {
        if (auto* colon = expect(TokenKind::Colon)) {
            auto* token = peek();
            if (token && (token->kind == TokenKind::RightBrace || token->kind == TokenKind::Comma))
                return raise_at(token_location(colon), "expression expected after dictionary key and ':'");
        }
    }
    reset(mark);
    return nullptr;
}

} // namespace taipan::parser_detail
