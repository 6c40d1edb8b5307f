// The match statement (PEP 634): subjects, case blocks and every kind of pattern, with
// the error rules that belong to them.
#include "parser/parser_core.h"

#include <string>

namespace taipan::parser_detail {

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
StmtNode* Parser::match_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect_soft_keyword("match")) {
        if (auto* subject = subject_expr()) {
            if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && expect(TokenKind::Indent)) {
                ScratchScope scope(*this);
                for (;;) {
                    int before = m_mark;
                    auto* match_case = case_block();
                    if (!match_case) {
                        if (!reset(before))
                            return nullptr;
                        break;
                    }
                    push(match_case);
                }
                if (scratch_base() > scope.base && expect(TokenKind::Dedent)) {
                    auto* statement = make<Match>(location_from(mark));
                    statement->subject = subject;
                    statement->cases = take_list<MatchCase*>(scope.base);
                    return statement;
                }
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_match_stmt();
        reset(mark);
    }
    return nullptr;
}

// subject_expr:
//     | star_named_expression ',' star_named_expressions?
//     | named_expression
ExprNode* Parser::subject_expr()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* first = star_named_expression()) {
        if (expect(TokenKind::Comma)) {
            ExprList rest;
            int before = m_mark;
            if (!star_named_expressions(rest) && !reset(before))
                return nullptr;
            ExprList elements;
            elements.count = rest.count + 1;
            elements.items = m_arena.allocate_array<ExprNode*>(elements.count);
            elements.items[0] = first;
            for (uint32_t i = 0; i < rest.count; ++i)
                elements.items[i + 1] = rest[i];
            auto* tuple = make<Tuple>(location_from(mark));
            tuple->elts = elements;
            tuple->ctx = ExprContext::Load;
            return tuple;
        }
    }
    if (!reset(mark))
        return nullptr;
    return named_expression();
}

// case_block:
//     | invalid_case_block
//     | "case" patterns guard? ':' block
MatchCase* Parser::case_block()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_case_block();
        if (!reset(mark))
            return nullptr;
    }
    if (!expect_soft_keyword("case"))
        return nullptr;
    auto* pattern = patterns();
    if (!pattern) {
        reset(mark);
        return nullptr;
    }
    int before = m_mark;
    auto* guard_expression = guard();
    if (!guard_expression && !reset(before))
        return nullptr;
    StmtList body;
    if (!expect(TokenKind::Colon) || !block(body)) {
        reset(mark);
        return nullptr;
    }
    auto* match_case = make_product<MatchCase>();
    match_case->pattern = pattern;
    match_case->guard = guard_expression;
    match_case->body = body;
    return match_case;
}

// guard: 'if' named_expression
ExprNode* Parser::guard()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::KeywordIf))
        return nullptr;
    auto* test = named_expression();
    if (!test)
        reset(mark);
    return test;
}

// patterns: open_sequence_pattern | pattern
PatternNode* Parser::patterns()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    PatternList list;
    if (open_sequence_pattern(list)) {
        auto* sequence = make<MatchSequence>(location_from(mark));
        sequence->patterns = list;
        return sequence;
    }
    if (!reset(mark))
        return nullptr;
    return pattern();
}

// pattern: as_pattern | or_pattern
PatternNode* Parser::pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* result = as_pattern())
        return result;
    if (!reset(mark))
        return nullptr;
    return or_pattern();
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
PatternNode* Parser::as_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* inner = or_pattern()) {
        if (expect(TokenKind::KeywordAs)) {
            if (auto* target = pattern_capture_target()) {
                auto* result = make<MatchAs>(location_from(mark));
                result->pattern = inner;
                result->name = static_cast<Name*>(target)->id;
                return result;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_as_pattern();
        reset(mark);
    }
    return nullptr;
}

// or_pattern: '|'.closed_pattern+
PatternNode* Parser::or_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ScratchScope scope(*this);
    auto* first = closed_pattern();
    if (!first)
        return nullptr;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::VerticalBar))
            break;
        auto* next = closed_pattern();
        if (!next) {
            if (!reset(before))
                return nullptr;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return nullptr;
    if (scratch_base() - scope.base == 1)
        return first;
    auto* result = make<MatchOr>(location_from(mark));
    result->patterns = take_list<PatternNode*>(scope.base);
    return result;
}

