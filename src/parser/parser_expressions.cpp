// The expression rules: from `expressions` down to atoms, with displays, comprehensions,
// lambdas and subscripts. CPython's left-recursive rules (bitwise_or ... primary) are
// loops here: they build the same left-nested trees.
#include "parser/parser_core.h"
#include "parser/strings.h"

namespace taipan::parser_detail {

namespace {

    ExprList prepend(Arena& arena, ExprNode* first, ExprList rest)
    {
        ExprList list;
        list.count = rest.count + 1;
        list.items = arena.allocate_array<ExprNode*>(list.count);
        list.items[0] = first;
        for (uint32_t i = 0; i < rest.count; ++i)
            list.items[i + 1] = rest[i];
        return list;
    }

} // namespace

// expressions:
//     | expression (',' expression)+ [',']
//     | expression ','
//     | expression
ExprNode* Parser::expressions()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* first = expression();
    if (!first)
        return nullptr;
    ScratchScope scope(*this);
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = expression();
        if (!next) {
            if (!reset(before))
                return nullptr;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return nullptr;
    if (scratch_base() - scope.base > 1) {
        expect(TokenKind::Comma);
        if (m_error_indicator)
            return nullptr;
    } else if (!expect(TokenKind::Comma)) {
        return m_error_indicator ? nullptr : first;
    }
    auto* tuple = make<Tuple>(location_from(mark));
    tuple->elts = take_list<ExprNode*>(scope.base);
    tuple->ctx = ExprContext::Load;
    return tuple;
}

ExprNode* Parser::expression()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::Expression, result))
        return result;
    result = expression_uncached();
    if (!m_error_indicator)
        memo_store(mark, MemoRule::Expression, result);
    return result;
}

// expression (memo):
//     | invalid_expression
//     | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression
//     | disjunction
//     | lambdef
ExprNode* Parser::expression_uncached()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_expression();
        if (!reset(mark))
            return nullptr;
        invalid_legacy_expression();
        if (!reset(mark))
            return nullptr;
    }
    if (auto* body = disjunction()) {
        int after = m_mark;
        if (expect(TokenKind::KeywordIf)) {
            if (auto* test = disjunction()) {
                if (expect(TokenKind::KeywordElse)) {
                    if (auto* orelse = expression()) {
                        auto* result = make<IfExp>(location_from(mark));
                        result->test = test;
                        result->body = body;
                        result->orelse = orelse;
                        return result;
                    }
                }
            }
        }
        if (!reset(after))
            return nullptr;
        return body;
    }
    if (!reset(mark))
        return nullptr;
    return lambdef();
}

// expression_without_invalid: the first alternatives of `expression`, with the
// invalid_* rules switched off below it.
ExprNode* Parser::expression_without_invalid()
{
    TAIPAN_RULE(1);
    bool saved = m_call_invalid_rules;
    m_call_invalid_rules = false;
    int mark = m_mark;
    ExprNode* result = nullptr;
    if (auto* body = disjunction()) {
        int after = m_mark;
        if (expect(TokenKind::KeywordIf)) {
            if (auto* test = disjunction()) {
                if (expect(TokenKind::KeywordElse)) {
                    if (auto* orelse = expression()) {
                        auto* node = make<IfExp>(location_from(mark));
                        node->test = test;
                        node->body = body;
                        node->orelse = orelse;
                        result = node;
                    }
                }
            }
        }
        if (!result && reset(after))
            result = body;
    } else if (reset(mark)) {
        result = lambdef();
    }
    m_call_invalid_rules = saved;
    return m_error_indicator ? nullptr : result;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprNode* Parser::yield_expr()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::KeywordYield))
        return nullptr;
    if (expect(TokenKind::KeywordFrom)) {
        if (auto* value = expression()) {
            auto* result = make<YieldFrom>(location_from(mark));
            result->value = value;
            return result;
        }
    }
    if (!reset(mark + 1))
        return nullptr;
    auto* value = star_expressions();
    if (m_error_indicator)
        return nullptr;
    auto* result = make<Yield>(location_from(mark));
    result->value = value;
    return result;
}

