// The walk behind check_compile_errors (symtable.h): it visits the tree in the order
// CPython 3.11's code generator does and raises the SyntaxErrors that generator
// raises, at the positions it reports. CPython takes those positions from a "current
// location" per code unit: every statement sets it and leaves it set, every
// expression sets it and restores it afterwards, every pattern sets it and leaves it
// set, so the walk keeps the same state. It also keeps the generator's stack of
// blocks (loops, try, with...), which decides "'break' outside loop", "too many
// statically nested blocks" and when `finally` bodies are compiled again.
// Statements and expressions are in compile_checks.cpp, patterns in pattern_checks.cpp.
#pragma once

#include "compiler/symtable_internal.h"

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace taipan {

class CompileChecker {
public:
    using Check = Result<void, SyntaxError>;

    explicit CompileChecker(SymbolTable const& table)
        : m_table(table)
    {
    }

    Check check_module(ast::ModNode const&);

private:
    // CPython's compiler_scope_type: what kind of code a unit compiles.
    enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

    // CPython's fblocktype: the blocks the generator keeps open while compiling a body.
    enum class BlockKind {
        WhileLoop,
        ForLoop,
        TryExcept,
        FinallyTry,
        FinallyEnd,
        With,
        AsyncWith,
        HandlerCleanup,
        PopValue,
        ExceptionHandler,
        ExceptionGroupHandler,
        AsyncComprehensionGenerator,
    };

    struct Block {
        BlockKind kind;
        // FinallyTry: the `finally` body, compiled again when a return, break or
        // continue leaves the block.
        ast::StmtList const* finally_body = nullptr;
    };

    struct Unit {
        UnitKind kind;
        SymbolTableEntry const* entry;
        std::vector<Block> blocks;
        ast::Location location;
    };

    // What a `case` pattern has bound so far (CPython's pattern_context).
    struct PatternContext {
        std::vector<std::string_view> stores;
        bool allow_irrefutable = false;
    };

    Unit& unit() { return m_units.back(); }
    void set_location(ast::Location const& location) { unit().location = location; }
    Check error(std::string message)
    {
        return Failure {make_syntax_error(std::move(message), unit().location)};
    }

    Check enter_unit(UnitKind, void const* node);
    void exit_unit() { m_units.pop_back(); }

    Check push_block(BlockKind, ast::StmtList const* finally_body = nullptr);
    void pop_block() { unit().blocks.pop_back(); }
    Check unwind_blocks(bool preserve_top, bool stop_at_loop, bool& found_loop);
    Check visit_finally_body(ast::StmtList const&);

    // CPython's forbidden_name: `__debug__` may not be assigned or deleted.
    Check check_name_store(std::string_view name);
    Check check_name_delete(std::string_view name);

    Check visit_body(ast::StmtList const&);
    Check visit_statements(ast::StmtList const&);
    Check visit_statement(ast::StmtNode const*);
    Check visit_function(ast::StmtNode const*, std::string_view name, ast::Arguments const*,
        ast::StmtList const& body, ast::ExprList const& decorators, ast::ExprNode const* returns,
        bool is_async);
    Check check_parameter_names(ast::Arguments const&);
    Check visit_defaults(ast::Arguments const&);
    Check visit_argument_annotations(ast::Arguments const&, ast::ExprNode const* returns);
    Check visit_class(ast::ClassDef const&);
    Check visit_return(ast::Return const&);
    Check visit_break_or_continue(bool is_break);
    Check visit_augmented_assignment(ast::AugAssign const&);
    Check visit_annotated_assignment(ast::AnnAssign const&);
    Check check_annotation_expression(ast::ExprNode const*);
    Check check_annotation_subscript(ast::ExprNode const*);
    Check visit_for(ast::ExprNode const* target, ast::ExprNode const* iter, ast::StmtList const& body,
        ast::StmtList const& orelse, bool is_async);
    Check visit_while(ast::While const&);
    Check visit_with(ast::WithItemList const&, ast::StmtList const& body, bool is_async);
    Check visit_try(ast::StmtList const& body, ast::ExceptHandlerList const&, ast::StmtList const& orelse,
        ast::StmtList const& finalbody, bool is_star);
    Check visit_try_except(
        ast::StmtList const& body, ast::ExceptHandlerList const&, ast::StmtList const& orelse, bool is_star);
    Check visit_import_alias(ast::Alias const&);

    Check visit_expression(ast::ExprNode const*);
    Check visit_expressions(ast::ExprList const&);
    Check visit_expression_kind(ast::ExprNode const*);
    Check visit_lambda(ast::Lambda const&);
    Check visit_call(ast::Call const&);
    Check check_keywords(ast::KeywordList const&);
    Check visit_call_arguments(ast::ExprList const& args, ast::KeywordList const&);
    Check visit_starred_elements(ast::ExprList const&);
    Check visit_store_sequence(ast::ExprList const&);
    Check visit_comprehension(ast::ExprNode const*, ast::ComprehensionList const&,
        ast::ExprNode const* element, ast::ExprNode const* value, bool is_generator);
    Check visit_comprehension_generator(ast::ComprehensionList const&, uint32_t index,
        ast::ExprNode const* element, ast::ExprNode const* value);
    bool is_imported_name(ast::ExprNode const*) const;

    Check visit_match(ast::Match const&);
    Check visit_pattern(ast::PatternNode const*, PatternContext&);
    Check visit_subpattern(ast::PatternNode const*, PatternContext&);
    Check visit_sequence_pattern(ast::MatchSequence const&, PatternContext&);
    Check visit_mapping_pattern(ast::MatchMapping const&, PatternContext&);
    Check visit_class_pattern(ast::MatchClass const&, PatternContext&);
    Check visit_or_pattern(ast::MatchOr const&, PatternContext&);
    Check store_pattern_name(std::string_view name, PatternContext&);

    SymbolTable const& m_table;
    std::vector<Unit> m_units;
    // `finally` bodies already compiled without error at a given block depth: CPython
    // compiles them once per exit path, which is exponential in their nesting; the
    // outcome only depends on the depth.
    std::set<std::pair<ast::StmtNode* const*, size_t>> m_checked_finally_bodies;
};

// A constant as CPython's AST optimizer folds it in a pattern (`-1`, `1+2j`), for
// the mapping-key checks.
struct FoldedConstant {
    ast::ConstantValue::Kind kind = ast::ConstantValue::Kind::None;
    bool negative = false; // Int, BigInt
    uint64_t magnitude = 0; // Int
    std::string_view digits; // BigInt (the magnitude's decimal digits)
    double real = 0; // Float; Complex real part
    double imaginary = 0; // Complex
    std::string_view text; // Str, Bytes
};

// The folded value of a pattern's literal, or nullopt when CPython would not fold it
// to a constant.
std::optional<FoldedConstant> fold_pattern_constant(ast::ExprNode const*);
bool folded_constants_equal(FoldedConstant const&, FoldedConstant const&);
std::string folded_constant_repr(FoldedConstant const&);

} // namespace taipan