PatternNode* Parser::closed_pattern()
{
    PatternNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::ClosedPattern, result))
        return result;
    result = closed_pattern_uncached();
    if (!m_error_indicator)
        memo_store(mark, MemoRule::ClosedPattern, result);
    return result;
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
PatternNode* Parser::closed_pattern_uncached()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    using Alternative = PatternNode* (Parser::*)();
    static constexpr Alternative alternatives[] = {
        &Parser::literal_pattern,
        &Parser::capture_pattern,
        &Parser::wildcard_pattern,
        &Parser::value_pattern,
        &Parser::group_pattern,
        &Parser::sequence_pattern,
        &Parser::mapping_pattern,
        &Parser::class_pattern,
    };
    for (auto alternative : alternatives) {
        if (auto* result = (this->*alternative)())
            return result;
        if (!reset(mark))
            return nullptr;
    }
    return nullptr;
}

// literal_pattern:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
PatternNode* Parser::literal_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* value = signed_number()) {
        auto* token = peek();
        if (token && token->kind != TokenKind::Plus && token->kind != TokenKind::Minus) {
            auto* result = make<MatchValue>(location_from(mark));
            result->value = value;
            return result;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* value = complex_number()) {
        auto* result = make<MatchValue>(location_from(mark));
        result->value = value;
        return result;
    }
    if (!reset(mark))
        return nullptr;
    if (at(TokenKind::String)) {
        if (auto* value = strings()) {
            auto* result = make<MatchValue>(location_from(mark));
            result->value = value;
            return result;
        }
        if (!reset(mark))
            return nullptr;
    }
    auto* token = peek();
    if (!token)
        return nullptr;
    ConstantValue::Kind kind;
    switch (token->kind) {
    case TokenKind::KeywordNone:
        kind = ConstantValue::Kind::None;
        break;
    case TokenKind::KeywordTrue:
        kind = ConstantValue::Kind::True;
        break;
    case TokenKind::KeywordFalse:
        kind = ConstantValue::Kind::False;
        break;
    default:
        return nullptr;
    }
    ++m_mark;
    auto* result = make<MatchSingleton>(location_from(mark));
    result->value.kind = kind;
    return result;
}

// literal_expr:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
ExprNode* Parser::literal_expr()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* value = signed_number()) {
        auto* token = peek();
        if (token && token->kind != TokenKind::Plus && token->kind != TokenKind::Minus)
            return value;
    }
    if (!reset(mark))
        return nullptr;
    if (auto* value = complex_number())
        return value;
    if (!reset(mark))
        return nullptr;
    if (at(TokenKind::String)) {
        if (auto* value = strings())
            return value;
        if (!reset(mark))
            return nullptr;
    }
    auto* token = peek();
    if (!token)
        return nullptr;
    ConstantValue::Kind kind;
    switch (token->kind) {
    case TokenKind::KeywordNone:
        kind = ConstantValue::Kind::None;
        break;
    case TokenKind::KeywordTrue:
        kind = ConstantValue::Kind::True;
        break;
    case TokenKind::KeywordFalse:
        kind = ConstantValue::Kind::False;
        break;
    default:
        return nullptr;
    }
    ++m_mark;
    auto* result = make<Constant>(location_from(mark));
    result->value.kind = kind;
    return result;
}

