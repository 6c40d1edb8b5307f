// The compound statements: blocks, decorators, class and function definitions, and
// if/while/for/with/try (the match statement is in parser_match.cpp).
#include "parser/parser_core.h"

namespace taipan::parser_detail {

// ---------------------------------------------------------------------------------------
// Blocks, decorators, definitions

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
bool Parser::block(StmtList& result)
{
    int mark = m_mark;
    StmtList* cached;
    if (memo_lookup(MemoRule::Block, cached)) {
        if (!cached)
            return false;
        result = *cached;
        return true;
    }
    TAIPAN_RULE(1);
    bool ok = false;
    if (expect(TokenKind::Newline) && expect(TokenKind::Indent)) {
        StmtList body;
        if (statements(body) && expect(TokenKind::Dedent)) {
            result = body;
            ok = true;
        }
    }
    if (!ok) {
        if (!reset(mark))
            return false;
        ScratchScope scope(*this);
        if (simple_stmts()) {
            result = take_list<StmtNode*>(scope.base);
            ok = true;
        }
    }
    if (!ok) {
        if (!reset(mark))
            return false;
        if (m_call_invalid_rules) {
            invalid_block();
            if (!reset(mark))
                return false;
        }
    }
    if (m_error_indicator)
        return false;
    StmtList* stored = nullptr;
    if (ok) {
        stored = m_arena.make<StmtList>();
        *stored = result;
    }
    memo_store(mark, MemoRule::Block, stored);
    return ok;
}

// decorators: ('@' named_expression NEWLINE)+
bool Parser::decorators(ExprList& result)
{
    TAIPAN_RULE(2);
    ScratchScope scope(*this);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::At))
            break;
        auto* decorator = named_expression();
        if (!decorator || !expect(TokenKind::Newline)) {
            m_mark = before;
            break;
        }
        push(decorator);
    }
    if (m_error_indicator || scratch_base() == scope.base)
        return false;
    result = take_list<ExprNode*>(scope.base);
    return true;
}

// class_def: decorators class_def_raw | class_def_raw
StmtNode* Parser::class_def()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ExprList decorator_list;
    if (decorators(decorator_list)) {
        if (auto* definition = class_def_raw()) {
            // CPython: a copy with the decorators; the location stays the 'class' line's.
            auto* copy = m_arena.make<ClassDef>(*static_cast<ClassDef*>(definition));
            copy->decorator_list = decorator_list;
            return copy;
        }
    }
    if (!reset(mark))
        return nullptr;
    return class_def_raw();
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' NAME ['(' [arguments] ')'] ':' block
StmtNode* Parser::class_def_raw()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_class_def_raw();
        if (!reset(mark))
            return nullptr;
    }
    if (!expect(TokenKind::KeywordClass))
        return nullptr;
    auto* name = name_token();
    if (!name) {
        reset(mark);
        return nullptr;
    }
    Call* bases = nullptr;
    int before = m_mark;
    if (expect(TokenKind::LeftParen)) {
        bases = arguments();
        if (m_error_indicator)
            return nullptr;
        if (!expect(TokenKind::RightParen)) {
            bases = nullptr;
            if (!reset(before))
                return nullptr;
        } else if (!bases) {
            bases = make<Call>(Location {});
        }
    }
    if (m_error_indicator)
        return nullptr;
    StmtList body;
    if (!expect(TokenKind::Colon) || !block(body)) {
        reset(mark);
        return nullptr;
    }
    auto* definition = make<ClassDef>(location_from(mark));
    definition->name = name->id;
    if (bases) {
        definition->bases = bases->args;
        definition->keywords = bases->keywords;
    }
    definition->body = body;
    return definition;
}

