// Call arguments, function and lambda parameters (one implementation for both, as the
// grammar's lambda_* rules only differ in annotations and in ending at ':' instead of
// ')'), type_expressions, and the error rules that belong to them.
#include "parser/parser_core.h"

#include <string>

namespace taipan::parser_detail {

// ---------------------------------------------------------------------------------------
// Call arguments

// arguments (memo): args [','] &')' | invalid_arguments
Call* Parser::arguments()
{
    Call* result;
    int mark = m_mark;
    if (memo_lookup(MemoRule::Arguments, result))
        return result;
    TAIPAN_RULE(1);
    result = args();
    if (result) {
        expect(TokenKind::Comma);
        if (!at(TokenKind::RightParen))
            result = nullptr;
    }
    if (!result && reset(mark) && m_call_invalid_rules) {
        invalid_arguments();
        reset(mark);
    }
    if (m_error_indicator)
        return nullptr;
    memo_store(mark, MemoRule::Arguments, result);
    return result;
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
Call* Parser::args()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto element = [&]() -> ExprNode* {
        TAIPAN_RULE(1);
        int start = m_mark;
        if (auto* starred = starred_expression())
            return starred;
        if (!reset(start))
            return nullptr;
        ExprNode* value = assignment_expression();
        if (!value) {
            if (!reset(start))
                return nullptr;
            value = expression();
            if (value && at(TokenKind::ColonEqual))
                value = nullptr;
        }
        if (value && !at(TokenKind::Equal) && !m_error_indicator)
            return value;
        reset(start);
        return nullptr;
    };
    {
        ScratchScope scope(*this);
        if (auto* first = element()) {
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
            ExprList positional = take_list<ExprNode*>(scope.base);
            KeywordOrStarredList rest;
            bool has_rest = false;
            int before = m_mark;
            if (expect(TokenKind::Comma)) {
                if (kwargs(rest))
                    has_rest = true;
                else if (!reset(before))
                    return nullptr;
            }
            if (m_error_indicator)
                return nullptr;
            return collect_call_seqs(positional, has_rest ? &rest : nullptr, location_from(mark));
        }
    }
    if (!reset(mark))
        return nullptr;
    KeywordOrStarredList all;
    if (kwargs(all))
        return collect_call_seqs({}, &all, location_from(mark));
    return nullptr;
}

// CPython's _PyPegen_collect_call_seqs: starred arguments after keywords go with the
// positional ones.
Call* Parser::collect_call_seqs(ExprList positional, KeywordOrStarredList* rest, Location location)
{
    auto* call = make<Call>(location);
    if (!rest) {
        call->args = positional;
        return call;
    }
    size_t base = scratch_base();
    for (auto* element : positional)
        push(element);
    for (auto* item : *rest) {
        if (!item->is_keyword)
            push(item->element);
    }
    call->args = take_list<ExprNode*>(base);
    for (auto* item : *rest) {
        if (item->is_keyword)
            push(item->element);
    }
    call->keywords = take_list<Keyword*>(base);
    return call;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
bool Parser::kwargs(KeywordOrStarredList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ScratchScope scope(*this);
    auto gather = [&](bool double_starred) -> bool {
        TAIPAN_RULE(2);
        auto one = [&]() { return double_starred ? kwarg_or_double_starred() : kwarg_or_starred(); };
        size_t base = scratch_base();
        auto* first = one();
        if (!first)
            return false;
        push(first);
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::Comma))
                break;
            auto* next = one();
            if (!next) {
                if (!reset(before))
                    return false;
                break;
            }
            push(next);
        }
        if (m_error_indicator) {
            m_scratch.resize(base);
            return false;
        }
        return true;
    };
    if (gather(false)) {
        if (expect(TokenKind::Comma) && gather(true)) {
            result = take_list<KeywordOrStarred*>(scope.base);
            return true;
        }
        // The second alternative is the first one's list alone: parse it again, as
        // CPython does.
        if (!reset(mark))
            return false;
        m_scratch.resize(scope.base);
        if (gather(false)) {
            result = take_list<KeywordOrStarred*>(scope.base);
            return true;
        }
    }
    if (!reset(mark))
        return false;
    m_scratch.resize(scope.base);
    if (gather(true)) {
        result = take_list<KeywordOrStarred*>(scope.base);
        return true;
    }
    reset(mark);
    return false;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
