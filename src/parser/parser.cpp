// The parser's driver: the token stream pulled lazily from the lexer, the memo, node
// locations, the two passes (the second one with the invalid_* rules enabled) and the
// choice of the SyntaxError to report, as CPython 3.11's pegen does it.
#include "parser/parser.h"
#include "parser/number_literal.h"
#include "parser/parser_core.h"
#include "support/unicode.h"
#include "support/utf8.h"

namespace taipan::parser_detail {

Parser::Parser(std::string_view text, StartRule start_rule, Arena& arena)
    : m_lexer(text)
    , m_arena(arena)
    , m_start_rule(start_rule)
{
    // About one memo entry per three bytes of source: avoids regrowing the pool.
    m_memo.reserve(text.size() / 3 + 64);
    m_scratch.reserve(256);
}

Parser::Parser(std::string_view text, int start_lineno, int start_col_offset, Arena& arena)
    : m_lexer(text)
    , m_arena(arena)
    , m_start_rule(StartRule::FString)
    , m_start_lineno(start_lineno)
    , m_start_col_offset(start_col_offset)
{
}

bool Parser::fill_token()
{
    if (m_pending_end_marker) {
        Token token = *m_pending_end_marker;
        m_pending_end_marker.reset();
        m_lexer_done = true;
        m_tokens.push_back(TokenSlot {token, 0, -1, {}});
        return true;
    }
    if (m_lexer_done) {
        // After the end marker the lexer repeats it; after a failure it has nothing more.
        if (m_has_error && m_error_from_lexer) {
            m_error_indicator = true;
            return false;
        }
    }
    auto result = m_lexer.next_token();
    if (result.is_error()) {
        m_syntax_error = lexer_error(result.release_error());
        m_has_error = true;
        m_error_from_lexer = true;
        m_error_indicator = true;
        m_lexer_done = true;
        return false;
    }
    Token token = result.value();
    if (m_start_rule == StartRule::Eval || m_start_rule == StartRule::FunctionType
        || m_start_rule == StartRule::Interactive) {
        // CPython adds the missing final newline only to files (exec input); the lexer
        // always does, with an empty NEWLINE token.
        if (token.kind == TokenKind::Newline && token.text.empty() && m_start_rule != StartRule::Interactive)
            return fill_token();
        if (token.kind == TokenKind::EndMarker && m_lexer.text().empty()) {
            token.lineno = token.end_lineno = 0;
            token.col_offset = token.end_col_offset = 0;
        }
        // CPython: in single-input mode the first end marker is preceded by a NEWLINE.
        if (m_start_rule == StartRule::Interactive && token.kind == TokenKind::EndMarker && !m_tokens.empty()
            && !m_single_newline_added) {
            m_single_newline_added = true;
            m_fake_newline_index = static_cast<int>(m_tokens.size());
            m_pending_end_marker = token;
            token.kind = TokenKind::Newline;
            token.text = {};
        }
    }
    if (m_start_rule == StartRule::FString) {
        // CPython shifts the columns of the tokens that end on the first line (it
        // tests the tokenizer's current line), so a string spanning lines keeps them.
        if (token.end_lineno == 1) {
            token.col_offset += m_start_col_offset;
            token.end_col_offset += m_start_col_offset;
        }
        token.lineno += m_start_lineno - 1;
        token.end_lineno += m_start_lineno - 1;
    }
    if (token.kind == TokenKind::EndMarker)
        m_lexer_done = true;
    int level = static_cast<int>(m_lexer.open_brackets().size());
    m_tokens.push_back(TokenSlot {token, level, -1, {}});
    return true;
}

bool Parser::lexer_error_raises(SyntaxError const& error)
{
    static constexpr std::string_view status_only[] = {
        "unindent does not match any outer indentation level",
        "inconsistent use of tabs and spaces in indentation",
        "too many levels of indentation",
        "unexpected character after line continuation character",
        "unexpected EOF while parsing",
        "invalid token",
    };
    for (auto message : status_only) {
        if (error.message == message)
            return false;
    }
    return true;
}

SyntaxError Parser::lexer_error(SyntaxError error) const
{
    // CPython starts the f-string tokenizer at the expression's line; the columns of
    // its own errors stay relative to the expression's text.
    if (m_start_rule == StartRule::FString) {
        if (error.lineno > 0)
            error.lineno += m_start_lineno - 1;
        if (error.end_lineno > 0)
            error.end_lineno += m_start_lineno - 1;
    }
    return error;
}

Token const* Parser::expect_forced(TokenKind kind, char const* expected)
{
    auto* token = peek();
    if (!token)
        return nullptr;
    if (token->kind != kind) {
        raise_at(token_location(token), std::string("expected '") + expected + "'");
        return nullptr;
    }
    ++m_mark;
    return token;
}

Token const* Parser::expect_soft_keyword(std::string_view keyword)
{
    auto* token = peek();
    if (!token || token->kind != TokenKind::Name || token->text != keyword)
        return nullptr;
    ++m_mark;
    return token;
}

Identifier Parser::name_id_at(int index)
{
    auto& slot = m_tokens[index];
    if (slot.id.empty()) {
        std::string_view text = slot.token.text;
        bool ascii = true;
        for (char c : text) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        slot.id = ascii ? m_arena.copy_string(text) : m_arena.copy_string(unicode::nfkc(text));
    }
    return slot.id;
}

Name* Parser::name_token()
{
    auto* token = peek();
    if (!token || token->kind != TokenKind::Name)
        return nullptr;
    auto* name = make<Name>(token_location(token));
    name->id = name_id_at(m_mark);
    name->ctx = ExprContext::Load;
    ++m_mark;
    return name;
}

void Parser::memo_store(int start_mark, MemoRule rule, void* node)
{
    // Only called after a failed lookup: the rule has no entry at this position yet.
    auto& slot = m_tokens[start_mark];
    m_memo.push_back(MemoEntry {node, m_mark, slot.memo, rule});
    slot.memo = static_cast<int>(m_memo.size() - 1);
}

Location Parser::location_from(int start_mark) const
{
    Token const& start = m_tokens[start_mark].token;
    // CPython: a node ends at the last token before the mark that is not a NEWLINE,
    // INDENT, DEDENT or ENDMARKER, so a compound statement ends with its last statement.
    Token const* end = &m_tokens[0].token;
    for (int index = m_mark - 1; index >= 0; --index) {
        end = &m_tokens[index].token;
        TokenKind kind = end->kind;
        if (kind != TokenKind::EndMarker && kind != TokenKind::Newline && kind != TokenKind::Indent
            && kind != TokenKind::Dedent)
            break;
    }
    return {start.lineno, start.col_offset, end->end_lineno, end->end_col_offset};
}

// ---------------------------------------------------------------------------------------
// Errors

namespace {