// function_def: decorators function_def_raw | function_def_raw
StmtNode* Parser::function_def()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ExprList decorator_list;
    if (decorators(decorator_list)) {
        if (auto* definition = function_def_raw()) {
            if (definition->kind == StmtKind::FunctionDef) {
                auto* copy = m_arena.make<FunctionDef>(*static_cast<FunctionDef*>(definition));
                copy->decorator_list = decorator_list;
                return copy;
            }
            auto* copy = m_arena.make<AsyncFunctionDef>(*static_cast<AsyncFunctionDef*>(definition));
            copy->decorator_list = decorator_list;
            return copy;
        }
    }
    if (!reset(mark))
        return nullptr;
    return function_def_raw();
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
StmtNode* Parser::function_def_raw()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_def_raw();
        if (!reset(mark))
            return nullptr;
    }
    for (int is_async = 0; is_async < 2; ++is_async) {
        if (!reset(mark))
            return nullptr;
        if (is_async && !expect(TokenKind::KeywordAsync))
            return nullptr;
        if (!expect(TokenKind::KeywordDef))
            continue;
        auto* name = name_token();
        if (!name)
            continue;
        if (!expect_forced(TokenKind::LeftParen, "("))
            return nullptr;
        auto* parameters = params(false);
        if (m_error_indicator)
            return nullptr;
        if (!expect(TokenKind::RightParen))
            continue;
        ExprNode* returns = nullptr;
        int before = m_mark;
        if (expect(TokenKind::RightArrow)) {
            returns = expression();
            if (!returns && !reset(before))
                return nullptr;
        }
        if (!expect_forced(TokenKind::Colon, ":"))
            return nullptr;
        // func_type_comment: NEWLINE TYPE_COMMENT ... looks one token past the NEWLINE.
        int comment_mark = m_mark;
        if (expect(TokenKind::Newline))
            peek();
        if (!reset(comment_mark))
            return nullptr;
        StmtList body;
        if (!block(body))
            continue;
        if (!parameters)
            parameters = empty_arguments();
        if (is_async) {
            auto* definition = make<AsyncFunctionDef>(location_from(mark));
            definition->name = name->id;
            definition->args = parameters;
            definition->body = body;
            definition->returns = returns;
            return definition;
        }
        auto* definition = make<FunctionDef>(location_from(mark));
        definition->name = name->id;
        definition->args = parameters;
        definition->body = body;
        definition->returns = returns;
        return definition;
    }
    reset(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------
// if, while, for, with

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
// elif_stmt: the same with 'elif' (and invalid_elif_stmt).
StmtNode* Parser::if_stmt(bool is_elif)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    TokenKind keyword = is_elif ? TokenKind::KeywordElif : TokenKind::KeywordIf;
    if (m_call_invalid_rules) {
        invalid_if_stmt(is_elif);
        if (!reset(mark))
            return nullptr;
    }
    for (int alternative = 0; alternative < 2; ++alternative) {
        if (!reset(mark))
            return nullptr;
        if (!expect(keyword))
            return nullptr;
        auto* test = named_expression();
        if (!test || !expect(TokenKind::Colon))
            continue;
        StmtList body;
        if (!block(body))
            continue;
        StmtList orelse;
        if (alternative == 0) {
            auto* elif = if_stmt(true);
            if (!elif)
                continue;
            orelse = singleton_list<StmtNode*>(elif);
        } else {
            int before = m_mark;
            if (!else_block(orelse) && !reset(before))
                return nullptr;
        }
        auto* statement = make<If>(location_from(mark));
        statement->test = test;
        statement->body = body;
        statement->orelse = orelse;
        return statement;
    }
    reset(mark);
    return nullptr;
}

// else_block: invalid_else_stmt | 'else' &&':' block
bool Parser::else_block(StmtList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_else_stmt();
        if (!reset(mark))
            return false;
    }
    if (!expect(TokenKind::KeywordElse))
        return false;
    if (!expect_forced(TokenKind::Colon, ":"))
        return false;
    if (block(result))
        return true;
    reset(mark);
    return false;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
