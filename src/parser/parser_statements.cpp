// The start rules and the simple statements of the grammar (assignments, imports, del,
// return, raise, ...); compound statements are in parser_compound.cpp.
#include "parser/parser_core.h"

namespace taipan::parser_detail {

// ---------------------------------------------------------------------------------------
// Start rules

// file: [statements] ENDMARKER
ModNode* Parser::file_rule()
{
    TAIPAN_RULE(1);
    StmtList body;
    statements(body);
    if (m_error_indicator)
        return nullptr;
    if (!expect(TokenKind::EndMarker))
        return nullptr;
    auto* module = m_arena.make<Module>();
    module->kind = ModKind::Module;
    module->body = body;
    return module;
}

// interactive: statement_newline
ModNode* Parser::interactive_rule()
{
    TAIPAN_RULE(1);
    StmtList body;
    if (!statement_newline(body))
        return nullptr;
    auto* module = m_arena.make<Interactive>();
    module->kind = ModKind::Interactive;
    module->body = body;
    return module;
}

// eval: expressions NEWLINE* ENDMARKER
ModNode* Parser::eval_rule()
{
    TAIPAN_RULE(1);
    auto* body = expressions();
    if (!body)
        return nullptr;
    while (expect(TokenKind::Newline)) { }
    if (!expect(TokenKind::EndMarker))
        return nullptr;
    auto* module = m_arena.make<Expression>();
    module->kind = ModKind::Expression;
    module->body = body;
    return module;
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
ModNode* Parser::func_type_rule()
{
    TAIPAN_RULE(1);
    if (!expect(TokenKind::LeftParen))
        return nullptr;
    ExprList argtypes;
    type_expressions(argtypes);
    if (m_error_indicator)
        return nullptr;
    if (!expect(TokenKind::RightParen) || !expect(TokenKind::RightArrow))
        return nullptr;
    auto* returns = expression();
    if (!returns)
        return nullptr;
    while (expect(TokenKind::Newline)) { }
    if (!expect(TokenKind::EndMarker))
        return nullptr;
    auto* module = m_arena.make<FunctionType>();
    module->kind = ModKind::FunctionType;
    module->argtypes = argtypes;
    module->returns = returns;
    return module;
}

// fstring: star_expressions
ExprNode* Parser::fstring_rule()
{
    TAIPAN_RULE(1);
    return star_expressions();
}

// ---------------------------------------------------------------------------------------
// General statements

// statements: statement+
bool Parser::statements(StmtList& result)
{
    TAIPAN_RULE(2);
    ScratchScope scope(*this);
    for (;;) {
        int mark = m_mark;
        if (!statement()) {
            if (!reset(mark))
                return false;
            break;
        }
    }
    if (scratch_base() == scope.base)
        return false;
    result = take_list<StmtNode*>(scope.base);
    return true;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* statement = compound_stmt()) {
        push(statement);
        return true;
    }
    if (!reset(mark))
        return false;
    if (simple_stmts())
        return true;
    reset(mark);
    return false;
}

// statement_newline:
//     | compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
bool Parser::statement_newline(StmtList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* statement = compound_stmt()) {
        if (expect(TokenKind::Newline)) {
            result = singleton_list<StmtNode*>(statement);
            return true;
        }
    }
    if (!reset(mark))
        return false;
    {
        ScratchScope scope(*this);
        if (simple_stmts()) {
            result = take_list<StmtNode*>(scope.base);
            return true;
        }
    }
    if (!reset(mark))
        return false;
    if (expect(TokenKind::Newline)) {
        result = singleton_list<StmtNode*>(make<Pass>(location_from(mark)));
        return true;
    }
    if (!reset(mark))
        return false;
    if (expect(TokenKind::EndMarker)) {
        // CPython: the end of interactive input is not a statement.
        reset(mark);
        return false;
    }
    return false;
}