// star_expressions:
//     | star_expression (',' star_expression)+ [',']
//     | star_expression ','
//     | star_expression
ExprNode* Parser::star_expressions()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* first = star_expression();
    if (!first)
        return nullptr;
    ScratchScope scope(*this);
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = star_expression();
        if (!next) {
            if (!reset(before))
                return nullptr;
            break;
        }
        push(next);
    }
    if (m_error_indicator)
        return nullptr;
    if (scratch_base() - scope.base > 1) {
        expect(TokenKind::Comma);
        if (m_error_indicator)
            return nullptr;
    } else if (!expect(TokenKind::Comma)) {
        return m_error_indicator ? nullptr : first;
    }
    auto* tuple = make<Tuple>(location_from(mark));
    tuple->elts = take_list<ExprNode*>(scope.base);
    tuple->ctx = ExprContext::Load;
    return tuple;
}

// star_expression (memo): '*' bitwise_or | expression
ExprNode* Parser::star_expression()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::StarExpression, result))
        return result;
    TAIPAN_RULE(1);
    result = nullptr;
    if (expect(TokenKind::Star)) {
        if (auto* value = bitwise_or()) {
            auto* starred = make<Starred>(location_from(mark));
            starred->value = value;
            starred->ctx = ExprContext::Load;
            result = starred;
        }
    }
    if (!result && reset(mark))
        result = expression();
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::StarExpression, result);
    return result;
}

// star_named_expressions: ','.star_named_expression+ [',']
bool Parser::star_named_expressions(ExprList& result)
{
    TAIPAN_RULE(2);
    ScratchScope scope(*this);
    auto* first = star_named_expression();
    if (!first)
        return false;
    push(first);
    // CPython parses the elements after the first one in a loop rule of its own.
    DepthScope loop_depth(*this, 1);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = star_named_expression();
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

// star_named_expression: '*' bitwise_or | named_expression
ExprNode* Parser::star_named_expression()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::Star)) {
        if (auto* value = bitwise_or()) {
            auto* starred = make<Starred>(location_from(mark));
            starred->value = value;
            starred->ctx = ExprContext::Load;
            return starred;
        }
    }
    if (!reset(mark))
        return nullptr;
    return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
ExprNode* Parser::assignment_expression()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* target = name_token();
    if (!target)
        return nullptr;
    if (!expect(TokenKind::ColonEqual)) {
        reset(mark);
        return nullptr;
    }
    auto* value = expression();
    if (!value) {
        reset(mark);
        return nullptr;
    }
    auto* result = make<NamedExpr>(location_from(mark));
    result->target = set_context(target, ExprContext::Store);
    result->value = value;
    return result;
}

// named_expression:
//     | assignment_expression
//     | invalid_named_expression
//     | expression !':='
ExprNode* Parser::named_expression()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* result = assignment_expression())
        return result;
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_named_expression();
        if (!reset(mark))
            return nullptr;
    }
    if (auto* result = expression()) {
        if (!at(TokenKind::ColonEqual) && !m_error_indicator)
            return result;
    }
    reset(mark);
    return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
ExprNode* Parser::disjunction()
{
    return bool_operation(
        MemoRule::Disjunction, TokenKind::KeywordOr, BoolOperator::Or, &Parser::conjunction);
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
ExprNode* Parser::conjunction()
{
    return bool_operation(
        MemoRule::Conjunction, TokenKind::KeywordAnd, BoolOperator::And, &Parser::inversion);
}

// The shape both rules above share: operand (keyword operand)+ | operand.
ExprNode* Parser::bool_operation(
    MemoRule rule, TokenKind keyword, BoolOperator op, ExprNode* (Parser::*operand)())
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(rule, result))
        return result;
    TAIPAN_RULE(1);
    result = (this->*operand)();
    if (result) {
        ScratchScope scope(*this);
        push(result);
        for (;;) {
            int before = m_mark;
            if (!expect(keyword))
                break;
            auto* next = (this->*operand)();
            if (!next) {
                m_mark = before;
                break;
            }
            push(next);
        }
        if (!m_error_indicator && scratch_base() - scope.base > 1) {
            auto* node = make<BoolOp>(location_from(mark));
            node->op = op;
            node->values = take_list<ExprNode*>(scope.base);
            result = node;
        }
    }
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, rule, result);
    return result;
}