KeywordOrStarred* Parser::kwarg_or_starred()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_kwarg();
        if (!reset(mark))
            return nullptr;
    }
    if (auto* name = name_token()) {
        if (expect(TokenKind::Equal)) {
            if (auto* value = expression()) {
                auto* keyword = make_product<Keyword>(location_from(mark));
                keyword->arg = name->id;
                keyword->value = value;
                auto* item = m_arena.make<KeywordOrStarred>();
                item->element = keyword;
                item->is_keyword = true;
                return item;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* starred = starred_expression()) {
        auto* item = m_arena.make<KeywordOrStarred>();
        item->element = starred;
        item->is_keyword = false;
        return item;
    }
    return nullptr;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
KeywordOrStarred* Parser::kwarg_or_double_starred()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_kwarg();
        if (!reset(mark))
            return nullptr;
    }
    if (auto* name = name_token()) {
        if (expect(TokenKind::Equal)) {
            if (auto* value = expression()) {
                auto* keyword = make_product<Keyword>(location_from(mark));
                keyword->arg = name->id;
                keyword->value = value;
                auto* item = m_arena.make<KeywordOrStarred>();
                item->element = keyword;
                item->is_keyword = true;
                return item;
            }
        }
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::DoubleStar)) {
        if (auto* value = expression()) {
            auto* keyword = make_product<Keyword>(location_from(mark));
            keyword->value = value;
            auto* item = m_arena.make<KeywordOrStarred>();
            item->element = keyword;
            item->is_keyword = true;
            return item;
        }
    }
    reset(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------
// Parameters. `is_lambda` selects the lambda_* variant of each rule.

// params: invalid_parameters | parameters
// lambda_params: invalid_lambda_parameters | lambda_parameters
Arguments* Parser::params(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_parameters(is_lambda);
        if (!reset(mark))
            return nullptr;
    }
    return parameters(is_lambda);
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
Arguments* Parser::parameters(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto no_defaults = [&](ArgList& list) {
        ScratchScope scope(*this);
        for (;;) {
            int before = m_mark;
            auto* arg = param_no_default(is_lambda);
            if (!arg) {
                if (!reset(before))
                    return false;
                break;
            }
            push(arg);
        }
        list = take_list<Arg*>(scope.base);
        return true;
    };
    auto with_defaults = [&](NameDefaultPairList& list) {
        ScratchScope scope(*this);
        for (;;) {
            int before = m_mark;
            auto* pair = param_with_default(is_lambda);
            if (!pair) {
                if (!reset(before))
                    return false;
                break;
            }
            push(pair);
        }
        list = take_list<NameDefaultPair*>(scope.base);
        return true;
    };
    auto optional_star_etc = [&](StarEtc*& star) {
        int before = m_mark;
        star = star_etc(is_lambda);
        if (!star)
            return reset(before);
        return true;
    };

    {
        ArgList slash;
        if (slash_no_default(is_lambda, slash)) {
            ArgList plain;
            NameDefaultPairList defaults;
            StarEtc* star;
            if (!no_defaults(plain) || !with_defaults(defaults) || !optional_star_etc(star))
                return nullptr;
            return make_arguments(&slash, nullptr, &plain, &defaults, star);
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* slash = slash_with_default(is_lambda)) {
        NameDefaultPairList defaults;
        StarEtc* star;
        if (!with_defaults(defaults) || !optional_star_etc(star))
            return nullptr;
        return make_arguments(nullptr, slash, nullptr, &defaults, star);
    }
    if (!reset(mark))
        return nullptr;
    {
        ArgList plain;
        if (!no_defaults(plain))
            return nullptr;
        if (plain.count > 0) {
            NameDefaultPairList defaults;
            StarEtc* star;
            if (!with_defaults(defaults) || !optional_star_etc(star))
                return nullptr;
            return make_arguments(nullptr, nullptr, &plain, &defaults, star);
        }
    }
    if (!reset(mark))
        return nullptr;
    {
        NameDefaultPairList defaults;
        if (!with_defaults(defaults))
            return nullptr;
        if (defaults.count > 0) {
            StarEtc* star;
            if (!optional_star_etc(star))
                return nullptr;
            return make_arguments(nullptr, nullptr, nullptr, &defaults, star);
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* star = star_etc(is_lambda))
        return make_arguments(nullptr, nullptr, nullptr, nullptr, star);
    return nullptr;
}

bool Parser::param_end(bool is_lambda)
{
    return at(is_lambda ? TokenKind::Colon : TokenKind::RightParen);
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
bool Parser::slash_no_default(bool is_lambda, ArgList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ScratchScope scope(*this);
    for (;;) {
        int before = m_mark;
        auto* arg = param_no_default(is_lambda);
        if (!arg) {
            if (!reset(before))
                return false;
            break;
        }
        push(arg);
    }
    if (scratch_base() == scope.base)
        return false;
    if (expect(TokenKind::Slash)) {
        int after = m_mark;
        if (expect(TokenKind::Comma) || (reset(after) && param_end(is_lambda))) {
            result = take_list<Arg*>(scope.base);
            return true;
        }
    }
    reset(mark);
    return false;
}

// slash_with_default:
//     | param_no_default* param_with_default+ '/' ','
//     | param_no_default* param_with_default+ '/' &')'
SlashWithDefault* Parser::slash_with_default(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ScratchScope scope(*this);
    for (;;) {
        int before = m_mark;
        auto* arg = param_no_default(is_lambda);
        if (!arg) {
            if (!reset(before))
                return nullptr;
            break;
        }
        push(arg);
    }
    ArgList plain = take_list<Arg*>(scope.base);
    DepthScope loop_depth(*this, 1); // param_with_default+ is a loop rule in CPython
    for (;;) {
        int before = m_mark;
        auto* pair = param_with_default(is_lambda);
        if (!pair) {
            if (!reset(before))
                return nullptr;
            break;
        }
        push(pair);
    }
    if (scratch_base() == scope.base) {
        reset(mark);
        return nullptr;
    }
    if (expect(TokenKind::Slash)) {
        int after = m_mark;
        if (expect(TokenKind::Comma) || (reset(after) && param_end(is_lambda))) {
            auto* result = m_arena.make<SlashWithDefault>();
            result->plain_names = plain;
            result->names_with_defaults = take_list<NameDefaultPair*>(scope.base);
            return result;
        }
    }
    reset(mark);
    return nullptr;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]  (not for lambda)
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
StarEtc* Parser::star_etc(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_star_etc(is_lambda);
        if (!reset(mark))
            return nullptr;
    }
    auto maybe_defaults = [&](NameDefaultPairList& list) {
        ScratchScope scope(*this);
        for (;;) {
            int before = m_mark;
            auto* pair = param_maybe_default(is_lambda);
            if (!pair) {
                if (!reset(before))
                    return false;
                break;
            }
            push(pair);
        }
        list = take_list<NameDefaultPair*>(scope.base);
        return true;
    };
    auto finish = [&](Arg* vararg, NameDefaultPairList kwonly) -> StarEtc* {
        int before = m_mark;
        Arg* kwarg = kwds(is_lambda);
        if (!kwarg && !reset(before))
            return nullptr;
        auto* result = m_arena.make<StarEtc>();
        result->vararg = vararg;
        result->kwonlyargs = kwonly;
        result->kwarg = kwarg;
        return result;
    };
    for (int alternative = 0; alternative < 3; ++alternative) {
        if (!reset(mark))
            return nullptr;
        if (alternative == 1 && is_lambda)
            continue;
        if (!expect(TokenKind::Star))
            break;
        if (alternative == 2) {
            if (!expect(TokenKind::Comma))
                continue;
            NameDefaultPairList kwonly;
            if (!maybe_defaults(kwonly))
                return nullptr;
            if (kwonly.count == 0)
                continue;
            return finish(nullptr, kwonly);
        }
        Arg* vararg = alternative == 0 ? param_no_default(is_lambda) : param_no_default_star_annotation();
        if (!vararg)
            continue;
        NameDefaultPairList kwonly;
        if (!maybe_defaults(kwonly))
            return nullptr;
        return finish(vararg, kwonly);
    }
    if (!reset(mark))
        return nullptr;
    if (auto* kwarg = kwds(is_lambda)) {
        auto* result = m_arena.make<StarEtc>();
        result->kwarg = kwarg;
        return result;
    }
    return nullptr;
}

// kwds: invalid_kwds | '**' param_no_default
Arg* Parser::kwds(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (m_call_invalid_rules) {
        invalid_kwds(is_lambda);
        if (!reset(mark))
            return nullptr;
    }
    if (!expect(TokenKind::DoubleStar))
        return nullptr;
    auto* arg = param_no_default(is_lambda);
    if (!arg)
        reset(mark);
    return arg;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
// lambda_param_no_default: lambda_param ',' | lambda_param &':'
Arg* Parser::param_no_default(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* arg = param(is_lambda)) {
        if (expect(TokenKind::Comma)) {
            if (!is_lambda)
                peek(); // TYPE_COMMENT?
            return m_error_indicator ? nullptr : arg;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* arg = param(is_lambda)) {
        if (param_end(is_lambda))
            return arg;
    }
    reset(mark);
    return nullptr;
}

// param_no_default_star_annotation:
//     | param_star_annotation ',' TYPE_COMMENT?
//     | param_star_annotation TYPE_COMMENT? &')'
Arg* Parser::param_no_default_star_annotation()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* arg = param_star_annotation()) {
        if (expect(TokenKind::Comma)) {
            peek();
            return m_error_indicator ? nullptr : arg;
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* arg = param_star_annotation()) {
        if (at(TokenKind::RightParen))
            return arg;
    }
    reset(mark);
    return nullptr;
}

// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
NameDefaultPair* Parser::param_with_default(bool is_lambda)
{
    return param_and_default(is_lambda, true);
}

// param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
NameDefaultPair* Parser::param_maybe_default(bool is_lambda)
{
    return param_and_default(is_lambda, false);
}

// The two rules above, which differ only in whether the default may be left out.
NameDefaultPair* Parser::param_and_default(bool is_lambda, bool default_required)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    for (int alternative = 0; alternative < 2; ++alternative) {
        if (!reset(mark))
            return nullptr;
        auto* arg = param(is_lambda);
        if (!arg)
            continue;
        int before = m_mark;
        auto* value = default_value();
        if (!value) {
            if (default_required)
                continue;
            if (!reset(before))
                return nullptr;
        }
        if (alternative == 0) {
            if (!expect(TokenKind::Comma))
                continue;
            if (!is_lambda)
                peek();
        } else if (!param_end(is_lambda)) {
            continue;
        }
        if (m_error_indicator)
            return nullptr;
        auto* pair = m_arena.make<NameDefaultPair>();
        pair->arg = arg;
        pair->value = value;
        return pair;
    }
    reset(mark);
    return nullptr;
}

// param: NAME annotation?
// lambda_param: NAME
Arg* Parser::param(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* name = name_token();
    if (!name)
        return nullptr;
    ExprNode* type = nullptr;
    if (!is_lambda) {
        int before = m_mark;
        type = annotation();
        if (!type && !reset(before))
            return nullptr;
    }
    auto* arg = make_product<Arg>(location_from(mark));
    arg->arg = name->id;
    arg->annotation = type;
    return arg;
}

// param_star_annotation: NAME star_annotation
Arg* Parser::param_star_annotation()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto* name = name_token();
    if (!name)
        return nullptr;
    auto* type = star_annotation();
    if (!type) {
        reset(mark);
        return nullptr;
    }
    auto* arg = make_product<Arg>(location_from(mark));
    arg->arg = name->id;
    arg->annotation = type;
    return arg;
}

// annotation: ':' expression
ExprNode* Parser::annotation()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::Colon))
        return nullptr;
    auto* type = expression();
    if (!type)
        reset(mark);
    return type;
}

