// The parser's internal state and rule declarations, shared by the parser_*.cpp files.
// Each rule of CPython 3.11's PEG grammar (Grammar/python.gram) is one member function
// with the grammar's name; it returns the node it built, or null when the rule does not
// match (with the mark restored) or when an error stopped the parse (m_error_indicator).
#pragma once

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/parser.h"
#include "support/arena.h"
#include "support/syntax_error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taipan::parser_detail {

using namespace taipan::ast;

// Intermediate values of the grammar's actions (CPython's NameDefaultPair, StarEtc, ...),
// allocated in the arena like the nodes.
struct NameDefaultPair {
    Arg* arg;
    ExprNode* value; // null: no default
};
using NameDefaultPairList = AstList<NameDefaultPair*>;

struct SlashWithDefault {
    ArgList plain_names;
    NameDefaultPairList names_with_defaults;
};

struct StarEtc {
    Arg* vararg;
    NameDefaultPairList kwonlyargs;
    Arg* kwarg;
};

struct KeywordOrStarred {
    void* element; // Keyword* or ExprNode* (a Starred)
    bool is_keyword;
};
using KeywordOrStarredList = AstList<KeywordOrStarred*>;

struct KeyValuePair {
    ExprNode* key; // null for `**mapping`
    ExprNode* value;
};
using KeyValuePairList = AstList<KeyValuePair*>;

struct CompareOperatorPair {
    CompareOperator op;
    ExprNode* expr;
};

struct KeyPatternPair {
    ExprNode* key; // a Name for keyword patterns
    PatternNode* pattern;
};
using KeyPatternPairList = AstList<KeyPatternPair*>;

// The rules whose results are memoised: those CPython memoises, and some left-recursive
// ones (loops here), which CPython memoises implicitly. The other left-recursive rules
// are only ever called once per position and skip the memo.
enum class MemoRule : uint8_t {
    SimpleStmt,
    Block,
    ClosedPattern,
    StarPattern,
    Expression,
    StarExpression,
    Disjunction,
    Conjunction,
    Inversion,
    Factor,
    AwaitPrimary,
    Strings,
    Arguments,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    InvalidNamedExpression,
    DottedName,
    BitwiseOr,
    TPrimary,
    Attr,
};

// Which targets an invalid-target error talks about (CPython's TARGETS_TYPE).
enum class TargetsType : uint8_t { StarTargets, DelTargets, ForTargets };

enum class StartRule : uint8_t { File, Interactive, Eval, FunctionType, FString };