// inversion (memo): 'not' inversion | comparison
ExprNode* Parser::inversion()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::Inversion, result))
        return result;
    TAIPAN_RULE(1);
    result = nullptr;
    if (expect(TokenKind::KeywordNot)) {
        if (auto* operand = inversion()) {
            auto* node = make<UnaryOp>(location_from(mark));
            node->op = UnaryOperator::Not;
            node->operand = operand;
            result = node;
        }
    }
    if (!result && reset(mark))
        result = comparison();
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::Inversion, result);
    return result;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
ExprNode* Parser::comparison()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* left = bitwise_or();
    if (!left)
        return nullptr;
    CompareOperatorPair* first = compare_op_bitwise_or_pair();
    if (!first)
        return m_error_indicator ? nullptr : left;
    // Comparison chains are short: collect them in a local buffer.
    std::vector<CompareOperatorPair*> pairs;
    pairs.push_back(first);
    for (;;) {
        int before = m_mark;
        auto* pair = compare_op_bitwise_or_pair();
        if (!pair) {
            if (!reset(before))
                return nullptr;
            break;
        }
        pairs.push_back(pair);
    }
    auto* node = make<Compare>(location_from(mark));
    node->left = left;
    node->ops.count = static_cast<uint32_t>(pairs.size());
    node->ops.items = m_arena.allocate_array<CompareOperator>(pairs.size());
    node->comparators.count = static_cast<uint32_t>(pairs.size());
    node->comparators.items = m_arena.allocate_array<ExprNode*>(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        node->ops.items[i] = pairs[i]->op;
        node->comparators.items[i] = pairs[i]->expr;
    }
    return node;
}

// compare_op_bitwise_or_pair: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in'
//     | 'is' 'not' | 'is', each followed by bitwise_or
CompareOperatorPair* Parser::compare_op_bitwise_or_pair()
{
    TAIPAN_RULE(2);
    int mark = m_mark;
    auto* token = peek();
    if (!token)
        return nullptr;
    CompareOperator op;
    switch (token->kind) {
    case TokenKind::EqualEqual:
        op = CompareOperator::Eq;
        break;
    case TokenKind::NotEqual:
        op = CompareOperator::NotEq;
        break;
    case TokenKind::LessEqual:
        op = CompareOperator::LtE;
        break;
    case TokenKind::Less:
        op = CompareOperator::Lt;
        break;
    case TokenKind::GreaterEqual:
        op = CompareOperator::GtE;
        break;
    case TokenKind::Greater:
        op = CompareOperator::Gt;
        break;
    case TokenKind::KeywordNot:
        op = CompareOperator::NotIn;
        break;
    case TokenKind::KeywordIn:
        op = CompareOperator::In;
        break;
    case TokenKind::KeywordIs:
        op = CompareOperator::IsNot;
        break;
    default:
        return nullptr;
    }
    ++m_mark;
    if (op == CompareOperator::NotIn) {
        if (!expect(TokenKind::KeywordIn)) {
            reset(mark);
            return nullptr;
        }
    } else if (op == CompareOperator::IsNot) {
        // 'is' 'not' bitwise_or, then 'is' bitwise_or.
        if (expect(TokenKind::KeywordNot)) {
            if (auto* operand = bitwise_or()) {
                auto* pair = m_arena.make<CompareOperatorPair>();
                pair->op = CompareOperator::IsNot;
                pair->expr = operand;
                return pair;
            }
        }
        if (!reset(mark + 1))
            return nullptr;
        op = CompareOperator::Is;
    }
    auto* operand = bitwise_or();
    if (!operand) {
        reset(mark);
        return nullptr;
    }
    auto* pair = m_arena.make<CompareOperatorPair>();
    pair->op = op;
    pair->expr = operand;
    return pair;
}

namespace {

    bool bitwise_or_operator(TokenKind kind, Operator& op)
    {
        if (kind != TokenKind::VerticalBar)
            return false;
        op = Operator::BitOr;
        return true;
    }