// star_annotation: ':' star_expression
ExprNode* Parser::star_annotation()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (!expect(TokenKind::Colon))
        return nullptr;
    auto* type = star_expression();
    if (!type)
        reset(mark);
    return type;
}

// default: '=' expression | invalid_default
ExprNode* Parser::default_value()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::Equal)) {
        if (auto* value = expression())
            return value;
    }
    if (!reset(mark))
        return nullptr;
    if (m_call_invalid_rules) {
        invalid_default();
        reset(mark);
    }
    return nullptr;
}

// type_expressions:
//     | ','.expression+ ',' '*' expression ',' '**' expression
//     | ','.expression+ ',' '*' expression
//     | ','.expression+ ',' '**' expression
//     | '*' expression ',' '**' expression
//     | '*' expression
//     | '**' expression
//     | ','.expression+
bool Parser::type_expressions(ExprList& result)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    ScratchScope scope(*this);
    auto gather = [&]() {
        auto* first = expression();
        if (!first)
            return false;
        push(first);
        for (;;) {
            int before = m_mark;
            if (!expect(TokenKind::Comma))
                break;
            auto* next = expression();
            if (!next) {
                if (!reset(before))
                    return false;
                break;
            }
            push(next);
        }
        return !m_error_indicator;
    };
    auto starred = [&](TokenKind kind) -> ExprNode* {
        int before = m_mark;
        if (expect(kind)) {
            if (auto* value = expression())
                return value;
        }
        reset(before);
        return nullptr;
    };
    // The alternatives that start with ','.expression+.
    for (int alternative = 0; alternative < 3; ++alternative) {
        if (!reset(mark))
            return false;
        m_scratch.resize(scope.base);
        if (!gather() || !expect(TokenKind::Comma))
            continue;
        if (alternative == 0 || alternative == 1) {
            auto* star = starred(TokenKind::Star);
            if (!star)
                continue;
            push(star);
            if (alternative == 0) {
                if (!expect(TokenKind::Comma))
                    continue;
                auto* double_star = starred(TokenKind::DoubleStar);
                if (!double_star)
                    continue;
                push(double_star);
            }
        } else {
            auto* double_star = starred(TokenKind::DoubleStar);
            if (!double_star)
                continue;
            push(double_star);
        }
        result = take_list<ExprNode*>(scope.base);
        return true;
    }
    if (!reset(mark))
        return false;
    m_scratch.resize(scope.base);
    if (auto* star = starred(TokenKind::Star)) {
        push(star);
        int before = m_mark;
        if (expect(TokenKind::Comma)) {
            if (auto* double_star = starred(TokenKind::DoubleStar)) {
                push(double_star);
                result = take_list<ExprNode*>(scope.base);
                return true;
            }
        }
        if (!reset(before))
            return false;
        result = take_list<ExprNode*>(scope.base);
        return true;
    }
    if (!reset(mark))
        return false;
    if (auto* double_star = starred(TokenKind::DoubleStar)) {
        push(double_star);
        result = take_list<ExprNode*>(scope.base);
        return true;
    }
    if (!reset(mark))
        return false;
    m_scratch.resize(scope.base);
    if (gather()) {
        result = take_list<ExprNode*>(scope.base);
        return true;
    }
    reset(mark);
    return false;
}