// complex_number:
//     | signed_real_number '+' imaginary_number
//     | signed_real_number '-' imaginary_number
ExprNode* Parser::complex_number()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    for (int alternative = 0; alternative < 2; ++alternative) {
        if (!reset(mark))
            return nullptr;
        auto* real = signed_real_number();
        if (!real)
            continue;
        if (!expect(alternative == 0 ? TokenKind::Plus : TokenKind::Minus))
            continue;
        auto* imaginary = imaginary_number();
        if (!imaginary)
            continue;
        auto* result = make<BinOp>(location_from(mark));
        result->left = real;
        result->op = alternative == 0 ? Operator::Add : Operator::Sub;
        result->right = imaginary;
        return result;
    }
    reset(mark);
    return nullptr;
}

// signed_number: NUMBER | '-' NUMBER
ExprNode* Parser::signed_number()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* number = number_token())
        return number;
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::Minus)) {
        if (auto* number = number_token()) {
            auto* result = make<UnaryOp>(location_from(mark));
            result->op = UnaryOperator::USub;
            result->operand = number;
            return result;
        }
    }
    reset(mark);
    return nullptr;
}

// signed_real_number: real_number | '-' real_number
ExprNode* Parser::signed_real_number()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* number = real_number())
        return number;
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::Minus)) {
        if (auto* number = real_number()) {
            auto* result = make<UnaryOp>(location_from(mark));
            result->op = UnaryOperator::USub;
            result->operand = number;
            return result;
        }
    }
    reset(mark);
    return nullptr;
}

// real_number: NUMBER (which must not be imaginary)
ExprNode* Parser::real_number()
{
    TAIPAN_RULE(1);
    auto* number = number_token();
    if (!number)
        return nullptr;
    if (static_cast<Constant*>(number)->value.kind == ConstantValue::Kind::Complex)
        return raise_at(number->location, "real number required in complex literal");
    return number;
}

// imaginary_number: NUMBER (which must be imaginary)
ExprNode* Parser::imaginary_number()
{
    TAIPAN_RULE(1);
    auto* number = number_token();
    if (!number)
        return nullptr;
    if (static_cast<Constant*>(number)->value.kind != ConstantValue::Kind::Complex)
        return raise_at(number->location, "imaginary number required in complex literal");
    return number;
}

// capture_pattern: pattern_capture_target
PatternNode* Parser::capture_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* target = pattern_capture_target();
    if (!target)
        return nullptr;
    auto* result = make<MatchAs>(location_from(mark));
    result->name = target->id;
    return result;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Name* Parser::pattern_capture_target()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (at_soft_keyword("_") || m_error_indicator)
        return nullptr;
    auto* name = name_token();
    if (!name)
        return nullptr;
    auto* token = peek();
    if (!token || token->kind == TokenKind::Dot || token->kind == TokenKind::LeftParen
        || token->kind == TokenKind::Equal) {
        reset(mark);
        return nullptr;
    }
    return static_cast<Name*>(set_context(name, ExprContext::Store));
}

// wildcard_pattern: "_"
PatternNode* Parser::wildcard_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect_soft_keyword("_"))
        return nullptr;
    return make<MatchAs>(location_from(mark));
}

// value_pattern: attr !('.' | '(' | '=')
PatternNode* Parser::value_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* value = attr();
    if (!value)
        return nullptr;
    auto* token = peek();
    if (!token || token->kind == TokenKind::Dot || token->kind == TokenKind::LeftParen
        || token->kind == TokenKind::Equal) {
        reset(mark);
        return nullptr;
    }
    auto* result = make<MatchValue>(location_from(mark));
    result->value = value;
    return result;
}