    bool bitwise_xor_operator(TokenKind kind, Operator& op)
    {
        if (kind != TokenKind::Circumflex)
            return false;
        op = Operator::BitXor;
        return true;
    }

    bool bitwise_and_operator(TokenKind kind, Operator& op)
    {
        if (kind != TokenKind::Ampersand)
            return false;
        op = Operator::BitAnd;
        return true;
    }

    bool shift_operator(TokenKind kind, Operator& op)
    {
        if (kind == TokenKind::LeftShift)
            op = Operator::LShift;
        else if (kind == TokenKind::RightShift)
            op = Operator::RShift;
        else
            return false;
        return true;
    }

    bool sum_operator(TokenKind kind, Operator& op)
    {
        if (kind == TokenKind::Plus)
            op = Operator::Add;
        else if (kind == TokenKind::Minus)
            op = Operator::Sub;
        else
            return false;
        return true;
    }

    bool term_operator(TokenKind kind, Operator& op)
    {
        switch (kind) {
        case TokenKind::Star:
            op = Operator::Mult;
            return true;
        case TokenKind::Slash:
            op = Operator::Div;
            return true;
        case TokenKind::DoubleSlash:
            op = Operator::FloorDiv;
            return true;
        case TokenKind::Percent:
            op = Operator::Mod;
            return true;
        case TokenKind::At:
            op = Operator::MatMult;
            return true;
        default:
            return false;
        }
    }

} // namespace

// The left-recursive binary operator rules (`a=rule OP b=next | next`) as loops.
#define TAIPAN_BINARY_RULE(rule, next, operator_of)                                                          \
    ExprNode* Parser::rule()                                                                                 \
    {                                                                                                        \
        TAIPAN_RULE(2);                                                                                      \
        int mark = m_mark;                                                                                   \
        ExprNode* result = next();                                                                           \
        while (result) {                                                                                     \
            int before = m_mark;                                                                             \
            auto* token = peek();                                                                            \
            Operator op;                                                                                     \
            if (!token || !operator_of(token->kind, op))                                                     \
                break;                                                                                       \
            ++m_mark;                                                                                        \
            auto* right = next();                                                                            \
            if (!right) {                                                                                    \
                m_mark = before;                                                                             \
                break;                                                                                       \
            }                                                                                                \
            auto* node = make<BinOp>(location_from(mark));                                                   \
            node->left = result;                                                                             \
            node->op = op;                                                                                   \
            node->right = right;                                                                             \
            result = node;                                                                                   \
        }                                                                                                    \
        if (m_error_indicator)                                                                               \
            return nullptr;                                                                                  \
        return result;                                                                                       \
    }

TAIPAN_BINARY_RULE(bitwise_xor, bitwise_and, bitwise_xor_operator)
TAIPAN_BINARY_RULE(bitwise_and, shift_expr, bitwise_and_operator)
TAIPAN_BINARY_RULE(shift_expr, sum, shift_operator)
TAIPAN_BINARY_RULE(sum, term, sum_operator)
TAIPAN_BINARY_RULE(term, factor, term_operator)

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor  (memoised: many rules start with it)
ExprNode* Parser::bitwise_or()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::BitwiseOr, result))
        return result;
    TAIPAN_RULE(2);
    result = bitwise_xor();
    while (result) {
        int before = m_mark;
        auto* token = peek();
        Operator op;
        if (!token || !bitwise_or_operator(token->kind, op))
            break;
        ++m_mark;
        auto* right = bitwise_xor();
        if (!right) {
            m_mark = before;
            break;
        }
        auto* node = make<BinOp>(location_from(mark));
        node->left = result;
        node->op = op;
        node->right = right;
        result = node;
    }
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::BitwiseOr, result);
    return result;
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
ExprNode* Parser::factor()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::Factor, result))
        return result;
    TAIPAN_RULE(1);
    result = nullptr;
    auto* token = peek();
    if (!token)
        return nullptr;
    UnaryOperator op;
    bool unary = true;
    switch (token->kind) {
    case TokenKind::Plus:
        op = UnaryOperator::UAdd;
        break;
    case TokenKind::Minus:
        op = UnaryOperator::USub;
        break;
    case TokenKind::Tilde:
        op = UnaryOperator::Invert;
        break;
    default:
        unary = false;
        op = UnaryOperator::UAdd;
        break;
    }
    if (unary) {
        ++m_mark;
        if (auto* operand = factor()) {
            auto* node = make<UnaryOp>(location_from(mark));
            node->op = op;
            node->operand = operand;
            result = node;
        } else if (!reset(mark)) {
            return nullptr;
        }
    }
    if (!result && !unary)
        result = power();
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::Factor, result);
    return result;
}