// simple_stmts:
//     | simple_stmt !';' NEWLINE
//     | ';'.simple_stmt+ [';'] NEWLINE
// Pushes the statements onto the scratch stack.
bool Parser::simple_stmts()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* statement = simple_stmt()) {
        if (!at(TokenKind::Semicolon) && !m_error_indicator && expect(TokenKind::Newline)) {
            push(statement);
            return true;
        }
    }
    if (!reset(mark))
        return false;
    size_t base = scratch_base();
    auto* first = simple_stmt();
    if (first) {
        push(first);
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::Semicolon))
                break;
            auto* next = simple_stmt();
            if (!next) {
                m_mark = before;
                break;
            }
            push(next);
        }
        if (!m_error_indicator) {
            expect(TokenKind::Semicolon);
            if (expect(TokenKind::Newline))
                return true;
        }
    }
    m_scratch.resize(base);
    reset(mark);
    return false;
}

StmtNode* Parser::simple_stmt()
{
    StmtNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::SimpleStmt, result))
        return result;
    result = simple_stmt_uncached();
    if (!m_error_indicator)
        memo_store(mark, MemoRule::SimpleStmt, result);
    return result;
}

// simple_stmt (memo):
//     | assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt
//     | &'assert' assert_stmt | 'break' | 'continue' | &'global' global_stmt
//     | &'nonlocal' nonlocal_stmt
StmtNode* Parser::simple_stmt_uncached()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* statement = assignment())
        return statement;
    if (!reset(mark))
        return nullptr;
    if (auto* value = star_expressions()) {
        auto* statement = make<Expr>(location_from(mark));
        statement->value = value;
        return statement;
    }
    if (!reset(mark))
        return nullptr;
    auto* token = peek();
    if (!token)
        return nullptr;
    StmtNode* statement = nullptr;
    switch (token->kind) {
    case TokenKind::KeywordReturn:
        statement = return_stmt();
        break;
    case TokenKind::KeywordImport:
    case TokenKind::KeywordFrom:
        statement = import_stmt();
        break;
    case TokenKind::KeywordRaise:
        statement = raise_stmt();
        break;
    case TokenKind::KeywordPass:
        ++m_mark;
        return make<Pass>(location_from(mark));
    case TokenKind::KeywordDel:
        statement = del_stmt();
        break;
    case TokenKind::KeywordYield:
        statement = yield_stmt();
        break;
    case TokenKind::KeywordAssert:
        statement = assert_stmt();
        break;
    case TokenKind::KeywordBreak:
        ++m_mark;
        return make<Break>(location_from(mark));
    case TokenKind::KeywordContinue:
        ++m_mark;
        return make<Continue>(location_from(mark));
    case TokenKind::KeywordGlobal:
        statement = global_stmt(false);
        break;
    case TokenKind::KeywordNonlocal:
        statement = global_stmt(true);
        break;
    default:
        return nullptr;
    }
    if (!statement)
        reset(mark);
    return statement;
}

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//     | &'while' while_stmt | match_stmt
StmtNode* Parser::compound_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* token = peek();
    if (!token)
        return nullptr;
    TokenKind kind = token->kind;
    if (kind == TokenKind::KeywordDef || kind == TokenKind::At || kind == TokenKind::KeywordAsync) {
        if (auto* statement = function_def())
            return statement;
        if (!reset(mark))
            return nullptr;
    }
    if (kind == TokenKind::KeywordIf) {
        if (auto* statement = if_stmt(false))
            return statement;
        if (!reset(mark))
            return nullptr;
    }
    if (kind == TokenKind::KeywordClass || kind == TokenKind::At) {
        if (auto* statement = class_def())
            return statement;
        if (!reset(mark))
            return nullptr;
    }
    if (kind == TokenKind::KeywordWith || kind == TokenKind::KeywordAsync) {
        if (auto* statement = with_stmt())
            return statement;
        if (!reset(mark))
            return nullptr;
    }
    if (kind == TokenKind::KeywordFor || kind == TokenKind::KeywordAsync) {
        if (auto* statement = for_stmt())
            return statement;
        if (!reset(mark))
            return nullptr;
    }
    if (kind == TokenKind::KeywordTry) {
        if (auto* statement = try_stmt())
            return statement;
        if (!reset(mark))
            return nullptr;
    }
    if (kind == TokenKind::KeywordWhile) {
        if (auto* statement = while_stmt())
            return statement;
        if (!reset(mark))
            return nullptr;
    }
    if (auto* statement = match_stmt())
        return statement;
    reset(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------
// Simple statements

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//     | single_target augassign ~ (yield_expr | star_expressions)
//     | invalid_assignment
StmtNode* Parser::assignment()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto annotated_value = [&](ExprNode*& value) {
        value = nullptr;
        int before = m_mark;
        if (expect(TokenKind::Equal)) {
            value = annotated_rhs();
            if (!value)
                m_mark = before;
        }
        return !m_error_indicator;
    };
    if (auto* target = name_token()) {
        if (expect(TokenKind::Colon)) {
            if (auto* annotation = expression()) {
                ExprNode* value;
                if (annotated_value(value)) {
                    auto* statement = make<AnnAssign>(location_from(mark));
                    statement->target = set_context(target, ExprContext::Store);
                    statement->annotation = annotation;
                    statement->value = value;
                    statement->simple = 1;
                    return statement;
                }
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    {
        ExprNode* target = nullptr;
        if (expect(TokenKind::LeftParen)) {
            target = single_target();
            if (target && !expect(TokenKind::RightParen))
                target = nullptr;
        }
        if (!target) {
            if (!reset(mark))
                return nullptr;
            target = single_subscript_attribute_target();
        }
        if (target && expect(TokenKind::Colon)) {
            if (auto* annotation = expression()) {
                ExprNode* value;
                if (annotated_value(value)) {
                    auto* statement = make<AnnAssign>(location_from(mark));
                    statement->target = target;
                    statement->annotation = annotation;
                    statement->value = value;
                    statement->simple = 0;
                    return statement;
                }
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    {
        ScratchScope scope(*this);
        for (;;) {
            int before = m_mark;
            auto* target = star_targets();
            if (!target || !expect(TokenKind::Equal)) {
                if (!reset(before))
                    return nullptr;
                break;
            }
            push(target);
        }
        if (scratch_base() > scope.base) {
            // CPython parses the group (yield_expr | star_expressions) in a rule of its own.
            DepthScope group_depth(*this, 1);
            int value_mark = m_mark;
            ExprNode* value = yield_expr();
            if (!value) {
                if (!reset(value_mark))
                    return nullptr;
                value = star_expressions();
            }
            if (value && !at(TokenKind::Equal) && !m_error_indicator) {
                auto* statement = make<Assign>(location_from(mark));
                statement->targets = take_list<ExprNode*>(scope.base);
                statement->value = value;
                return statement;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* target = single_target()) {
        Operator op;
        if (augassign(op)) {
            // After the cut, a failure fails the whole rule.
            DepthScope group_depth(*this, 1);
            int value_mark = m_mark;
            ExprNode* value = yield_expr();
            if (!value) {
                if (!reset(value_mark))
                    return nullptr;
                value = star_expressions();
            }
            if (!value) {
                reset(mark);
                return nullptr;
            }
            auto* statement = make<AugAssign>(location_from(mark));
            statement->target = target;
            statement->op = op;
            statement->value = value;
            return statement;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_assignment();
        if (!reset(mark))
            return nullptr;
    }
    return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
ExprNode* Parser::annotated_rhs()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* value = yield_expr())
        return value;
    if (!reset(mark))
        return nullptr;
    return star_expressions();
}

bool Parser::augassign(Operator& op)
{
    TAIPAN_RULE(1);
    auto* token = peek();
    if (!token)
        return false;
    switch (token->kind) {
    case TokenKind::PlusEqual:
        op = Operator::Add;
        break;
    case TokenKind::MinusEqual:
        op = Operator::Sub;
        break;
    case TokenKind::StarEqual:
        op = Operator::Mult;
        break;
    case TokenKind::AtEqual:
        op = Operator::MatMult;
        break;
    case TokenKind::SlashEqual:
        op = Operator::Div;
        break;
    case TokenKind::PercentEqual:
        op = Operator::Mod;
        break;
    case TokenKind::AmpersandEqual:
        op = Operator::BitAnd;
        break;
    case TokenKind::VerticalBarEqual:
        op = Operator::BitOr;
        break;
    case TokenKind::CircumflexEqual:
        op = Operator::BitXor;
        break;
    case TokenKind::LeftShiftEqual:
        op = Operator::LShift;
        break;
    case TokenKind::RightShiftEqual:
        op = Operator::RShift;
        break;
    case TokenKind::DoubleStarEqual:
        op = Operator::Pow;
        break;
    case TokenKind::DoubleSlashEqual:
        op = Operator::FloorDiv;
        break;
    default:
        return false;
    }
    ++m_mark;
    return true;
}

// return_stmt: 'return' [star_expressions]
StmtNode* Parser::return_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::KeywordReturn))
        return nullptr;
    auto* value = star_expressions();
    if (m_error_indicator)
        return nullptr;
    auto* statement = make<Return>(location_from(mark));
    statement->value = value;
    return statement;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
StmtNode* Parser::raise_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::KeywordRaise)) {
        if (auto* exception = expression()) {
            ExprNode* cause = nullptr;
            int before = m_mark;
            if (expect(TokenKind::KeywordFrom)) {
                cause = expression();
                if (!cause && !reset(before))
                    return nullptr;
            }
            if (m_error_indicator)
                return nullptr;
            auto* statement = make<Raise>(location_from(mark));
            statement->exc = exception;
            statement->cause = cause;
            return statement;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::KeywordRaise))
        return make<Raise>(location_from(mark));
    return nullptr;
}

// global_stmt: 'global' ','.NAME+
// nonlocal_stmt: 'nonlocal' ','.NAME+
StmtNode* Parser::global_stmt(bool is_nonlocal)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(is_nonlocal ? TokenKind::KeywordNonlocal : TokenKind::KeywordGlobal))
        return nullptr;
    std::vector<Identifier> names;
    for (;;) {
        auto* token = peek();
        if (!token || token->kind != TokenKind::Name)
            break;
        names.push_back(name_id_at(m_mark));
        ++m_mark;
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = peek();
        if (!next || next->kind != TokenKind::Name) {
            m_mark = before;
            break;
        }
    }
    if (m_error_indicator || names.empty()) {
        reset(mark);
        return nullptr;
    }
    IdentifierList list;
    list.count = static_cast<uint32_t>(names.size());
    list.items = m_arena.allocate_array<Identifier>(names.size());
    for (size_t i = 0; i < names.size(); ++i)
        list.items[i] = names[i];
    if (is_nonlocal) {
        auto* statement = make<Nonlocal>(location_from(mark));
        statement->names = list;
        return statement;
    }
    auto* statement = make<Global>(location_from(mark));
    statement->names = list;
    return statement;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
StmtNode* Parser::del_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::KeywordDel)) {
        ExprList targets;
        if (del_targets(targets)) {
            auto* token = peek();
            if (token && (token->kind == TokenKind::Semicolon || token->kind == TokenKind::Newline)) {
                auto* statement = make<Delete>(location_from(mark));
                statement->targets = targets;
                return statement;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_del_stmt();
        reset(mark);
    }
    return nullptr;
}

// yield_stmt: yield_expr
StmtNode* Parser::yield_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* value = yield_expr();
    if (!value)
        return nullptr;
    auto* statement = make<Expr>(location_from(mark));
    statement->value = value;
    return statement;
}

