// The code generator's class, shared by its source files: codegen_core.cpp (units,
// names, constants, functions, classes), codegen_statements.cpp, codegen_exceptions.cpp
// (try, with, unwinding), codegen_expressions.cpp, codegen_comprehensions.cpp and
// codegen_patterns.cpp. It follows CPython 3.11's compiler.c scheme for scheme.
#pragma once

#include "compiler/codegen.h"
#include "compiler/instruction_stream.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace taipan::codegen {

// CPython's compiler_scope_type.
enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// CPython's fblocktype: what a return, break or continue must undo on its way out.
enum class FrameBlockKind : uint8_t {
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

struct FrameBlock {
    FrameBlock(FrameBlockKind kind, Label start = {}, Label exit = {},
        ast::StmtList const* finally_body = nullptr, ast::StmtNode const* statement = nullptr,
        std::string_view handler_name = {})
        : kind(kind)
        , start(start)
        , exit(exit)
        , finally_body(finally_body)
        , statement(statement)
        , handler_name(handler_name)
    {
    }

    FrameBlockKind kind;
    Label start; // loops: where `continue` goes
    Label exit; // loops: where `break` goes
    ast::StmtList const* finally_body; // FinallyTry
    ast::StmtNode const* statement; // With, AsyncWith: the statement
    std::string_view handler_name; // HandlerCleanup: `except E as name`
};

// One code unit being compiled (CPython's compiler_unit).
struct Unit {
    UnitKind kind = UnitKind::Module;
    SymbolTableEntry const* entry = nullptr;
    std::shared_ptr<CodeUnit> code;
    // The class whose name mangles private names here (empty: none).
    std::string private_name;
    InstructionStream stream;
    std::vector<FrameBlock> blocks;
    SourcePosition location;
    std::unordered_map<std::string, uint32_t> constant_index;
    std::unordered_map<std::string, uint32_t> name_index;
    std::unordered_map<std::string, uint32_t> varname_index;
    std::unordered_map<std::string, uint32_t> cell_index;
    std::unordered_map<std::string, uint32_t> free_index;
};

// What a `case` pattern has captured so far (CPython's pattern_context).
struct PatternContext {
    std::vector<std::string_view> stores;
    bool allow_irrefutable = false;
    // fail_pop[n]: where to go on failure with n items to pop first.
    std::vector<Label> fail_pop;
    int on_top = 0;
};

class Compiler {
public:
    Compiler(SymbolTable const&, CompileOptions const&);

    std::shared_ptr<CodeUnit const> compile(ast::ModNode const&);
    std::optional<SyntaxError> const& error() const { return m_error; }

    // --- units (codegen_core.cpp) ---
    Unit& unit() { return *m_units.back(); }
    bool enter_unit(UnitKind, std::string name, void const* node, int first_line);
    std::shared_ptr<CodeUnit> exit_unit(bool add_none_return);
    void set_qualname();

    // --- emission ---
    void set_location(ast::Location const&);
    void unset_location();
    SourcePosition location() { return unit().location; }
    void emit(Opcode, uint32_t argument = 0);
    void emit_operand(Opcode, uint32_t argument, OperandKind);
    void emit_pseudo(PseudoOp pseudo) { unit().stream.emit(pseudo, 0, unit().location); }
    void emit_jump(uint16_t op, Label);
    void emit_jump(Opcode opcode, Label label) { emit_jump(op(opcode), label); }
    // ADDOP_JUMP_NOLINE: an artificial jump, positioned later from its neighbours.
    void emit_jump_no_line(uint16_t opcode, Label label) { unit().stream.emit_jump(opcode, label, {}); }
    Label new_label() { return unit().stream.new_label(); }
    void bind(Label label) { unit().stream.bind(label); }
    uint32_t add_constant(ConstantEntry const&);
    void emit_constant(ConstantEntry const&);
    void emit_none();
    void emit_int(int64_t);
    void emit_str(std::string_view);
    uint32_t add_name(std::string_view);
    // ADDOP_NAME: the name is mangled first.
    void emit_name(Opcode, std::string_view name);
    uint32_t add_varname(std::string_view);
    std::string mangle(std::string_view name);
    void error(std::string message);
    bool failed() const { return m_error.has_value(); }