// ---------------------------------------------------------------------------------------
// Error rules for arguments and parameters

namespace {

    ExprNode* last_comprehension_item(Comprehension* comprehension)
    {
        if (comprehension->ifs.empty())
            return comprehension->iter;
        return comprehension->ifs[comprehension->ifs.count - 1];
    }

} // namespace

// invalid_arguments:
//     | args ',' '*'
//     | expression for_if_clauses ',' [args | expression for_if_clauses]
//     | NAME '=' expression for_if_clauses
//     | args for_if_clauses
//     | args ',' expression for_if_clauses
//     | args ',' args
void* Parser::invalid_arguments()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* call = args()) {
        if (expect(TokenKind::Comma) && expect(TokenKind::Star))
            return raise_at(call->location, "iterable argument unpacking follows keyword argument unpacking");
    }
    if (!reset(mark))
        return nullptr;
    if (auto* element = expression()) {
        ComprehensionList generators;
        if (for_if_clauses(generators) && expect(TokenKind::Comma)) {
            int before = m_mark;
            if (!args()) {
                if (!reset(before))
                    return nullptr;
                ComprehensionList more;
                if (!expression() || !for_if_clauses(more)) {
                    if (!reset(before))
                        return nullptr;
                }
            }
            return raise_range(element->location,
                last_comprehension_item(generators[generators.count - 1])->location,
                "Generator expression must be parenthesized");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* name = name_token()) {
        if (auto* equal = expect(TokenKind::Equal)) {
            ComprehensionList generators;
            if (expression() && for_if_clauses(generators))
                return raise_range(name->location, token_location(equal),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* call = args()) {
        ComprehensionList generators;
        if (for_if_clauses(generators)) {
            // CPython's _PyPegen_nonparen_genexp_in_call: `f(x for x in y)` is fine.
            if (call->args.count <= 1)
                return nullptr;
            return raise_range(call->args[call->args.count - 1]->location,
                last_comprehension_item(generators[generators.count - 1])->location,
                "Generator expression must be parenthesized");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (args() && expect(TokenKind::Comma)) {
        if (auto* element = expression()) {
            ComprehensionList generators;
            if (for_if_clauses(generators))
                return raise_range(element->location,
                    last_comprehension_item(generators[generators.count - 1])->location,
                    "Generator expression must be parenthesized");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* call = args()) {
        if (expect(TokenKind::Comma) && args()) {
            bool keyword_unpacking = false;
            for (auto* keyword : call->keywords) {
                if (keyword->arg.empty())
                    keyword_unpacking = true;
            }
            return raise_at_last_token(SyntaxErrorKind::SyntaxError,
                keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='
//     | NAME '=' expression for_if_clauses
//     | !(NAME '=') expression '='
void* Parser::invalid_kwarg()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* token = peek()) {
        if (token->kind == TokenKind::KeywordTrue || token->kind == TokenKind::KeywordFalse
            || token->kind == TokenKind::KeywordNone) {
            ++m_mark;
            if (auto* equal = expect(TokenKind::Equal))
                return raise_range(token_location(token), token_location(equal),
                    std::string("cannot assign to ") + std::string(token->text));
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* name = name_token()) {
        if (auto* equal = expect(TokenKind::Equal)) {
            ComprehensionList generators;
            if (expression() && for_if_clauses(generators))
                return raise_range(name->location, token_location(equal),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
    }
    if (!reset(mark))
        return nullptr;
    bool name_equal = name_token() && expect(TokenKind::Equal);
    if (!reset(mark) || name_equal)
        return nullptr;
    if (auto* value = expression()) {
        if (auto* equal = expect(TokenKind::Equal))
            return raise_range(value->location, token_location(equal),
                "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    reset(mark);
    return nullptr;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
bool Parser::invalid_parameters_helper(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (slash_with_default(is_lambda))
        return true;
    if (!reset(mark))
        return false;
    bool any = false;
    for (;;) {
        int before = m_mark;
        if (!param_with_default(is_lambda)) {
            if (!reset(before))
                return false;
            break;
        }
        any = true;
    }
    return any;
}

// invalid_parameters (and invalid_lambda_parameters):
//     | param_no_default* invalid_parameters_helper param_no_default
//     | param_no_default* '(' param_no_default+ ','? ')'
//           (lambda: lambda_param_no_default* '(' ','.lambda_param+ ','? ')')
//     | "/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* '/'
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//           param_maybe_default* '/'
//     | param_maybe_default+ '/' '*'
void* Parser::invalid_parameters(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    auto skip_no_defaults = [&]() {
        for (;;) {
            int before = m_mark;
            if (!param_no_default(is_lambda)) {
                reset(before);
                return;
            }
        }
    };
    auto skip_maybe_defaults = [&]() {
        int count = 0;
        for (;;) {
            int before = m_mark;
            if (!param_maybe_default(is_lambda)) {
                reset(before);
                return count;
            }
            ++count;
        }
    };
    auto slash_either = [&]() {
        int before = m_mark;
        ArgList ignored;
        if (slash_no_default(is_lambda, ignored))
            return true;
        if (!reset(before))
            return false;
        return slash_with_default(is_lambda) != nullptr;
    };

    skip_no_defaults();
    if (!m_error_indicator && invalid_parameters_helper(is_lambda)) {
        if (auto* arg = param_no_default(is_lambda))
            return raise_at(arg->location, "non-default argument follows default argument");
    }
    if (!reset(mark))
        return nullptr;
    skip_no_defaults();
    if (auto* open = expect(TokenKind::LeftParen)) {
        bool any = false;
        if (is_lambda) {
            if (param(true)) {
                any = true;
                for (;;) {
                    int before = m_mark;
                    if (!expect(TokenKind::Comma) || !param(true)) {
                        if (!reset(before))
                            return nullptr;
                        break;
                    }
                }
            }
        } else {
            for (;;) {
                int before = m_mark;
                if (!param_no_default(false)) {
                    if (!reset(before))
                        return nullptr;
                    break;
                }
                any = true;
            }
        }
        if (any && !m_error_indicator) {
            expect(TokenKind::Comma);
            if (auto* close = expect(TokenKind::RightParen))
                return raise_range(token_location(open), token_location(close),
                    is_lambda ? "Lambda expression parameters cannot be parenthesized"
                              : "Function parameters cannot be parenthesized");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (auto* slash = expect(TokenKind::Slash)) {
        if (expect(TokenKind::Comma))
            return raise_at(token_location(slash), "at least one argument must precede /");
    }
    if (!reset(mark))
        return nullptr;
    if (slash_either()) {
        skip_maybe_defaults();
        if (auto* slash = expect(TokenKind::Slash))
            return raise_at(token_location(slash), "/ may appear only once");
    }
    if (!reset(mark))
        return nullptr;
    if (!slash_either() && !reset(mark))
        return nullptr;
    skip_maybe_defaults();
    if (!m_error_indicator && expect(TokenKind::Star)) {
        int before = m_mark;
        bool matched = expect(TokenKind::Comma) != nullptr;
        if (!matched && reset(before))
            matched = param_no_default(is_lambda) != nullptr;
        if (matched) {
            skip_maybe_defaults();
            if (auto* slash = expect(TokenKind::Slash))
                return raise_at(token_location(slash), "/ must be ahead of *");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (skip_maybe_defaults() > 0 && expect(TokenKind::Slash)) {
        if (auto* star = expect(TokenKind::Star))
            return raise_at(token_location(star), "expected comma between / and *");
    }
    reset(mark);
    return nullptr;
}

// invalid_default: '=' &(')'|',')
void* Parser::invalid_default()
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (auto* equal = expect(TokenKind::Equal)) {
        auto* token = peek();
        if (token && (token->kind == TokenKind::RightParen || token->kind == TokenKind::Comma))
            return raise_at(token_location(equal), "expected default value expression");
    }
    reset(mark);
    return nullptr;
}

// invalid_star_etc:
//     | '*' (')' | ',' (')' | '**'))          (lambda: '*' (':' | ',' (':' | '**')))
//     | '*' ',' TYPE_COMMENT                  (not for lambda)
//     | '*' param '='
//     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
void* Parser::invalid_star_etc(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    TokenKind end = is_lambda ? TokenKind::Colon : TokenKind::RightParen;
    if (auto* star = expect(TokenKind::Star)) {
        bool matched = expect(end) != nullptr;
        if (!matched && reset(mark + 1) && expect(TokenKind::Comma)) {
            int before = m_mark;
            matched = expect(end) != nullptr;
            if (!matched && reset(before))
                matched = expect(TokenKind::DoubleStar) != nullptr;
        }
        if (matched) {
            if (is_lambda)
                return raise_at_last_token(
                    SyntaxErrorKind::SyntaxError, "named arguments must follow bare *");
            return raise_at(token_location(star), "named arguments must follow bare *");
        }
    }
    if (!reset(mark))
        return nullptr;
    if (!is_lambda && expect(TokenKind::Star) && expect(TokenKind::Comma)) {
        peek(); // TYPE_COMMENT: never produced
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::Star) && param(is_lambda)) {
        if (auto* equal = expect(TokenKind::Equal))
            return raise_at(token_location(equal), "var-positional argument cannot have default value");
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::Star)) {
        int before = m_mark;
        bool matched = param_no_default(is_lambda) != nullptr;
        if (!matched && reset(before))
            matched = expect(TokenKind::Comma) != nullptr;
        if (matched) {
            for (;;) {
                int previous = m_mark;
                if (!param_maybe_default(is_lambda)) {
                    if (!reset(previous))
                        return nullptr;
                    break;
                }
            }
            if (auto* second = expect(TokenKind::Star)) {
                int after = m_mark;
                bool followed = param_no_default(is_lambda) != nullptr;
                if (!followed && reset(after))
                    followed = expect(TokenKind::Comma) != nullptr;
                if (followed)
                    return raise_at(token_location(second), "* argument may appear only once");
            }
        }
    }
    reset(mark);
    return nullptr;
}

// invalid_kwds:
//     | '**' param '='
//     | '**' param ',' param
//     | '**' param ',' ('*'|'**'|'/')
void* Parser::invalid_kwds(bool is_lambda)
{
    TAIPAN_RULE(1);
    int mark = m_mark;
    if (expect(TokenKind::DoubleStar) && param(is_lambda)) {
        if (auto* equal = expect(TokenKind::Equal))
            return raise_at(token_location(equal), "var-keyword argument cannot have default value");
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::DoubleStar) && param(is_lambda) && expect(TokenKind::Comma)) {
        if (auto* arg = param(is_lambda))
            return raise_at(arg->location, "arguments cannot follow var-keyword argument");
    }
    if (!reset(mark))
        return nullptr;
    if (expect(TokenKind::DoubleStar) && param(is_lambda) && expect(TokenKind::Comma)) {
        auto* token = peek();
        if (token
            && (token->kind == TokenKind::Star || token->kind == TokenKind::DoubleStar
                || token->kind == TokenKind::Slash))
            return raise_at(token_location(token), "arguments cannot follow var-keyword argument");
    }
    reset(mark);
    return nullptr;
}

} // namespace taipan::parser_detail