// attr: name_or_attr '.' NAME  (left-recursive with name_or_attr: a loop here)
ExprNode* Parser::attr()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::Attr, result))
        return result;
    TAIPAN_RULE(2);
    result = nullptr;
    if (auto* value = name_token()) {
        ExprNode* current = value;
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::Dot))
                break;
            auto* name = peek();
            if (!name || name->kind != TokenKind::Name) {
                m_mark = before;
                break;
            }
            Identifier id = name_id_at(m_mark);
            ++m_mark;
            auto* attribute = make<Attribute>(location_from(mark));
            attribute->value = current;
            attribute->attr = id;
            attribute->ctx = ExprContext::Load;
            current = attribute;
            result = attribute;
        }
    }
    if (m_error_indicator)
        return nullptr;
    if (!result)
        m_mark = mark;
    memo_store(mark, MemoRule::Attr, result);
    return result;
}

// name_or_attr: attr | NAME
ExprNode* Parser::name_or_attr()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* result = attr())
        return result;
    if (!reset(mark))
        return nullptr;
    return name_token();
}

// group_pattern: '(' pattern ')'
PatternNode* Parser::group_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::LeftParen))
        return nullptr;
    auto* inner = pattern();
    if (!inner || !expect(TokenKind::RightParen)) {
        reset(mark);
        return nullptr;
    }
    return inner;
}

// sequence_pattern:
//     | '[' maybe_sequence_pattern? ']'
//     | '(' open_sequence_pattern? ')'
PatternNode* Parser::sequence_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftBracket)) {
        PatternList list;
        int before = m_mark;
        if (!maybe_sequence_pattern(list) && !reset(before))
            return nullptr;
        if (expect(TokenKind::RightBracket)) {
            auto* result = make<MatchSequence>(location_from(mark));
            result->patterns = list;
            return result;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::LeftParen)) {
        PatternList list;
        int before = m_mark;
        if (!open_sequence_pattern(list) && !reset(before))
            return nullptr;
        if (expect(TokenKind::RightParen)) {
            auto* result = make<MatchSequence>(location_from(mark));
            result->patterns = list;
            return result;
        }
    }
    reset(mark);
    return nullptr;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
bool Parser::open_sequence_pattern(PatternList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* first = maybe_star_pattern();
    if (!first || !expect(TokenKind::Comma)) {
        reset(mark);
        return false;
    }
    PatternList rest;
    int before = m_mark;
    if (!maybe_sequence_pattern(rest) && !reset(before))
        return false;
    result.count = rest.count + 1;
    result.items = m_arena.allocate_array<PatternNode*>(result.count);
    result.items[0] = first;
    for (uint32_t i = 0; i < rest.count; ++i)
        result.items[i + 1] = rest[i];
    return true;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
bool Parser::maybe_sequence_pattern(PatternList& result)
{
    TAIPAN_RULE(1);
    ScratchScope scope(*this);
    auto* first = maybe_star_pattern();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = maybe_star_pattern();
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
    result = take_list<PatternNode*>(scope.base);
    return true;
}

// maybe_star_pattern: star_pattern | pattern
PatternNode* Parser::maybe_star_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* result = star_pattern())
        return result;
    if (!reset(mark))
        return nullptr;
    return pattern();
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
PatternNode* Parser::star_pattern()
{
    PatternNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::StarPattern, result))
        return result;
    TAIPAN_RULE(1);
    result = nullptr;
    if (expect(TokenKind::Star)) {
        if (auto* target = pattern_capture_target()) {
            auto* star = make<MatchStar>(location_from(mark));
            star->name = target->id;
            result = star;
        } else if (reset(mark + 1) && wildcard_pattern()) {
            result = make<MatchStar>(location_from(mark));
        }
    }
    if (m_error_indicator)
        return nullptr;
    if (!result)
        m_mark = mark;
    memo_store(mark, MemoRule::StarPattern, result);
    return result;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}'