    // CPython's compiler_nameop.
    void name_op(std::string_view name, ast::ExprContext);
    SymbolScope scope_of(std::string_view mangled);

    // --- definitions ---
    void visit_function(ast::StmtNode const&, bool is_async);
    void visit_class(ast::ClassDef const&);
    void visit_lambda(ast::Lambda const&);
    uint32_t visit_defaults(ast::Arguments const&);
    bool visit_keyword_only_defaults(ast::Arguments const&);
    bool visit_annotations(ast::Arguments const&, ast::ExprNode const* returns);
    void visit_argument_annotation(std::string_view name, ast::ExprNode const* annotation, uint32_t& count);
    void visit_annotation_expression(ast::ExprNode const*);
    void visit_decorators(ast::ExprList const&);
    void apply_decorators(ast::ExprList const&);
    void make_closure(std::shared_ptr<CodeUnit> code, uint32_t flags);
    void visit_body(ast::StmtList const&);
    static bool has_annotations(ast::StmtList const&);
    ast::ExprNode const* docstring_of(ast::StmtList const&) const;

    // --- statements (codegen_statements.cpp) ---
    void visit_statement(ast::StmtNode const*);
    void visit_statements(ast::StmtList const&);
    void visit_expression_statement(ast::ExprNode const*);
    void visit_return(ast::Return const&);
    void visit_break();
    void visit_continue();
    void visit_if(ast::If const&);
    void visit_for(ast::For const&);
    void visit_async_for(ast::AsyncFor const&);
    void visit_while(ast::While const&);
    void visit_assign(ast::Assign const&);
    void visit_augmented_assign(ast::AugAssign const&);
    void visit_annotated_assign(ast::AnnAssign const&);
    void check_annotation_expression(ast::ExprNode const*);
    void check_annotation_subscript(ast::ExprNode const*);
    void visit_assert(ast::Assert const&);
    void visit_import(ast::Import const&);
    void visit_import_from(ast::ImportFrom const&);
    void visit_raise(ast::Raise const&);

    // --- exceptions and blocks (codegen_exceptions.cpp) ---
    void push_block(FrameBlock);
    void pop_block();
    void unwind_block(FrameBlock const&, bool preserve_top);
    // Unwinds every block, or up to the innermost loop (returned) when stop_at_loop.
    std::optional<FrameBlock> unwind_block_stack(bool preserve_top, bool stop_at_loop);
    void visit_try(ast::StmtList const& body, ast::ExceptHandlerList const&, ast::StmtList const& orelse,
        ast::StmtList const& finalbody, bool is_star);
    void visit_try_finally(ast::StmtList const& body, ast::ExceptHandlerList const&,
        ast::StmtList const& orelse, ast::StmtList const& finalbody, bool is_star);
    void visit_try_except(
        ast::StmtList const& body, ast::ExceptHandlerList const&, ast::StmtList const& orelse);
    void visit_try_star_except(
        ast::StmtList const& body, ast::ExceptHandlerList const&, ast::StmtList const& orelse);
    void pop_except_and_reraise();
    void visit_with(ast::With const&, uint32_t item);
    void visit_async_with(ast::AsyncWith const&, uint32_t item);
    void with_except_finish(Label cleanup);
    void call_exit_with_nones();
    void add_yield_from(bool await);
    void emit_yield();

    // --- expressions (codegen_expressions.cpp) ---
    void visit_expression(ast::ExprNode const*);
    void visit_expression_kind(ast::ExprNode const*);
    void visit_expressions(ast::ExprList const&);
    void visit_iterable(ast::ExprNode const*);
    void visit_bool_operation(ast::BoolOp const&);
    void visit_compare(ast::Compare const&);
    void emit_compare(ast::CompareOperator);
    void visit_call(ast::Call const&);
    bool maybe_visit_method_call(ast::Call const&);
    void visit_call_helper(uint32_t already_pushed, ast::ExprList const& args, ast::KeywordList const&);
    void visit_keyword_arguments_dict(ast::KeywordList const&, uint32_t begin, uint32_t end);
    void emit_keyword_names(ast::KeywordList const&);
    void visit_starred_collection(
        ast::ExprList const&, uint32_t pushed, Opcode build, Opcode add, Opcode extend, bool tuple);
    void visit_dict(ast::Dict const&);
    void visit_subdict(ast::Dict const&, uint32_t begin, uint32_t end);
    void visit_unpack_targets(ast::ExprList const&);
    void visit_attribute(ast::Attribute const&);
    void visit_subscript(ast::Subscript const&);
    void visit_slice(ast::Slice const&);
    void visit_joined_string(ast::JoinedStr const&);
    // `'%s' % (x,)` compiled as an f-string (percent_format.cpp); false when not possible.
    bool try_visit_percent_format(ast::BinOp const&);
    void visit_formatted_value(ast::FormattedValue const&);
    // CPython's compiler_jump_if: jump to `target` when the test's truth is `condition`.
    void jump_if(ast::ExprNode const*, Label target, bool condition);
    void update_start_to_attribute_name(ast::Attribute const&);