StmtNode* Parser::while_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_while_stmt();
        if (!reset(mark))
            return nullptr;
    }
    if (!expect(TokenKind::KeywordWhile))
        return nullptr;
    auto* test = named_expression();
    StmtList body;
    if (!test || !expect(TokenKind::Colon) || !block(body)) {
        reset(mark);
        return nullptr;
    }
    StmtList orelse;
    int before = m_mark;
    if (!else_block(orelse) && !reset(before))
        return nullptr;
    auto* statement = make<While>(location_from(mark));
    statement->test = test;
    statement->body = body;
    statement->orelse = orelse;
    return statement;
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
StmtNode* Parser::for_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_for_stmt();
        if (!reset(mark))
            return nullptr;
    }
    for (int is_async = 0; is_async < 2; ++is_async) {
        if (!reset(mark))
            return nullptr;
        if (is_async && !expect(TokenKind::KeywordAsync))
            break;
        if (!expect(TokenKind::KeywordFor))
            continue;
        auto* target = star_targets();
        if (!target || !expect(TokenKind::KeywordIn))
            continue;
        // The cut: from here a failure fails the whole rule.
        auto* iter = star_expressions();
        StmtList body;
        if (!iter || !expect(TokenKind::Colon)) {
            reset(mark);
            return nullptr;
        }
        peek(); // [TYPE_COMMENT]
        if (!block(body)) {
            reset(mark);
            return nullptr;
        }
        StmtList orelse;
        int before = m_mark;
        if (!else_block(orelse) && !reset(before))
            return nullptr;
        if (is_async) {
            auto* statement = make<AsyncFor>(location_from(mark));
            statement->target = target;
            statement->iter = iter;
            statement->body = body;
            statement->orelse = orelse;
            return statement;
        }
        auto* statement = make<For>(location_from(mark));
        statement->target = target;
        statement->iter = iter;
        statement->body = body;
        statement->orelse = orelse;
        return statement;
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_for_target();
        reset(mark);
    }
    return nullptr;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
StmtNode* Parser::with_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_with_stmt_indent();
        if (!reset(mark))
            return nullptr;
    }
    auto with_items = [&](WithItemList& items) {
        ScratchScope scope(*this);
        auto* first = with_item();
        if (!first)
            return false;
        push(first);
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::Comma))
                break;
            auto* next = with_item();
            if (!next) {
                m_mark = before;
                break;
            }
            push(next);
        }
        if (m_error_indicator)
            return false;
        items = take_list<WithItem*>(scope.base);
        return true;
    };
    for (int alternative = 0; alternative < 4; ++alternative) {
        if (!reset(mark))
            return nullptr;
        bool is_async = alternative >= 2;
        bool parenthesized = alternative % 2 == 0;
        if (is_async && !expect(TokenKind::KeywordAsync))
            break;
        if (!expect(TokenKind::KeywordWith))
            continue;
        WithItemList items;
        if (parenthesized) {
            if (!expect(TokenKind::LeftParen) || !with_items(items))
                continue;
            expect(TokenKind::Comma);
            if (!expect(TokenKind::RightParen))
                continue;
            if (!expect(TokenKind::Colon))
                continue;
        } else {
            if (!with_items(items) || !expect(TokenKind::Colon))
                continue;
            peek(); // [TYPE_COMMENT]
        }
        StmtList body;
        if (!block(body))
            continue;
        if (is_async) {
            auto* statement = make<AsyncWith>(location_from(mark));
            statement->items = items;
            statement->body = body;
            return statement;
        }
        auto* statement = make<With>(location_from(mark));
        statement->items = items;
        statement->body = body;
        return statement;
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_with_stmt();
        reset(mark);
    }
    return nullptr;
}