// assert_stmt: 'assert' expression [',' expression]
StmtNode* Parser::assert_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::KeywordAssert))
        return nullptr;
    auto* test = expression();
    if (!test) {
        reset(mark);
        return nullptr;
    }
    ExprNode* message = nullptr;
    int before = m_mark;
    if (expect(TokenKind::Comma)) {
        message = expression();
        if (!message && !reset(before))
            return nullptr;
    }
    if (m_error_indicator)
        return nullptr;
    auto* statement = make<Assert>(location_from(mark));
    statement->test = test;
    statement->msg = message;
    return statement;
}

// ---------------------------------------------------------------------------------------
// Imports

// import_stmt: import_name | import_from
StmtNode* Parser::import_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* statement = import_name())
        return statement;
    if (!reset(mark))
        return nullptr;
    return import_from();
}

// import_name: 'import' dotted_as_names
StmtNode* Parser::import_name()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::KeywordImport))
        return nullptr;
    AliasList names;
    if (!dotted_as_names(names)) {
        reset(mark);
        return nullptr;
    }
    auto* statement = make<Import>(location_from(mark));
    statement->names = names;
    return statement;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
StmtNode* Parser::import_from()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::KeywordFrom))
        return nullptr;
    int level = 0;
    for (;;) {
        if (expect(TokenKind::Dot))
            level += 1;
        else if (expect(TokenKind::Ellipsis))
            level += 3;
        else
            break;
    }
    if (m_error_indicator)
        return nullptr;
    int after_dots = m_mark;
    if (auto* module = dotted_name()) {
        if (expect(TokenKind::KeywordImport)) {
            AliasList names;
            if (import_from_targets(names)) {
                auto* statement = make<ImportFrom>(location_from(mark));
                statement->module = module->id;
                statement->names = names;
                statement->level = level;
                return statement;
            }
        }
    }
    if (!reset(after_dots))
        return nullptr;
    if (level > 0 && expect(TokenKind::KeywordImport)) {
        AliasList names;
        if (import_from_targets(names)) {
            auto* statement = make<ImportFrom>(location_from(mark));
            statement->names = names;
            statement->level = level;
            return statement;
        }
    }
    reset(mark);
    return nullptr;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')'