// power: await_primary '**' factor | await_primary
ExprNode* Parser::power()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* left = await_primary();
    if (!left)
        return nullptr;
    int after = m_mark;
    if (expect(TokenKind::DoubleStar)) {
        if (auto* right = factor()) {
            auto* node = make<BinOp>(location_from(mark));
            node->left = left;
            node->op = Operator::Pow;
            node->right = right;
            return node;
        }
    }
    if (!reset(after))
        return nullptr;
    return left;
}

// await_primary (memo): AWAIT primary | primary
ExprNode* Parser::await_primary()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::AwaitPrimary, result))
        return result;
    TAIPAN_RULE(1);
    result = nullptr;
    if (expect(TokenKind::KeywordAwait)) {
        if (auto* value = primary()) {
            auto* node = make<Await>(location_from(mark));
            node->value = value;
            result = node;
        }
    }
    if (!result && reset(mark))
        result = primary();
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::AwaitPrimary, result);
    return result;
}

// primary:
//     | primary '.' NAME
//     | primary genexp
//     | primary '(' [arguments] ')'
//     | primary '[' slices ']'
//     | atom
ExprNode* Parser::primary()
{
    TAIPAN_RULE(2);
    int mark = m_mark;
    ExprNode* result = atom();
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
                auto* node = make<Attribute>(location_from(mark));
                node->value = result;
                node->attr = id;
                node->ctx = ExprContext::Load;
                result = node;
                continue;
            }
            if (!reset(before))
                return nullptr;
        }
        // genexp only matches at '('; its error rule also looks at '[' and '{'.
        if (token->kind == TokenKind::LeftParen
            || (m_call_invalid_rules
                && (token->kind == TokenKind::LeftBracket || token->kind == TokenKind::LeftBrace))) {
            if (auto* generator = genexp()) {
                auto* node = make<Call>(location_from(mark));
                node->func = result;
                node->args = singleton_list<ExprNode*>(generator);
                result = node;
                continue;
            }
            if (!reset(before))
                return nullptr;
        }
        if (expect(TokenKind::LeftParen)) {
            Call* call_arguments = arguments();
            if (m_error_indicator)
                return nullptr;
            if (expect(TokenKind::RightParen)) {
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
        if (expect(TokenKind::LeftBracket)) {
            if (auto* slice = slices()) {
                if (expect(TokenKind::RightBracket)) {
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
        break;
    }
    if (m_error_indicator)
        return nullptr;
    return result;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprNode* Parser::slices()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* single = slice()) {
        if (!at(TokenKind::Comma) && !m_error_indicator)
            return single;
    }
    if (!reset(mark))
        return nullptr;
    ScratchScope scope(*this);
    auto element = [&]() -> ExprNode* {
        int before = m_mark;
        if (auto* result = slice())
            return result;
        if (!reset(before))
            return nullptr;
        return starred_expression();
    };
    auto* first = element();
    if (!first)
        return nullptr;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = element();
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
    tuple->ctx = ExprContext::Load;
    return tuple;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ExprNode* Parser::slice()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    {
        auto* lower = expression();
        if (m_error_indicator)
            return nullptr;
        if (!lower)
            m_mark = mark;
        if (expect(TokenKind::Colon)) {
            int before = m_mark;
            auto* upper = expression();
            if (m_error_indicator)
                return nullptr;
            if (!upper)
                m_mark = before;
            ExprNode* step = nullptr;
            before = m_mark;
            if (expect(TokenKind::Colon)) {
                int step_mark = m_mark;
                step = expression();
                if (m_error_indicator)
                    return nullptr;
                if (!step)
                    m_mark = step_mark;
            }
            if (m_error_indicator)
                return nullptr;
            auto* node = make<Slice>(location_from(mark));
            node->lower = lower;
            node->upper = upper;
            node->step = step;
            return node;
        }
    }
    if (!reset(mark))
        return nullptr;
    return named_expression();
}

// atom:
//     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
ExprNode* Parser::atom()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* token = peek();
    if (!token)
        return nullptr;
    auto constant = [&](ConstantValue::Kind kind) {
        ++m_mark;
        auto* node = make<Constant>(location_from(mark));
        node->value.kind = kind;
        return node;
    };
    switch (token->kind) {
    case TokenKind::Name:
        return name_token();
    case TokenKind::KeywordTrue:
        return constant(ConstantValue::Kind::True);
    case TokenKind::KeywordFalse:
        return constant(ConstantValue::Kind::False);
    case TokenKind::KeywordNone:
        return constant(ConstantValue::Kind::None);
    case TokenKind::String:
        return strings();
    case TokenKind::Number:
        return number_token();
    case TokenKind::LeftParen: {
        DepthScope group_depth(*this, 1); // CPython's helper rule for the group
        if (auto* result = tuple())
            return result;
        if (!reset(mark))
            return nullptr;
        if (auto* result = group())
            return result;
        if (!reset(mark))
            return nullptr;
        if (auto* result = genexp())
            return result;
        reset(mark);
        return nullptr;
    }
    case TokenKind::LeftBracket: {
        DepthScope group_depth(*this, 1); // CPython's helper rule for the group
        if (auto* result = list())
            return result;
        if (!reset(mark))
            return nullptr;
        if (auto* result = listcomp())
            return result;
        reset(mark);
        return nullptr;
    }
    case TokenKind::LeftBrace: {
        DepthScope group_depth(*this, 1); // CPython's helper rule for the group
        if (auto* result = dict())
            return result;
        if (!reset(mark))
            return nullptr;
        if (auto* result = set())
            return result;
        if (!reset(mark))
            return nullptr;
        if (auto* result = dictcomp())
            return result;
        if (!reset(mark))
            return nullptr;
        if (auto* result = setcomp())
            return result;
        reset(mark);
        return nullptr;
    }
    case TokenKind::Ellipsis:
        return constant(ConstantValue::Kind::Ellipsis);
    default:
        return nullptr;
    }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
ExprNode* Parser::group()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftParen)) {
        int inside = m_mark;
        ExprNode* inner;
        {
            DepthScope group_depth(*this, 1); // (yield_expr | named_expression) is a helper rule
            inner = yield_expr();
            if (!inner && reset(inside))
                inner = named_expression();
        }
        if (inner && expect(TokenKind::RightParen))
            return inner;
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_group();
        reset(mark);
    }
    return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