// with_item:
//     | expression 'as' star_target &(',' | ')' | ':')
//     | invalid_with_item
//     | expression
WithItem* Parser::with_item()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* context = expression()) {
        if (expect(TokenKind::KeywordAs)) {
            if (auto* target = star_target()) {
                auto* token = peek();
                if (token
                    && (token->kind == TokenKind::Comma || token->kind == TokenKind::RightParen
                        || token->kind == TokenKind::Colon)) {
                    auto* item = make_product<WithItem>();
                    item->context_expr = context;
                    item->optional_vars = target;
                    return item;
                }
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_with_item();
        if (!reset(mark))
            return nullptr;
    }
    if (auto* context = expression()) {
        auto* item = make_product<WithItem>();
        item->context_expr = context;
        return item;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------
// try

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
StmtNode* Parser::try_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_try_stmt();
        if (!reset(mark))
            return nullptr;
    }
    for (int alternative = 0; alternative < 3; ++alternative) {
        if (!reset(mark))
            return nullptr;
        if (!expect(TokenKind::KeywordTry))
            return nullptr;
        if (!expect_forced(TokenKind::Colon, ":"))
            return nullptr;
        StmtList body;
        if (!block(body))
            continue;
        if (alternative == 0) {
            StmtList finalbody;
            if (!finally_block(finalbody))
                continue;
            auto* statement = make<Try>(location_from(mark));
            statement->body = body;
            statement->finalbody = finalbody;
            return statement;
        }
        ExceptHandlerList handlers;
        {
            ScratchScope scope(*this);
            for (;;) {
                int before = m_mark;
                auto* handler = alternative == 1 ? except_block() : except_star_block();
                if (!handler) {
                    if (!reset(before))
                        return nullptr;
                    break;
                }
                push(handler);
            }
            if (scratch_base() == scope.base)
                continue;
            handlers = take_list<ExceptHandler*>(scope.base);
        }
        StmtList orelse;
        int before = m_mark;
        if (!else_block(orelse) && !reset(before))
            return nullptr;
        StmtList finalbody;
        before = m_mark;
        if (!finally_block(finalbody) && !reset(before))
            return nullptr;
        if (alternative == 1) {
            auto* statement = make<Try>(location_from(mark));
            statement->body = body;
            statement->handlers = handlers;
            statement->orelse = orelse;
            statement->finalbody = finalbody;
            return statement;
        }
        auto* statement = make<TryStar>(location_from(mark));
        statement->body = body;
        statement->handlers = handlers;
        statement->orelse = orelse;
        statement->finalbody = finalbody;
        return statement;
    }
    reset(mark);
    return nullptr;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ['as' NAME] ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
ExceptHandler* Parser::except_block()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_except_stmt_indent();
        if (!reset(mark))
            return nullptr;
    }
    if (expect(TokenKind::KeywordExcept)) {
        if (auto* type = expression()) {
            Identifier name;
            int before = m_mark;
            if (expect(TokenKind::KeywordAs)) {
                if (auto* as_name = name_token())
                    name = as_name->id;
                else if (!reset(before))
                    return nullptr;
            }
            StmtList body;
            if (!m_error_indicator && expect(TokenKind::Colon) && block(body)) {
                auto* handler = make_product<ExceptHandler>(location_from(mark));
                handler->type = type;
                handler->name = name;
                handler->body = body;
                return handler;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::KeywordExcept)) {
        StmtList body;
        if (expect(TokenKind::Colon) && block(body)) {
            auto* handler = make_product<ExceptHandler>(location_from(mark));
            handler->body = body;
            return handler;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_except_stmt();
        reset(mark);
    }
    return nullptr;
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' expression ['as' NAME] ':' block
//     | invalid_except_stmt
ExceptHandler* Parser::except_star_block()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_except_star_stmt_indent();
        if (!reset(mark))
            return nullptr;
    }
    if (expect(TokenKind::KeywordExcept) && expect(TokenKind::Star)) {
        if (auto* type = expression()) {
            Identifier name;
            int before = m_mark;
            if (expect(TokenKind::KeywordAs)) {
                if (auto* as_name = name_token())
                    name = as_name->id;
                else if (!reset(before))
                    return nullptr;
            }
            StmtList body;
            if (!m_error_indicator && expect(TokenKind::Colon) && block(body)) {
                auto* handler = make_product<ExceptHandler>(location_from(mark));
                handler->type = type;
                handler->name = name;
                handler->body = body;
                return handler;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_except_stmt();
        reset(mark);
    }
    return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
bool Parser::finally_block(StmtList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_finally_stmt();
        if (!reset(mark))
            return false;
    }
    if (!expect(TokenKind::KeywordFinally))
        return false;
    if (!expect_forced(TokenKind::Colon, ":"))
        return false;
    if (block(result))
        return true;
    reset(mark);
    return false;
}

} // namespace taipan::parser_detail