//     | import_from_as_names !','
//     | '*'
//     | invalid_import_from_targets
bool Parser::import_from_targets(AliasList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftParen)) {
        if (import_from_as_names(result)) {
            expect(TokenKind::Comma);
            if (expect(TokenKind::RightParen))
                return true;
        }
    }
    if (!reset(mark))
        return false;
    if (import_from_as_names(result)) {
        if (!at(TokenKind::Comma) && !m_error_indicator)
            return true;
    }
    if (!reset(mark))
        return false;
    if (auto* star = expect(TokenKind::Star)) {
        auto* alias = make_product<Alias>(token_location(star));
        alias->name = m_arena.copy_string("*");
        result = singleton_list<Alias*>(alias);
        return true;
    }
    if (!reset(mark))
        return false;
    if (m_call_invalid_rules) {
        invalid_import_from_targets();
        reset(mark);
    }
    return false;
}

// import_from_as_names: ','.import_from_as_name+
bool Parser::import_from_as_names(AliasList& result)
{
    TAIPAN_RULE(1);
    ScratchScope scope(*this);
    auto* first = import_from_as_name();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = import_from_as_name();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    result = take_list<Alias*>(scope.base);
    return true;
}

// import_from_as_name: NAME ['as' NAME]
Alias* Parser::import_from_as_name()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* name = name_token();
    if (!name)
        return nullptr;
    Identifier asname;
    int before = m_mark;
    if (expect(TokenKind::KeywordAs)) {
        if (auto* as_name = name_token())
            asname = as_name->id;
        else if (!reset(before))
            return nullptr;
    }
    if (m_error_indicator)
        return nullptr;
    auto* alias = make_product<Alias>(location_from(mark));
    alias->name = name->id;
    alias->asname = asname;
    return alias;
}