PatternNode* Parser::mapping_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::LeftBrace))
        return nullptr;
    int inside = m_mark;
    if (expect(TokenKind::RightBrace))
        return make<MatchMapping>(location_from(mark));
    if (!reset(inside))
        return nullptr;
    if (auto* rest = double_star_pattern()) {
        expect(TokenKind::Comma);
        if (expect(TokenKind::RightBrace)) {
            auto* result = make<MatchMapping>(location_from(mark));
            result->rest = rest->id;
            return result;
        }
    }
    if (!reset(inside))
        return nullptr;
    auto finish = [&](KeyPatternPairList items, Identifier rest) {
        auto* result = make<MatchMapping>(location_from(mark));
        result->keys.count = items.count;
        result->keys.items = m_arena.allocate_array<ExprNode*>(items.count);
        result->patterns.count = items.count;
        result->patterns.items = m_arena.allocate_array<PatternNode*>(items.count);
        for (uint32_t i = 0; i < items.count; ++i) {
            result->keys.items[i] = items[i]->key;
            result->patterns.items[i] = items[i]->pattern;
        }
        result->rest = rest;
        return result;
    };
    KeyPatternPairList items;
    if (items_pattern(items) && expect(TokenKind::Comma)) {
        if (auto* rest = double_star_pattern()) {
            expect(TokenKind::Comma);
            if (expect(TokenKind::RightBrace))
                return finish(items, rest->id);
        }
    }
    if (!reset(inside))
        return nullptr;
    if (items_pattern(items)) {
        expect(TokenKind::Comma);
        if (expect(TokenKind::RightBrace))
            return finish(items, {});
    }
    reset(mark);
    return nullptr;
}

// items_pattern: ','.key_value_pattern+
bool Parser::items_pattern(KeyPatternPairList& result)
{
    TAIPAN_RULE(1);
    ScratchScope scope(*this);
    auto* first = key_value_pattern();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = key_value_pattern();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    result = take_list<KeyPatternPair*>(scope.base);
    return true;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
KeyPatternPair* Parser::key_value_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ExprNode* key = literal_expr();
    if (!key) {
        if (!reset(mark))
            return nullptr;
        key = attr();
    }
    if (!key || !expect(TokenKind::Colon)) {
        reset(mark);
        return nullptr;
    }
    auto* value = pattern();
    if (!value) {
        reset(mark);
        return nullptr;
    }
    auto* pair = m_arena.make<KeyPatternPair>();
    pair->key = key;
    pair->pattern = value;
    return pair;
}

// double_star_pattern: '**' pattern_capture_target
Name* Parser::double_star_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::DoubleStar))
        return nullptr;
    auto* target = pattern_capture_target();
    if (!target)
        reset(mark);
    return target;
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
PatternNode* Parser::class_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto make_class = [&](ExprNode* cls, PatternList positional, KeyPatternPairList keywords) {
        auto* result = make<MatchClass>(location_from(mark));
        result->cls = cls;
        result->patterns = positional;
        result->kwd_attrs.count = keywords.count;
        result->kwd_attrs.items = m_arena.allocate_array<Identifier>(keywords.count);
        result->kwd_patterns.count = keywords.count;
        result->kwd_patterns.items = m_arena.allocate_array<PatternNode*>(keywords.count);
        for (uint32_t i = 0; i < keywords.count; ++i) {
            result->kwd_attrs.items[i] = static_cast<Name*>(keywords[i]->key)->id;
            result->kwd_patterns.items[i] = keywords[i]->pattern;
        }
        return result;
    };
    for (int alternative = 0; alternative < 4; ++alternative) {
        if (!reset(mark))
            return nullptr;
        auto* cls = name_or_attr();
        if (!cls || !expect(TokenKind::LeftParen))
            continue;
        PatternList positional;
        KeyPatternPairList keywords;
        if (alternative == 1 || alternative == 3) {
            if (!positional_patterns(positional))
                continue;
        }
        if (alternative == 3 && !expect(TokenKind::Comma))
            continue;
        if (alternative >= 2) {
            if (!keyword_patterns(keywords))
                continue;
        }
        if (alternative > 0)
            expect(TokenKind::Comma);
        if (!expect(TokenKind::RightParen))
            continue;
        return make_class(cls, positional, keywords);
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_class_pattern();
        reset(mark);
    }
    return nullptr;
}