    // --- comprehensions (codegen_comprehensions.cpp) ---
    enum class ComprehensionType : uint8_t { Generator, List, Set, Dict };
    void visit_comprehension(ast::ExprNode const&, ComprehensionType, std::string name,
        ast::ComprehensionList const&, ast::ExprNode const* element, ast::ExprNode const* value);
    void visit_comprehension_generator(ast::ComprehensionList const&, uint32_t index, int depth,
        ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType);
    void visit_sync_comprehension_generator(ast::ComprehensionList const&, uint32_t index, int depth,
        ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType);
    void visit_async_comprehension_generator(ast::ComprehensionList const&, uint32_t index, int depth,
        ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType);
    void emit_comprehension_element(
        ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType, int depth);

    // --- patterns (codegen_patterns.cpp) ---
    void visit_match(ast::Match const&);
    void visit_pattern(ast::PatternNode const*, PatternContext&);
    void visit_subpattern(ast::PatternNode const*, PatternContext&);
    void ensure_fail_pop(PatternContext&, int count);
    void jump_to_fail_pop(PatternContext&, Opcode);
    void emit_and_reset_fail_pop(PatternContext&);
    void pattern_rotate(int count);
    void pattern_store_name(std::string_view name, PatternContext&);
    void pattern_unpack(ast::PatternList const&);
    void pattern_sequence_unpack(ast::PatternList const&, PatternContext&);
    void pattern_sequence_subscript(ast::PatternList const&, int star, PatternContext&);
    void visit_pattern_as(ast::MatchAs const&, PatternContext&);
    void visit_pattern_class(ast::MatchClass const&, PatternContext&);
    void visit_pattern_mapping(ast::MatchMapping const&, PatternContext&);
    void visit_pattern_or(ast::MatchOr const&, PatternContext&);
    void visit_pattern_sequence(ast::MatchSequence const&, PatternContext&);

    // Constant folding as CPython's AST optimizer does it (constant_folding.cpp).
    std::optional<ConstantEntry> fold(ast::ExprNode const*) const;
    bool is_constant(ast::ExprNode const* node) const { return fold(node).has_value(); }
    static bool constant_truth(ConstantEntry const&);

    SymbolTable const& m_table;
    CompileOptions const& m_options;
    std::vector<std::unique_ptr<Unit>> m_units;
    std::optional<SyntaxError> m_error;
    bool m_interactive = false;
};

// The text CPython's compiler stores for an annotation under `from __future__ import
// annotations` (Python/ast_unparse.c), in generalized UTF-8.
std::string unparse_annotation(ast::ExprNode const*);

// A key that identifies a constant for de-duplication in co_consts.
std::string constant_key(ConstantEntry const&);

// CPython's STACK_USE_GUIDELINE: bigger displays and calls are built in pieces.
constexpr uint32_t stack_use_guideline = 30;

inline ConstantEntry none_constant()
{
    return ConstantEntry {};
}

inline ConstantEntry int_constant(int64_t value)
{
    ConstantEntry constant;
    constant.kind = ConstantEntry::Kind::Int;
    constant.integer = value;
    return constant;
}

inline ConstantEntry str_constant(std::string_view text)
{
    ConstantEntry constant;
    constant.kind = ConstantEntry::Kind::Str;
    constant.text = std::string(text);
    return constant;
}

} // namespace taipan::codegen