// A growing array whose elements never move, so that rules may keep pointers to
// tokens while more are fetched.
template<typename T>
class StableVector {
public:
    static constexpr size_t chunk_bits = 10;
    static constexpr size_t chunk_size = size_t(1) << chunk_bits;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T& operator[](size_t index) { return m_chunks[index >> chunk_bits][index & (chunk_size - 1)]; }
    T const& operator[](size_t index) const
    {
        return m_chunks[index >> chunk_bits][index & (chunk_size - 1)];
    }
    T& back() { return (*this)[m_size - 1]; }
    T const& back() const { return (*this)[m_size - 1]; }
    void push_back(T const& value)
    {
        if ((m_size >> chunk_bits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(chunk_size));
        (*this)[m_size++] = value;
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};

class Parser {
public:
    Parser(std::string_view text, StartRule, Arena&);
    // For f-string replacement fields: token positions are shifted (see parser.h).
    Parser(std::string_view text, int start_lineno, int start_col_offset, Arena&);

    // Runs both passes; on failure returns null and leaves the error in error().
    void* run();
    SyntaxError& error() { return m_syntax_error; }

private:
    struct TokenSlot {
        Token token;
        int level; // bracket nesting after this token, as CPython's token->level
        int memo; // head of this position's memo list in m_memo, -1 if none
        Identifier id; // the token's identifier once computed (NAME tokens)
    };
    struct MemoEntry {
        void* node;
        int end_mark;
        int next;
        MemoRule rule;
    };

    // --- Token stream (parser.cpp) ---
    bool fill_token(); // fetches one more token from the lexer; false on a lexer error
    TokenSlot* slot_at(int index)
    {
        while (index >= static_cast<int>(m_tokens.size())) {
            if (!fill_token())
                return nullptr;
        }
        return &m_tokens[index];
    }
    // The token at the mark (fetched if needed), or null after a lexer error.
    Token const* peek()
    {
        if (m_error_indicator)
            return nullptr;
        auto* slot = slot_at(m_mark);
        return slot ? &slot->token : nullptr;
    }
    bool at(TokenKind kind)
    {
        auto* token = peek();
        return token && token->kind == kind;
    }
    Token const* expect(TokenKind kind)
    {
        auto* token = peek();
        if (!token || token->kind != kind)
            return nullptr;
        ++m_mark;
        return token;
    }
    // `&&'x'`: the token must be there, else "expected 'x'" at the current token.
    Token const* expect_forced(TokenKind, char const* expected);
    Token const* expect_soft_keyword(std::string_view keyword);
    bool at_soft_keyword(std::string_view keyword)
    {
        auto* token = peek();
        return token && token->kind == TokenKind::Name && token->text == keyword;
    }
    // Looks at the token `offset` places after the mark, fetching it.
    Token const* peek_ahead(int offset)
    {
        if (m_error_indicator)
            return nullptr;
        auto* slot = slot_at(m_mark + offset);
        return slot ? &slot->token : nullptr;
    }
    Token const* token_at(int index) const { return &m_tokens[index].token; }
    Token const* last_token() const { return &m_tokens.back().token; }
    bool reset(int mark)
    {
        m_mark = mark;
        return !m_error_indicator;
    }

    // NAME: a non-keyword name (soft keywords included), as a Name node (Load).
    Name* name_token();
    Identifier name_id_at(int index);

    // --- Memo (parser.cpp) ---
    template<typename T>
    bool memo_lookup(MemoRule rule, T*& result)
    {
        if (!slot_at(m_mark)) {
            result = nullptr;
            return true;
        }
        for (int index = m_tokens[m_mark].memo; index >= 0; index = m_memo[index].next) {
            if (m_memo[index].rule == rule) {
                result = static_cast<T*>(m_memo[index].node);
                if (result)
                    m_mark = m_memo[index].end_mark;
                return true;
            }
        }
        return false;
    }
    void memo_store(int start_mark, MemoRule, void* node);

    // --- Locations and nodes (parser.cpp) ---
    Location location_from(int start_mark) const;
    // Through the base class: Constant has a field named `kind` of its own.
    static void set_node_kind(ExprNode* node, ExprKind kind) { node->kind = kind; }
    static void set_node_kind(StmtNode* node, StmtKind kind) { node->kind = kind; }
    static void set_node_kind(PatternNode* node, PatternKind kind) { node->kind = kind; }
    template<typename T>
    T* make(Location location)
    {
        auto* node = m_arena.make<T>();
        set_node_kind(node, T::node_kind);
        node->location = location;
        return node;
    }
    template<typename T>
    T* make_product(Location location)
    {
        auto* node = m_arena.make<T>();
        node->location = location;
        return node;
    }
    template<typename T>
    T* make_product()
    {
        return m_arena.make<T>();
    }

    // A stack of partial lists: rules push elements, then copy them into the arena.
    size_t scratch_base() const { return m_scratch.size(); }
    void push(void* element) { m_scratch.push_back(element); }
    template<typename T>
    AstList<T> take_list(size_t base)
    {
        AstList<T> list;
        list.count = static_cast<uint32_t>(m_scratch.size() - base);
        list.items = m_arena.allocate_array<T>(list.count);
        for (uint32_t i = 0; i < list.count; ++i)
            list.items[i] = static_cast<T>(m_scratch[base + i]);
        m_scratch.resize(base);
        return list;
    }
    template<typename T>
    AstList<T> singleton_list(T element)
    {
        AstList<T> list;
        list.count = 1;
        list.items = m_arena.allocate_array<T>(1);
        list.items[0] = element;
        return list;
    }
    struct ScratchScope {
        Parser& parser;
        size_t base;
        explicit ScratchScope(Parser& p)
            : parser(p)
            , base(p.m_scratch.size())
        {
        }
        ~ScratchScope() { parser.m_scratch.resize(base); }
    };

    // Rule nesting, counted like CPython's p->level: too deep is a MemoryError.
    struct DepthScope {
        Parser& parser;
        int weight;
        DepthScope(Parser& p, int w)
            : parser(p)
            , weight(w)
        {
            parser.m_level += weight;
            if (parser.m_level > max_depth && !parser.m_error_indicator)
                parser.raise_memory_error();
        }
        ~DepthScope() { parser.m_level -= weight; }
    };
    static constexpr int max_depth = 6000;

    // --- Errors (parser.cpp) ---
    void raise_memory_error();
    // RAISE_ERROR_KNOWN_LOCATION: byte columns 0-based; end_col_offset -1 for "none".
    std::nullptr_t raise_error_at(
        SyntaxErrorKind, int lineno, int col_offset, int end_lineno, int end_col_offset, std::string message);
    std::nullptr_t raise_at(Location const& location, std::string message)
    {
        return raise_error_at(SyntaxErrorKind::SyntaxError, location.lineno, location.col_offset,
            location.end_lineno, location.end_col_offset, std::move(message));
    }
    std::nullptr_t raise_range(Location const& start, Location const& end, std::string message)
    {
        return raise_error_at(SyntaxErrorKind::SyntaxError, start.lineno, start.col_offset, end.end_lineno,
            end.end_col_offset, std::move(message));
    }
    std::nullptr_t raise_starting_from(Location const& start, std::string message);
    // RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched.
    std::nullptr_t raise_at_last_token(SyntaxErrorKind, std::string message);
    bool input_follows_statement();
    std::nullptr_t raise_invalid_target(TargetsType, ExprNode*);
    std::nullptr_t raise_unclosed_bracket();
    // The single-input NEWLINE made of CPython's end marker has no columns either.
    bool is_end_marker(Token const* token) const
    {
        return token->kind == TokenKind::EndMarker
            || (m_fake_newline_index >= 0 && token == &m_tokens[m_fake_newline_index].token);
    }
    Location token_location(Token const* token) const
    {
        // CPython's ENDMARKER has no columns.
        if (is_end_marker(token))
            return {token->lineno, -1, token->end_lineno, -1};
        return {token->lineno, token->col_offset, token->end_lineno, token->end_col_offset};
    }
    bool converts_columns() const
    {
        return m_start_rule != StartRule::FString && m_lexer.encoding_declared();
    }
    void set_syntax_error(int last_token_index);
    void tokenize_rest_for_errors();
    SyntaxError lexer_error(SyntaxError) const;
    static bool lexer_error_raises(SyntaxError const&);
    void finish_error();

    // --- Helpers of the grammar's actions (parser.cpp) ---
    ExprNode* set_context(ExprNode*, ExprContext);
    static char const* expr_name(ExprNode*);
    static ExprNode* invalid_target(ExprNode*, TargetsType);
    static bool is_legacy_name(ExprNode*);
    ExprNode* number_token();
    Arguments* empty_arguments();
    Arguments* make_arguments(ArgList* slash_without_default, SlashWithDefault*, ArgList* plain_names,
        NameDefaultPairList* names_with_default, StarEtc*);

    // --- Start rules and statements (parser_statements.cpp) ---
    ModNode* file_rule();
    ModNode* interactive_rule();
    ModNode* eval_rule();
    ModNode* func_type_rule();
    ExprNode* fstring_rule();
    bool statements(StmtList&);
    bool statement(); // pushes the statement(s) onto the scratch stack
    bool statement_newline(StmtList&);
    bool simple_stmts();
    StmtNode* simple_stmt();
    StmtNode* simple_stmt_uncached();
    StmtNode* compound_stmt();
    StmtNode* assignment();
    ExprNode* annotated_rhs();
    bool augassign(Operator&);
    StmtNode* return_stmt();
    StmtNode* raise_stmt();
    StmtNode* global_stmt(bool is_nonlocal);
    StmtNode* del_stmt();
    StmtNode* yield_stmt();
    StmtNode* assert_stmt();
    StmtNode* import_stmt();
    StmtNode* import_name();
    StmtNode* import_from();
    bool import_from_targets(AliasList&);
    bool import_from_as_names(AliasList&);
    Alias* import_from_as_name();
    bool dotted_as_names(AliasList&);
    Alias* dotted_as_name();
    Name* dotted_name();
    bool block(StmtList&);
    bool decorators(ExprList&);
    StmtNode* class_def();
    StmtNode* class_def_raw();
    StmtNode* function_def();
    StmtNode* function_def_raw();
    StmtNode* if_stmt(bool is_elif);
    bool else_block(StmtList&);
    StmtNode* while_stmt();
    StmtNode* for_stmt();
    StmtNode* with_stmt();
    WithItem* with_item();
    StmtNode* try_stmt();
    ExceptHandler* except_block();
    ExceptHandler* except_star_block();
    bool finally_block(StmtList&);

    // --- Match statement and patterns (parser_match.cpp) ---
    StmtNode* match_stmt();
    ExprNode* subject_expr();
    MatchCase* case_block();
    ExprNode* guard();
    PatternNode* patterns();
    PatternNode* pattern();
    PatternNode* as_pattern();
    PatternNode* or_pattern();
    PatternNode* closed_pattern();
    PatternNode* closed_pattern_uncached();
    PatternNode* literal_pattern();
    ExprNode* literal_expr();
    ExprNode* complex_number();
    ExprNode* signed_number();
    ExprNode* signed_real_number();
    ExprNode* real_number();
    ExprNode* imaginary_number();
    PatternNode* capture_pattern();
    Name* pattern_capture_target();
    PatternNode* wildcard_pattern();
    PatternNode* value_pattern();
    ExprNode* attr();
    ExprNode* name_or_attr();
    PatternNode* group_pattern();
    PatternNode* sequence_pattern();
    bool open_sequence_pattern(PatternList&);
    bool maybe_sequence_pattern(PatternList&);
    PatternNode* maybe_star_pattern();
    PatternNode* star_pattern();
    PatternNode* mapping_pattern();
    bool items_pattern(KeyPatternPairList&);
    KeyPatternPair* key_value_pattern();
    Name* double_star_pattern();
    PatternNode* class_pattern();
    bool positional_patterns(PatternList&);
    bool keyword_patterns(KeyPatternPairList&);
    KeyPatternPair* keyword_pattern();
    void* invalid_match_stmt();
    void* invalid_case_block();
    void* invalid_as_pattern();
    void* invalid_class_pattern();
    bool invalid_class_argument_pattern(PatternList&);

    // --- Expressions (parser_expressions.cpp) ---
    ExprNode* expressions();
    ExprNode* expression();
    ExprNode* expression_uncached();
    ExprNode* yield_expr();
    ExprNode* star_expressions();
    ExprNode* star_expression();
    bool star_named_expressions(ExprList&);
    ExprNode* star_named_expression();
    ExprNode* assignment_expression();
    ExprNode* named_expression();
    ExprNode* disjunction();
    ExprNode* conjunction();
    ExprNode* bool_operation(MemoRule, TokenKind keyword, BoolOperator, ExprNode* (Parser::*operand)());
    ExprNode* inversion();
    ExprNode* comparison();
    CompareOperatorPair* compare_op_bitwise_or_pair();
    ExprNode* bitwise_or();
    ExprNode* bitwise_xor();
    ExprNode* bitwise_and();
    ExprNode* shift_expr();
    ExprNode* sum();
    ExprNode* term();
    ExprNode* factor();
    ExprNode* power();
    ExprNode* await_primary();
    ExprNode* primary();
    ExprNode* slices();
    ExprNode* slice();
    ExprNode* atom();
    ExprNode* group();
    ExprNode* lambdef();
    ExprNode* strings();
    ExprNode* list();
    ExprNode* tuple();
    ExprNode* set();
    ExprNode* dict();
    bool double_starred_kvpairs(KeyValuePairList&);
    KeyValuePair* double_starred_kvpair();
    KeyValuePair* kvpair();
    bool for_if_clauses(ComprehensionList&);
    Comprehension* for_if_clause();
    ExprNode* listcomp();
    ExprNode* setcomp();
    ExprNode* genexp();
    ExprNode* dictcomp();
    ExprNode* expression_without_invalid();
    ExprNode* starred_expression();

    // --- Call arguments and parameters (parser_arguments.cpp) ---
    Call* arguments();
    Call* args();
    bool kwargs(KeywordOrStarredList&);
    KeywordOrStarred* kwarg_or_starred();
    KeywordOrStarred* kwarg_or_double_starred();
    Call* collect_call_seqs(ExprList positional, KeywordOrStarredList* rest, Location);
    Arguments* params(bool is_lambda);
    Arguments* parameters(bool is_lambda);
    bool slash_no_default(bool is_lambda, ArgList&);
    SlashWithDefault* slash_with_default(bool is_lambda);
    StarEtc* star_etc(bool is_lambda);
    Arg* kwds(bool is_lambda);
    Arg* param_no_default(bool is_lambda);
    Arg* param_no_default_star_annotation();
    NameDefaultPair* param_with_default(bool is_lambda);
    NameDefaultPair* param_maybe_default(bool is_lambda);
    NameDefaultPair* param_and_default(bool is_lambda, bool default_required);
    Arg* param(bool is_lambda);
    Arg* param_star_annotation();
    ExprNode* annotation();
    ExprNode* star_annotation();
    ExprNode* default_value();
    bool param_end(bool is_lambda); // &')' or &':'
    bool type_expressions(ExprList&);
    void* invalid_arguments();
    void* invalid_kwarg();
    void* invalid_parameters(bool is_lambda);
    void* invalid_default();
    void* invalid_star_etc(bool is_lambda);
    void* invalid_kwds(bool is_lambda);
    bool invalid_parameters_helper(bool is_lambda);

    // --- Targets (parser_targets.cpp) ---
    ExprNode* star_targets();
    bool star_targets_list_seq(ExprList&);
    bool star_targets_tuple_seq(ExprList&);
    ExprNode* star_target();
    ExprNode* target_with_star_atom();
    ExprNode* star_atom();
    ExprNode* single_target();
    ExprNode* single_subscript_attribute_target();
    ExprNode* t_primary();
    bool t_lookahead();
    bool del_targets(ExprList&);
    ExprNode* del_target();
    ExprNode* del_t_atom();

    // --- Error rules (parser_invalid.cpp) ---
    void* invalid_legacy_expression();
    void* invalid_expression();
    void* invalid_named_expression();
    void* invalid_named_expression_uncached();
    void* invalid_assignment();
    ExprNode* invalid_ann_assign_target();
    void* invalid_del_stmt();
    void* invalid_block();
    void* invalid_comprehension();
    void* invalid_dict_comprehension();
    void* invalid_with_item();
    void* invalid_for_target();
    void* invalid_group();
    void* invalid_import_from_targets();
    void* invalid_with_stmt();
    void* invalid_with_stmt_indent();
    void* invalid_try_stmt();
    void* invalid_except_stmt();
    void* invalid_finally_stmt();
    void* invalid_except_stmt_indent();
    void* invalid_except_star_stmt_indent();
    void* invalid_if_stmt(bool is_elif);
    void* invalid_else_stmt();
    void* invalid_while_stmt();
    void* invalid_for_stmt();
    void* invalid_def_raw();
    void* invalid_class_def_raw();
    void* invalid_double_starred_kvpairs();
    void* invalid_kvpair();
    bool with_items_for_error(bool parenthesized);
    // The error rules' `NEWLINE !INDENT` after a block opener: an IndentationError.
    void* expect_indented_block(int lineno, char const* what);

    // --- State ---
    Lexer m_lexer;
    Arena& m_arena;
    StartRule m_start_rule;
    StableVector<TokenSlot> m_tokens;
    std::vector<MemoEntry> m_memo;
    std::vector<void*> m_scratch;
    int m_mark = 0;
    int m_level = 0;
    bool m_error_indicator = false;
    bool m_call_invalid_rules = false;
    bool m_has_error = false;
    bool m_error_from_lexer = false;
    bool m_lexer_done = false; // the lexer reached its end marker or failed
    bool m_single_newline_added = false;
    int m_fake_newline_index = -1;
    std::optional<Token> m_pending_end_marker;
    SyntaxError m_syntax_error;
    // f-string mode: where the text starts in the enclosing source.
    int m_start_lineno = 1;
    int m_start_col_offset = 0;
};

} // namespace taipan::parser_detail

// Every rule starts by counting its depth (CPython's p->level) and by giving up if an
// error is pending; `return {}` is a failure for every rule's result type.
#define TAIPAN_RULE(weight)                                                                                  \
    DepthScope depth_scope_(*this, weight);                                                                  \
    if (m_error_indicator)                                                                                   \
        return { }