// positional_patterns: ','.pattern+
bool Parser::positional_patterns(PatternList& result)
{
    TAIPAN_RULE(1);
    ScratchScope scope(*this);
    auto* first = pattern();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = pattern();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    result = take_list<PatternNode*>(scope.base);
    return true;
}

// keyword_patterns: ','.keyword_pattern+
bool Parser::keyword_patterns(KeyPatternPairList& result)
{
    TAIPAN_RULE(1);
    ScratchScope scope(*this);
    auto* first = keyword_pattern();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = keyword_pattern();
        if (!next) {
            if (!reset(before))
                return false;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return false;
    result = take_list<KeyPatternPair*>(scope.base);
    return true;
}

// keyword_pattern: NAME '=' pattern
KeyPatternPair* Parser::keyword_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* name = name_token();
    if (!name || !expect(TokenKind::Equal)) {
        reset(mark);
        return nullptr;
    }
    auto* value = pattern();
    if (!value) {
        reset(mark);
        return nullptr;
    }
    auto* pair = m_arena.make<KeyPatternPair>();
    pair->key = name;
    pair->pattern = value;
    return pair;
}

// ---------------------------------------------------------------------------------------
// Error rules of the match statement

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE
//     | "match" subject_expr ':' NEWLINE !INDENT
void* Parser::invalid_match_stmt()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect_soft_keyword("match") && subject_expr() && expect(TokenKind::Newline))
        return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
    if (!reset(mark))
        return nullptr;
    if (auto* keyword = expect_soft_keyword("match")) {
        if (subject_expr() && expect(TokenKind::Colon))
            return expect_indented_block(keyword->lineno, "'match' statement");
    }
    reset(mark);
    return nullptr;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE
//     | "case" patterns guard? ':' NEWLINE !INDENT
void* Parser::invalid_case_block()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    for (int alternative = 0; alternative < 2; ++alternative) {
        if (!reset(mark))
            return nullptr;
        auto* keyword = expect_soft_keyword("case");
        if (!keyword || !patterns())
            continue;
        int before = m_mark;
        if (!guard() && !reset(before))
            return nullptr;
        if (alternative == 0) {
            if (expect(TokenKind::Newline))
                return raise_at_last_token(SyntaxErrorKind::SyntaxError, "expected ':'");
        } else if (expect(TokenKind::Colon)) {
            return expect_indented_block(keyword->lineno, "'case' statement");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_as_pattern:
//     | or_pattern 'as' "_"
//     | or_pattern 'as' !NAME expression
void* Parser::invalid_as_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (or_pattern() && expect(TokenKind::KeywordAs)) {
        if (auto* underscore = expect_soft_keyword("_"))
            return raise_at(token_location(underscore), "cannot use '_' as a target");
    }
    if (!reset(mark))
        return nullptr;
    if (or_pattern() && expect(TokenKind::KeywordAs) && !at(TokenKind::Name) && !m_error_indicator) {
        if (auto* target = expression())
            return raise_at(target->location, "invalid pattern target");
    }
    reset(mark);
    return nullptr;
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
void* Parser::invalid_class_pattern()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    PatternList list;
    if (name_or_attr() && expect(TokenKind::LeftParen) && invalid_class_argument_pattern(list))
        return raise_range(
            list[0]->location, list[list.count - 1]->location, "positional patterns follow keyword patterns");
    reset(mark);
    return nullptr;
}

// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
bool Parser::invalid_class_argument_pattern(PatternList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    PatternList ignored;
    if (!positional_patterns(ignored) || !expect(TokenKind::Comma)) {
        if (!reset(mark))
            return false;
    }
    KeyPatternPairList keywords;
    if (keyword_patterns(keywords) && expect(TokenKind::Comma) && positional_patterns(result))
        return true;
    reset(mark);
    return false;
}

} // namespace taipan::parser_detail