ExprNode* Parser::lambdef()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::KeywordLambda))
        return nullptr;
    auto* parameters = params(true);
    if (m_error_indicator)
        return nullptr;
    if (!expect(TokenKind::Colon)) {
        reset(mark);
        return nullptr;
    }
    auto* body = expression();
    if (!body) {
        reset(mark);
        return nullptr;
    }
    auto* node = make<Lambda>(location_from(mark));
    node->args = parameters ? parameters : empty_arguments();
    node->body = body;
    return node;
}

// strings (memo): STRING+
ExprNode* Parser::strings()
{
    ExprNode* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::Strings, result))
        return result;
    TAIPAN_RULE(1);
    while (at(TokenKind::String))
        ++m_mark;
    if (m_error_indicator)
        return nullptr;
    if (m_mark == mark)
        return nullptr;
    std::vector<Token> tokens;
    tokens.reserve(m_mark - mark);
    for (int index = mark; index < m_mark; ++index)
        tokens.push_back(m_tokens[index].token);
    auto parsed = parse_strings(tokens, m_arena);
    if (parsed.is_error()) {
        SyntaxError error = parsed.release_error();
        // Errors of the literals themselves are raised at the last token fetched.
        if (error.lineno == 0)
            return raise_at_last_token(error.kind, std::move(error.message));
        m_syntax_error = std::move(error);
        m_has_error = true;
        m_error_from_lexer = false;
        m_error_indicator = true;
        return nullptr;
    }
    result = parsed.value();
    memo_store(mark, MemoRule::Strings, result);
    return result;
}