// dotted_as_names: ','.dotted_as_name+
bool Parser::dotted_as_names(AliasList& result)
{
    TAIPAN_RULE(1);
    ScratchScope scope(*this);
    auto* first = dotted_as_name();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = dotted_as_name();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    result = take_list<Alias*>(scope.base);
    return true;
}

// dotted_as_name: dotted_name ['as' NAME]
Alias* Parser::dotted_as_name()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* name = dotted_name();
    if (!name)
        return nullptr;
    Identifier asname;
    int before = m_mark;
    if (expect(TokenKind::KeywordAs)) {
        if (auto* as_name = name_token())
            asname = as_name->id;
        else if (!reset(before))
            return nullptr;
    }
    if (m_error_indicator)
        return nullptr;
    auto* alias = make_product<Alias>(location_from(mark));
    alias->name = name->id;
    alias->asname = asname;
    return alias;
}

// dotted_name: dotted_name '.' NAME | NAME  (left-recursive: a loop here)
Name* Parser::dotted_name()
{
    Name* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::DottedName, result))
        return result;
    TAIPAN_RULE(2);
    result = name_token();
    if (result) {
        std::string joined;
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::Dot))
                break;
            auto* next = name_token();
            if (!next) {
                m_mark = before;
                break;
            }
            if (joined.empty())
                joined = result->id;
            joined += '.';
            joined += next->id;
            auto* name = make<Name>(Location {result->location.lineno, result->location.col_offset,
                next->location.end_lineno, next->location.end_col_offset});
            name->id = m_arena.copy_string(joined);
            name->ctx = ExprContext::Load;
            result = name;
        }
    }
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::DottedName, result);
    return result;
}

} // namespace taipan::parser_detail