    // CPython's _PyPegen_byte_offset_to_character_offset: `byte_offset` is 1-based; the
    // column is clamped to one past the end of the line.
    int byte_to_character_offset(std::string_view line, int byte_offset)
    {
        if (byte_offset <= 0)
            return byte_offset;
        size_t length = line.size();
        // The line as CPython sees it ends at a NUL byte, if any.
        if (auto nul = line.find('\0'); nul != std::string_view::npos)
            length = nul;
        int extra = 0;
        size_t count = static_cast<size_t>(byte_offset);
        if (count > length) {
            extra = 1;
            count = length;
        }
        return static_cast<int>(utf8::count_code_points(line.substr(0, count))) + extra;
    }

} // namespace

void Parser::raise_memory_error()
{
    m_error_indicator = true;
    m_has_error = true;
    m_error_from_lexer = false;
    m_syntax_error = SyntaxError {};
    m_syntax_error.kind = SyntaxErrorKind::MemoryError;
}

std::nullptr_t Parser::raise_error_at(
    SyntaxErrorKind kind, int lineno, int col_offset, int end_lineno, int end_col_offset, std::string message)
{
    // RAISE_ERROR_KNOWN_LOCATION: columns become 1-based, -1 ("unknown") becomes 0.
    int col = col_offset + 1;
    int end_col = end_col_offset + 1;
    std::string_view line;
    int local_lineno = lineno;
    if (m_start_rule == StartRule::FString) {
        message = "f-string: " + message;
        local_lineno = lineno - m_start_lineno + 1;
        col -= m_start_col_offset;
        end_col -= m_start_col_offset;
    }
    if (local_lineno >= 1)
        line = m_lexer.line_text(local_lineno);
    SyntaxError error;
    error.kind = kind;
    error.message = std::move(message);
    error.lineno = lineno;
    error.offset = col;
    error.end_lineno = end_lineno;
    error.end_offset = end_col;
    // CPython converts byte columns to characters only when the tokenizer knows the
    // encoding: a file with a coding declaration (the f-string parser never does).
    if (converts_columns()) {
        error.offset = byte_to_character_offset(line, col);
        error.end_offset = end_col > 0 ? byte_to_character_offset(line, end_col) : end_col;
    }
    error.text = std::string(line);
    if (m_start_rule == StartRule::FString && (error.text.empty() || error.text.back() != '\n'))
        error.text += '\n';
    error.has_text = local_lineno >= 1;
    m_syntax_error = std::move(error);
    m_has_error = true;
    m_error_from_lexer = false;
    m_error_indicator = true;
    return nullptr;
}

std::nullptr_t Parser::raise_starting_from(Location const& start, std::string message)
{
    // CPython: the end is the tokenizer's current position, the end of the last token read.
    Token const* last = last_token();
    int end_col = last->end_col_offset;
    std::string_view line;
    int local_lineno = start.lineno;
    if (m_start_rule == StartRule::FString) {
        local_lineno = start.lineno - m_start_lineno + 1;
        end_col -= m_start_col_offset;
    }
    raise_error_at(SyntaxErrorKind::SyntaxError, start.lineno, start.col_offset, last->end_lineno, -1,
        std::move(message));
    if (local_lineno >= 1)
        line = m_lexer.line_text(local_lineno);
    m_syntax_error.end_offset
        = end_col > 0 && converts_columns() ? byte_to_character_offset(line, end_col) : end_col;
    return nullptr;
}

std::nullptr_t Parser::raise_at_last_token(SyntaxErrorKind kind, std::string message)
{
    // CPython's _PyPegen_raise_error: at the last token fetched.
    if (m_tokens.empty())
        return raise_error_at(kind, 0, -1, 0, -2, std::move(message));
    Token const* token = last_token();
    if ((token->kind == TokenKind::Dedent || token->kind == TokenKind::EndMarker)
        && m_start_rule == StartRule::File) {
        // CPython's file tokenizer has an empty buffer once it has reached the end of
        // the file: errors at the DEDENTs and ENDMARKER found there are at column 0.
        std::string_view line = m_lexer.line_text(token->lineno);
        size_t content = line.size();
        if (content > 0 && line[content - 1] == '\n')
            --content;
        if (static_cast<size_t>(token->col_offset) >= content)
            return raise_error_at(kind, token->lineno, -1, token->end_lineno, -2, std::move(message));
    }
    if (token->kind == TokenKind::Indent || token->kind == TokenKind::Dedent || is_end_marker(token)) {
        // CPython's INDENT, DEDENT and ENDMARKER have no columns: the tokenizer's position is used
        // (where the lexer puts these tokens), not made 1-based, and there is no end.
        return raise_error_at(
            kind, token->lineno, token->col_offset - 1, token->end_lineno, -2, std::move(message));
    }
    return raise_error_at(
        kind, token->lineno, token->col_offset, token->end_lineno, token->end_col_offset, std::move(message));
}

std::nullptr_t Parser::raise_unclosed_bracket()
{
    auto brackets = m_lexer.open_brackets();
    auto const& bracket = brackets.back();
    std::string message = "'";
    message += bracket.bracket;
    message += "' was never closed";
    return raise_error_at(SyntaxErrorKind::SyntaxError, bracket.lineno, bracket.col_offset, bracket.lineno,
        -1, std::move(message));
}

std::nullptr_t Parser::raise_invalid_target(TargetsType type, ExprNode* expr)
{
    // CPython 3.11: without an invalid target the rule fails quietly.
    ExprNode* target = invalid_target(expr, type);
    if (!target)
        return nullptr;
    char const* format = type == TargetsType::DelTargets ? "cannot delete " : "cannot assign to ";
    return raise_at(target->location, std::string(format) + expr_name(target));
}

// CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, a
// lexical error further on (or a bracket never closed before the error) wins.
void Parser::tokenize_rest_for_errors()
{
    if (m_lexer_done)
        return;
    int current_error_line = m_tokens.empty() ? 0 : last_token()->lineno;
    for (;;) {
        auto result = m_lexer.next_token();
        if (result.is_error()) {
            m_lexer_done = true;
            SyntaxError error = result.release_error();
            auto brackets = m_lexer.open_brackets();
            bool unclosed_at_end = !brackets.empty() && error.message.ends_with("was never closed");
            if (unclosed_at_end) {
                int bracket_line = brackets.back().lineno;
                if (m_start_rule == StartRule::FString)
                    bracket_line += m_start_lineno - 1;
                if (current_error_line > bracket_line)
                    raise_unclosed_bracket();
                return;
            }
            // CPython's tokenizer reports some errors only through its status code,
            // without raising: those do not replace the parser's error.
            if (!lexer_error_raises(error))
                return;
            m_syntax_error = lexer_error(std::move(error));
            m_error_from_lexer = true;
            return;
        }
        if (result.value().kind == TokenKind::EndMarker) {
            m_lexer_done = true;
            return;
        }
    }
}

// CPython's _PyPegen_set_syntax_error, run after the second pass.
void Parser::set_syntax_error(int last_token_index)
{
    if (m_has_error) {
        if (!m_error_from_lexer && m_syntax_error.kind != SyntaxErrorKind::MemoryError)
            tokenize_rest_for_errors();
        return;
    }
    Token const* last = token_at(last_token_index);
    if (last->kind == TokenKind::Indent || last->kind == TokenKind::Dedent) {
        raise_at_last_token(SyntaxErrorKind::IndentationError,
            last->kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent");
        return;
    }
    raise_at(token_location(last), "invalid syntax");
    tokenize_rest_for_errors();
}

void Parser::finish_error()
{
    if (!m_syntax_error.has_text && m_syntax_error.lineno >= 1) {
        int local_lineno = m_syntax_error.lineno;
        if (m_start_rule == StartRule::FString)
            local_lineno = local_lineno - m_start_lineno + 1;
        if (local_lineno >= 1) {
            m_syntax_error.text = std::string(m_lexer.line_text(local_lineno));
            m_syntax_error.has_text = true;
        }
    }
}

// CPython's bad_single_statement: single-input source may go on after its statement's
// NEWLINE with blank lines and comments only.
bool Parser::input_follows_statement()
{
    if (m_tokens.empty())
        return false;
    Token const* newline = last_token();
    if (newline->kind != TokenKind::Newline || newline->text.empty())
        return false;
    std::string_view text = m_lexer.text();
    size_t position = 0;
    for (int line = 1; line <= newline->lineno; ++line) {
        size_t end = text.find('\n', position);
        if (end == std::string_view::npos)
            return false;
        position = end + 1;
    }
    while (position < text.size()) {
        char character = text[position];
        if (character == ' ' || character == '\t' || character == '\n' || character == '\f'
            || character == '\r') {
            ++position;
            continue;
        }
        if (character != '#')
            return true;
        while (position < text.size() && text[position] != '\n')
            ++position;
    }
    return false;
}

void* Parser::run()
{
    auto parse_once = [&]() -> void* {
        switch (m_start_rule) {
        case StartRule::File:
            return file_rule();
        case StartRule::Interactive:
            return interactive_rule();
        case StartRule::Eval:
            return eval_rule();
        case StartRule::FunctionType:
            return func_type_rule();
        case StartRule::FString:
            return fstring_rule();
        }
        return nullptr;
    };
    void* result = parse_once();
    if (result && !m_error_indicator && m_start_rule == StartRule::Interactive && input_follows_statement()) {
        raise_at_last_token(
            SyntaxErrorKind::SyntaxError, "multiple statements found while compiling a single statement");
        finish_error();
        return nullptr;
    }
    if (result && !m_error_indicator)
        return result;
    if (m_has_error && m_syntax_error.kind == SyntaxErrorKind::MemoryError)
        return nullptr;
    if (m_has_error) {
        // CPython runs the second pass, which stops at once on the pending error.
        set_syntax_error(0);
        finish_error();
        return nullptr;
    }
    if (m_tokens.empty()) {
        raise_error_at(SyntaxErrorKind::SyntaxError, 0, -1, 0, -2, "error at start before reading any input");
        finish_error();
        return nullptr;
    }
    int last_token_index = static_cast<int>(m_tokens.size()) - 1;
    for (size_t index = 0; index < m_tokens.size(); ++index)
        m_tokens[index].memo = -1;
    m_memo.clear();
    m_mark = 0;
    m_level = 0;
    m_scratch.clear();
    m_call_invalid_rules = true;
    parse_once();
    set_syntax_error(last_token_index);
    finish_error();
    return nullptr;
}

// ---------------------------------------------------------------------------------------
// Helpers of the grammar's actions

ExprNode* Parser::set_context(ExprNode* expr, ExprContext context)
{
    // CPython's _PyPegen_set_expr_context: a copy, since the node may be memoised.
    switch (expr->kind) {
    case ExprKind::Name: {
        auto* copy = m_arena.make<Name>(*static_cast<Name*>(expr));
        copy->ctx = context;
        return copy;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
        ExprList elements = expr->kind == ExprKind::Tuple ? static_cast<Tuple*>(expr)->elts
                                                          : static_cast<List*>(expr)->elts;
        ExprList copied;
        copied.count = elements.count;
        copied.items = m_arena.allocate_array<ExprNode*>(elements.count);
        for (uint32_t i = 0; i < elements.count; ++i)
            copied.items[i] = set_context(elements[i], context);
        if (expr->kind == ExprKind::Tuple) {
            auto* copy = m_arena.make<Tuple>(*static_cast<Tuple*>(expr));
            copy->elts = copied;
            copy->ctx = context;
            return copy;
        }
        auto* copy = m_arena.make<List>(*static_cast<List*>(expr));
        copy->elts = copied;
        copy->ctx = context;
        return copy;
    }
    case ExprKind::Subscript: {
        auto* copy = m_arena.make<Subscript>(*static_cast<Subscript*>(expr));
        copy->ctx = context;
        return copy;
    }
    case ExprKind::Attribute: {
        auto* copy = m_arena.make<Attribute>(*static_cast<Attribute*>(expr));
        copy->ctx = context;
        return copy;
    }
    case ExprKind::Starred: {
        auto* copy = m_arena.make<Starred>(*static_cast<Starred*>(expr));
        copy->value = set_context(copy->value, context);
        copy->ctx = context;
        return copy;
    }
    default:
        return expr;
    }
}

char const* Parser::expr_name(ExprNode* expr)
{
    switch (expr->kind) {
    case ExprKind::Attribute:
        return "attribute";
    case ExprKind::Subscript:
        return "subscript";
    case ExprKind::Starred:
        return "starred";
    case ExprKind::Name:
        return "name";
    case ExprKind::List:
        return "list";
    case ExprKind::Tuple:
        return "tuple";
    case ExprKind::Lambda:
        return "lambda";
    case ExprKind::Call:
        return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
        return "expression";
    case ExprKind::GeneratorExp:
        return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return "yield expression";
    case ExprKind::Await:
        return "await expression";
    case ExprKind::ListComp:
        return "list comprehension";
    case ExprKind::SetComp:
        return "set comprehension";
    case ExprKind::DictComp:
        return "dict comprehension";
    case ExprKind::Dict:
        return "dict literal";
    case ExprKind::Set:
        return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        return "f-string expression";
    case ExprKind::Constant: {
        auto kind = static_cast<Constant*>(expr)->value.kind;
        if (kind == ConstantValue::Kind::None)
            return "None";
        if (kind == ConstantValue::Kind::False)
            return "False";
        if (kind == ConstantValue::Kind::True)
            return "True";
        if (kind == ConstantValue::Kind::Ellipsis)
            return "ellipsis";
        return "literal";
    }
    case ExprKind::Compare:
        return "comparison";
    case ExprKind::IfExp:
        return "conditional expression";
    case ExprKind::NamedExpr:
        return "named expression";
    case ExprKind::Slice:
        return "slice";
    }
    return "expression";
}

ExprNode* Parser::invalid_target(ExprNode* expr, TargetsType type)
{
    if (!expr)
        return nullptr;
    switch (expr->kind) {
    case ExprKind::List:
    case ExprKind::Tuple: {
        ExprList elements = expr->kind == ExprKind::Tuple ? static_cast<Tuple*>(expr)->elts
                                                          : static_cast<List*>(expr)->elts;
        for (auto* element : elements) {
            if (auto* child = invalid_target(element, type))
                return child;
        }
        return nullptr;
    }
    case ExprKind::Starred:
        if (type == TargetsType::DelTargets)
            return expr;
        return invalid_target(static_cast<Starred*>(expr)->value, type);
    case ExprKind::Compare:
        // `for a in b` parses `a in b` as a comparison: look at its left side.
        if (type == TargetsType::ForTargets) {
            auto* compare = static_cast<Compare*>(expr);
            if (compare->ops[0] == CompareOperator::In)
                return invalid_target(compare->left, type);
            return nullptr;
        }
        return expr;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
        return nullptr;
    default:
        return expr;
    }
}

bool Parser::is_legacy_name(ExprNode* expr)
{
    auto* name = as<Name>(expr);
    return name && (name->id == "print" || name->id == "exec");
}

ExprNode* Parser::number_token()
{
    auto* token = peek();
    if (!token || token->kind != TokenKind::Number)
        return nullptr;
    ConstantValue value;
    std::string message;
    if (!parse_number_literal(token->text, m_arena, value, message)) {
        // CPython leaves the columns out so as not to underline a huge literal.
        raise_error_at(
            SyntaxErrorKind::SyntaxError, token->lineno, -1, token->end_lineno, -1, std::move(message));
        return nullptr;
    }
    ++m_mark;
    auto* constant = make<Constant>(token_location(token));
    constant->value = value;
    return constant;
}

Arguments* Parser::empty_arguments()
{
    return make_product<Arguments>();
}

Arguments* Parser::make_arguments(ArgList* slash_without_default, SlashWithDefault* slash_with_default,
    ArgList* plain_names, NameDefaultPairList* names_with_default, StarEtc* star_etc)
{
    auto* arguments = make_product<Arguments>();
    auto push_names = [&](NameDefaultPairList pairs) {
        for (auto* pair : pairs)
            push(pair->arg);
    };
    size_t base = scratch_base();
    if (slash_without_default) {
        arguments->posonlyargs = *slash_without_default;
    } else if (slash_with_default) {
        for (auto* arg : slash_with_default->plain_names)
            push(arg);
        push_names(slash_with_default->names_with_defaults);
        arguments->posonlyargs = take_list<Arg*>(base);
    }
    if (plain_names && names_with_default) {
        for (auto* arg : *plain_names)
            push(arg);
        push_names(*names_with_default);
        arguments->args = take_list<Arg*>(base);
    } else if (plain_names) {
        arguments->args = *plain_names;
    } else if (names_with_default) {
        push_names(*names_with_default);
        arguments->args = take_list<Arg*>(base);
    }
    if (slash_with_default) {
        for (auto* pair : slash_with_default->names_with_defaults)
            push(pair->value);
    }
    if (names_with_default) {
        for (auto* pair : *names_with_default)
            push(pair->value);
    }
    arguments->defaults = take_list<ExprNode*>(base);
    if (star_etc) {
        arguments->vararg = star_etc->vararg;
        for (auto* pair : star_etc->kwonlyargs)
            push(pair->arg);
        arguments->kwonlyargs = take_list<Arg*>(base);
        for (auto* pair : star_etc->kwonlyargs)
            push(pair->value);
        arguments->kw_defaults = take_list<ExprNode*>(base);
        arguments->kwarg = star_etc->kwarg;
    }
    return arguments;
}

} // namespace taipan::parser_detail

namespace taipan {

Result<ast::ModNode*, SyntaxError> parse(std::string_view text, ParseMode mode, Arena& arena)
{
    using parser_detail::StartRule;
    StartRule start = StartRule::File;
    switch (mode) {
    case ParseMode::Exec:
        start = StartRule::File;
        break;
    case ParseMode::Eval:
        start = StartRule::Eval;
        break;
    case ParseMode::Single:
        start = StartRule::Interactive;
        break;
    case ParseMode::FunctionType:
        start = StartRule::FunctionType;
        break;
    }
    parser_detail::Parser parser(text, start, arena);
    void* result = parser.run();
    if (!result)
        return Failure {std::move(parser.error())};
    return static_cast<ast::ModNode*>(result);
}

Result<ast::ExprNode*, SyntaxError> parse_fstring_expression(
    std::string_view text, int start_lineno, int start_col_offset, Arena& arena)
{
    parser_detail::Parser parser(text, start_lineno, start_col_offset, arena);
    void* result = parser.run();
    if (!result)
        return Failure {std::move(parser.error())};
    return static_cast<ast::ExprNode*>(result);
}

} // namespace taipan