// list: '[' [star_named_expressions] ']'
ExprNode* Parser::list()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::LeftBracket))
        return nullptr;
    ExprList elements;
    star_named_expressions(elements);
    if (m_error_indicator)
        return nullptr;
    if (!expect(TokenKind::RightBracket)) {
        reset(mark);
        return nullptr;
    }
    auto* node = make<List>(location_from(mark));
    node->elts = elements;
    node->ctx = ExprContext::Load;
    return node;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
ExprNode* Parser::tuple()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::LeftParen))
        return nullptr;
    ExprList elements;
    int inside = m_mark;
    DepthScope group_depth(*this, 1); // the optional group is a helper rule in CPython
    if (auto* first = star_named_expression()) {
        if (expect(TokenKind::Comma)) {
            ExprList rest;
            int before = m_mark;
            if (!star_named_expressions(rest) && !reset(before))
                return nullptr;
            elements = prepend(m_arena, first, rest);
        } else if (!reset(inside)) {
            return nullptr;
        }
    } else if (!reset(inside)) {
        return nullptr;
    }
    if (!expect(TokenKind::RightParen)) {
        reset(mark);
        return nullptr;
    }
    auto* node = make<Tuple>(location_from(mark));
    node->elts = elements;
    node->ctx = ExprContext::Load;
    return node;
}

// set: '{' star_named_expressions '}'
ExprNode* Parser::set()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::LeftBrace))
        return nullptr;
    ExprList elements;
    if (!star_named_expressions(elements) || !expect(TokenKind::RightBrace)) {
        reset(mark);
        return nullptr;
    }
    auto* node = make<Set>(location_from(mark));
    node->elts = elements;
    return node;
}

// dict:
//     | '{' [double_starred_kvpairs] '}'
//     | '{' invalid_double_starred_kvpairs '}'
ExprNode* Parser::dict()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftBrace)) {
        KeyValuePairList pairs;
        double_starred_kvpairs(pairs);
        if (m_error_indicator)
            return nullptr;
        if (expect(TokenKind::RightBrace)) {
            auto* node = make<Dict>(location_from(mark));
            node->keys.count = pairs.count;
            node->keys.items = m_arena.allocate_array<ExprNode*>(pairs.count);
            node->values.count = pairs.count;
            node->values.items = m_arena.allocate_array<ExprNode*>(pairs.count);
            for (uint32_t i = 0; i < pairs.count; ++i) {
                node->keys.items[i] = pairs[i]->key;
                node->values.items[i] = pairs[i]->value;
            }
            return node;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules && expect(TokenKind::LeftBrace)) {
        invalid_double_starred_kvpairs();
        if (m_error_indicator)
            return nullptr;
        // The rule only ever fails or raises.
    }
    reset(mark);
    return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
bool Parser::double_starred_kvpairs(KeyValuePairList& result)
{
    TAIPAN_RULE(2);
    ScratchScope scope(*this);
    auto* first = double_starred_kvpair();
    if (!first)
        return false;
    push(first);
    for (;;) {
        int before = m_mark;
        if (!expect(TokenKind::Comma))
            break;
        auto* next = double_starred_kvpair();
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
    result = take_list<KeyValuePair*>(scope.base);
    return true;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
KeyValuePair* Parser::double_starred_kvpair()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::DoubleStar)) {
        if (auto* value = bitwise_or()) {
            auto* pair = m_arena.make<KeyValuePair>();
            pair->key = nullptr;
            pair->value = value;
            return pair;
        }
    }
    if (!reset(mark))
        return nullptr;
    return kvpair();
}

// kvpair: expression ':' expression
KeyValuePair* Parser::kvpair()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* key = expression();
    if (!key || !expect(TokenKind::Colon)) {
        reset(mark);
        return nullptr;
    }
    auto* value = expression();
    if (!value) {
        reset(mark);
        return nullptr;
    }
    auto* pair = m_arena.make<KeyValuePair>();
    pair->key = key;
    pair->value = value;
    return pair;
}

// for_if_clauses: for_if_clause+
bool Parser::for_if_clauses(ComprehensionList& result)
{
    TAIPAN_RULE(2);
    ScratchScope scope(*this);
    for (;;) {
        int before = m_mark;
        auto* clause = for_if_clause();
        if (!clause) {
            if (!reset(before))
                return false;
            break;
        }
        push(clause);
    }
    if (scratch_base() == scope.base)
        return false;
    result = take_list<Comprehension*>(scope.base);
    return true;
}

// for_if_clause:
//     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_target
Comprehension* Parser::for_if_clause()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    for (int alternative = 0; alternative < 2; ++alternative) {
        if (!reset(mark))
            return nullptr;
        bool is_async = alternative == 0;
        if (is_async && !expect(TokenKind::KeywordAsync))
            continue;
        if (!expect(TokenKind::KeywordFor))
            continue;
        auto* target = star_targets();
        if (!target || !expect(TokenKind::KeywordIn))
            continue;
        // The cut: from here a failure fails the whole rule.
        auto* iter = disjunction();
        if (!iter) {
            reset(mark);
            return nullptr;
        }
        ScratchScope scope(*this);
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::KeywordIf))
                break;
            auto* condition = disjunction();
            if (!condition) {
                m_mark = before;
                break;
            }
            push(condition);
        }
        if (m_error_indicator)
            return nullptr;
        auto* clause = make_product<Comprehension>();
        clause->target = target;
        clause->iter = iter;
        clause->ifs = take_list<ExprNode*>(scope.base);
        clause->is_async = is_async ? 1 : 0;
        return clause;
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_for_target();
        reset(mark);
    }
    return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
ExprNode* Parser::listcomp()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftBracket)) {
        if (auto* element = named_expression()) {
            ComprehensionList generators;
            if (for_if_clauses(generators) && expect(TokenKind::RightBracket)) {
                auto* node = make<ListComp>(location_from(mark));
                node->elt = element;
                node->generators = generators;
                return node;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_comprehension();
        reset(mark);
    }
    return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
ExprNode* Parser::setcomp()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftBrace)) {
        if (auto* element = named_expression()) {
            ComprehensionList generators;
            if (for_if_clauses(generators) && expect(TokenKind::RightBrace)) {
                auto* node = make<SetComp>(location_from(mark));
                node->elt = element;
                node->generators = generators;
                return node;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_comprehension();
        reset(mark);
    }
    return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
ExprNode* Parser::genexp()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftParen)) {
        int inside = m_mark;
        ExprNode* element = assignment_expression();
        if (!element && reset(inside)) {
            element = expression();
            if (element && (at(TokenKind::ColonEqual) || m_error_indicator))
                element = nullptr;
        }
        if (element) {
            ComprehensionList generators;
            if (for_if_clauses(generators) && expect(TokenKind::RightParen)) {
                auto* node = make<GeneratorExp>(location_from(mark));
                node->elt = element;
                node->generators = generators;
                return node;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_comprehension();
        reset(mark);
    }
    return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
ExprNode* Parser::dictcomp()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::LeftBrace)) {
        if (auto* pair = kvpair()) {
            ComprehensionList generators;
            if (for_if_clauses(generators) && expect(TokenKind::RightBrace)) {
                auto* node = make<DictComp>(location_from(mark));
                node->key = pair->key;
                node->value = pair->value;
                node->generators = generators;
                return node;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_dict_comprehension();
        reset(mark);
    }
    return nullptr;
}

// starred_expression: '*' expression
ExprNode* Parser::starred_expression()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::Star))
        return nullptr;
    auto* value = expression();
    if (!value) {
        reset(mark);
        return nullptr;
    }
    auto* node = make<Starred>(location_from(mark));
    node->value = value;
    node->ctx = ExprContext::Load;
    return node;
}

} // namespace taipan::parser_detail
