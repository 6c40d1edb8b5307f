// The code generator's SyntaxErrors for statements and expressions (see
// compile_checks.h): misplaced return, break, continue, yield and await, starred
// targets, `__debug__` assignments, repeated keyword arguments, nesting limits.
#include "compiler/compile_checks.h"

#include "support/utf8.h"

#include <algorithm>

namespace taipan {

namespace {

    // CPython's CO_MAXBLOCKS.
    constexpr size_t maximum_blocks = 20;
    // CPython's STACK_USE_GUIDELINE: calls with more arguments take another path.
    constexpr uint32_t stack_use_guideline = 30;

    bool is_constant(ast::ExprNode const* node)
    {
        return node && node->kind == ast::ExprKind::Constant;
    }

} // namespace

Result<void, SyntaxError> check_compile_errors(
    ast::ModNode const& module, SymbolTable const& table, std::string const&, std::string_view source)
{
    CompileChecker checker(table);
    auto result = checker.check_module(module);
    if (result.is_error())
        attach_source_line(result.error(), source);
    return result;
}

CompileChecker::Check CompileChecker::check_module(ast::ModNode const& module)
{
    TRY(enter_unit(UnitKind::Module, &module));
    switch (module.kind) {
    case ast::ModKind::Module:
        TRY(visit_body(static_cast<ast::Module const&>(module).body));
        break;
    case ast::ModKind::Interactive:
        TRY(visit_body(static_cast<ast::Interactive const&>(module).body));
        break;
    case ast::ModKind::Expression:
        TRY(visit_expression(static_cast<ast::Expression const&>(module).body));
        break;
    case ast::ModKind::FunctionType:
        break;
    }
    exit_unit();
    return {};
}

CompileChecker::Check CompileChecker::enter_unit(UnitKind kind, void const* node)
{
    SymbolTableEntry const* entry = kind == UnitKind::Module ? &m_table.top() : m_table.entry_for(node);
    if (!entry)
        return Failure {make_syntax_error("internal error: no symbol table entry for a code block", {})};
    // CPython: a new unit starts at column 0 of its first line.
    int line = kind == UnitKind::Module ? 1 : entry->location.lineno;
    m_units.push_back(Unit {kind, entry, {}, ast::Location {line, 0, line, 0}});
    return {};
}

CompileChecker::Check CompileChecker::push_block(BlockKind kind, ast::StmtList const* finally_body)
{
    if (unit().blocks.size() >= maximum_blocks)
        return error("too many statically nested blocks");
    unit().blocks.push_back(Block {kind, finally_body});
    return {};
}

// Leaving blocks early (return, break, continue) runs their clean-up code; for
// `finally` that is the whole body, which CPython compiles again right there.
CompileChecker::Check CompileChecker::unwind_blocks(bool preserve_top, bool stop_at_loop, bool& found_loop)
{
    std::vector<Block>& blocks = unit().blocks;
    std::vector<Block> unwound;
    while (!blocks.empty()) {
        Block top = blocks.back();
        if (top.kind == BlockKind::ExceptionGroupHandler)
            return error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (stop_at_loop && (top.kind == BlockKind::WhileLoop || top.kind == BlockKind::ForLoop)) {
            found_loop = true;
            break;
        }
        blocks.pop_back();
        unwound.push_back(top);
        if (top.kind == BlockKind::FinallyTry) {
            // The value being returned stays on the stack meanwhile.
            if (preserve_top)
                TRY(push_block(BlockKind::PopValue));
            TRY(visit_finally_body(*top.finally_body));
            if (preserve_top)
                pop_block();
        }
    }
    while (!unwound.empty()) {
        blocks.push_back(unwound.back());
        unwound.pop_back();
    }
    return {};
}

CompileChecker::Check CompileChecker::visit_finally_body(ast::StmtList const& body)
{
    auto key = std::make_pair(static_cast<ast::StmtNode* const*>(body.items), unit().blocks.size());
    if (m_checked_finally_bodies.contains(key))
        return {};
    TRY(visit_statements(body));
    m_checked_finally_bodies.insert(key);
    return {};
}

CompileChecker::Check CompileChecker::check_name_store(std::string_view name)
{
    if (name == "__debug__")
        return error("cannot assign to __debug__");
    return {};
}

CompileChecker::Check CompileChecker::check_name_delete(std::string_view name)
{
    if (name == "__debug__")
        return error("cannot delete __debug__");
    return {};
}

CompileChecker::Check CompileChecker::visit_body(ast::StmtList const& statements)
{
    return visit_statements(statements);
}

CompileChecker::Check CompileChecker::visit_statements(ast::StmtList const& statements)
{
    for (ast::StmtNode* statement : statements)
        TRY(visit_statement(statement));
    return {};
}

CompileChecker::Check CompileChecker::visit_statement(ast::StmtNode const* node)
{
    set_location(node->location);
    switch (node->kind) {
    case ast::StmtKind::FunctionDef: {
        auto& def = static_cast<ast::FunctionDef const&>(*node);
        return visit_function(node, def.name, def.args, def.body, def.decorator_list, def.returns, false);
    }
    case ast::StmtKind::AsyncFunctionDef: {
        auto& def = static_cast<ast::AsyncFunctionDef const&>(*node);
        return visit_function(node, def.name, def.args, def.body, def.decorator_list, def.returns, true);
    }
    case ast::StmtKind::ClassDef:
        return visit_class(static_cast<ast::ClassDef const&>(*node));
    case ast::StmtKind::Return:
        return visit_return(static_cast<ast::Return const&>(*node));
    case ast::StmtKind::Delete:
        return visit_expressions(static_cast<ast::Delete const&>(*node).targets);
    case ast::StmtKind::Assign: {
        auto& statement = static_cast<ast::Assign const&>(*node);
        TRY(visit_expression(statement.value));
        return visit_expressions(statement.targets);
    }
    case ast::StmtKind::AugAssign:
        return visit_augmented_assignment(static_cast<ast::AugAssign const&>(*node));
    case ast::StmtKind::AnnAssign:
        return visit_annotated_assignment(static_cast<ast::AnnAssign const&>(*node));
    case ast::StmtKind::For: {
        auto& statement = static_cast<ast::For const&>(*node);
        return visit_for(statement.target, statement.iter, statement.body, statement.orelse, false);
    }
    case ast::StmtKind::AsyncFor: {
        auto& statement = static_cast<ast::AsyncFor const&>(*node);
        return visit_for(statement.target, statement.iter, statement.body, statement.orelse, true);
    }
    case ast::StmtKind::While:
        return visit_while(static_cast<ast::While const&>(*node));
    case ast::StmtKind::If: {
        auto& statement = static_cast<ast::If const&>(*node);
        TRY(visit_expression(statement.test));
        TRY(visit_statements(statement.body));
        return visit_statements(statement.orelse);
    }
    case ast::StmtKind::With: {
        auto& statement = static_cast<ast::With const&>(*node);
        return visit_with(statement.items, statement.body, false);
    }
    case ast::StmtKind::AsyncWith: {
        auto& statement = static_cast<ast::AsyncWith const&>(*node);
        return visit_with(statement.items, statement.body, true);
    }
    case ast::StmtKind::Match:
        return visit_match(static_cast<ast::Match const&>(*node));
    case ast::StmtKind::Raise: {
        auto& statement = static_cast<ast::Raise const&>(*node);
        if (statement.exc)
            TRY(visit_expression(statement.exc));
        if (statement.cause)
            TRY(visit_expression(statement.cause));
        return {};
    }
    case ast::StmtKind::Try: {
        auto& statement = static_cast<ast::Try const&>(*node);
        return visit_try(statement.body, statement.handlers, statement.orelse, statement.finalbody, false);
    }
    case ast::StmtKind::TryStar: {
        auto& statement = static_cast<ast::TryStar const&>(*node);
        return visit_try(statement.body, statement.handlers, statement.orelse, statement.finalbody, true);
    }
    case ast::StmtKind::Assert: {
        auto& statement = static_cast<ast::Assert const&>(*node);
        TRY(visit_expression(statement.test));
        if (statement.msg)
            TRY(visit_expression(statement.msg));
        return {};
    }
    case ast::StmtKind::Import:
        for (ast::Alias* alias : static_cast<ast::Import const&>(*node).names)
            TRY(visit_import_alias(*alias));
        return {};
    case ast::StmtKind::ImportFrom: {
        auto& statement = static_cast<ast::ImportFrom const&>(*node);
        if (node->location.lineno > m_table.future().last_lineno && statement.module == "__future__")
            return error("from __future__ imports must occur at the beginning of the file");
        for (ast::Alias* alias : statement.names) {
            if (alias->name != "*")
                TRY(check_name_store(alias->asname.empty() ? alias->name : alias->asname));
        }
        return {};
    }
    case ast::StmtKind::Global:
    case ast::StmtKind::Nonlocal:
    case ast::StmtKind::Pass:
        return {};
    case ast::StmtKind::Break:
        return visit_break_or_continue(true);
    case ast::StmtKind::Continue:
        return visit_break_or_continue(false);
    case ast::StmtKind::Expr: {
        // CPython: a constant expression statement (a docstring...) compiles to nothing.
        auto& statement = static_cast<ast::Expr const&>(*node);
        if (is_constant(statement.value))
            return {};
        return visit_expression(statement.value);
    }
    }
    return {};
}

CompileChecker::Check CompileChecker::visit_import_alias(ast::Alias const& alias)
{
    if (!alias.asname.empty())
        return check_name_store(alias.asname);
    // `import a.b.c` binds `a`.
    return check_name_store(alias.name.substr(0, alias.name.find('.')));
}

CompileChecker::Check CompileChecker::visit_function(ast::StmtNode const* node, std::string_view name,
    ast::Arguments const* arguments, ast::StmtList const& body, ast::ExprList const& decorators,
    ast::ExprNode const* returns, bool is_async)
{
    TRY(visit_expressions(decorators));
    TRY(check_parameter_names(*arguments));
    TRY(visit_defaults(*arguments));
    TRY(visit_argument_annotations(*arguments, returns));
    TRY(enter_unit(is_async ? UnitKind::AsyncFunction : UnitKind::Function, node));
    TRY(visit_body(body));
    exit_unit();
    return check_name_store(name);
}

CompileChecker::Check CompileChecker::check_parameter_names(ast::Arguments const& arguments)
{
    for (ast::Arg* parameter : arguments.posonlyargs)
        TRY(check_name_store(parameter->arg));
    for (ast::Arg* parameter : arguments.args)
        TRY(check_name_store(parameter->arg));
    if (arguments.vararg)
        TRY(check_name_store(arguments.vararg->arg));
    for (ast::Arg* parameter : arguments.kwonlyargs)
        TRY(check_name_store(parameter->arg));
    if (arguments.kwarg)
        TRY(check_name_store(arguments.kwarg->arg));
    return {};
}

CompileChecker::Check CompileChecker::visit_defaults(ast::Arguments const& arguments)
{
    TRY(visit_expressions(arguments.defaults));
    for (ast::ExprNode* value : arguments.kw_defaults) {
        if (value)
            TRY(visit_expression(value));
    }
    return {};
}

// Annotations are evaluated when the function is defined, unless
// `from __future__ import annotations` turns them into strings. CPython's order
// differs from the symbol table's: positional before positional-only.
CompileChecker::Check CompileChecker::visit_argument_annotations(
    ast::Arguments const& arguments, ast::ExprNode const* returns)
{
    if (m_table.future().annotations)
        return {};
    auto visit_annotation = [&](ast::Arg const* parameter) -> Check {
        if (!parameter || !parameter->annotation)
            return {};
        // `*args: *Ts` unpacks the annotation.
        if (auto* starred = ast::as<ast::Starred>(parameter->annotation))
            return visit_expression(starred->value);
        return visit_expression(parameter->annotation);
    };
    for (ast::Arg* parameter : arguments.args)
        TRY(visit_annotation(parameter));
    for (ast::Arg* parameter : arguments.posonlyargs)
        TRY(visit_annotation(parameter));
    TRY(visit_annotation(arguments.vararg));
    for (ast::Arg* parameter : arguments.kwonlyargs)
        TRY(visit_annotation(parameter));
    TRY(visit_annotation(arguments.kwarg));
    if (returns)
        TRY(visit_expression(returns));
    return {};
}

CompileChecker::Check CompileChecker::visit_class(ast::ClassDef const& node)
{
    TRY(visit_expressions(node.decorator_list));
    TRY(enter_unit(UnitKind::Class, &node));
    TRY(visit_body(node.body));
    exit_unit();
    // The body is compiled first, then the call that builds the class.
    TRY(check_keywords(node.keywords));
    TRY(visit_call_arguments(node.bases, node.keywords));
    return check_name_store(node.name);
}

CompileChecker::Check CompileChecker::visit_return(ast::Return const& node)
{
    SymbolTableEntry const& entry = *unit().entry;
    bool preserve_value = node.value && !is_constant(node.value);
    if (entry.type != BlockType::Function)
        return error("'return' outside function");
    if (node.value && entry.is_coroutine && entry.is_generator)
        return error("'return' with value in async generator");
    if (preserve_value)
        TRY(visit_expression(node.value));
    else if (node.value)
        set_location(node.value->location);
    if (!node.value || node.value->location.lineno != node.location.lineno)
        set_location(node.location);
    bool found_loop = false;
    return unwind_blocks(preserve_value, false, found_loop);
}

CompileChecker::Check CompileChecker::visit_break_or_continue(bool is_break)
{
    ast::Location saved = unit().location;
    bool found_loop = false;
    TRY(unwind_blocks(false, true, found_loop));
    if (found_loop)
        return {};
    set_location(saved);
    return error(is_break ? "'break' outside loop" : "'continue' not properly in loop");
}

CompileChecker::Check CompileChecker::visit_augmented_assignment(ast::AugAssign const& node)
{
    ast::ExprNode const* target = node.target;
    set_location(target->location);
    if (auto* attribute = ast::as<ast::Attribute>(const_cast<ast::ExprNode*>(target))) {
        TRY(visit_expression(attribute->value));
    } else if (auto* subscript = ast::as<ast::Subscript>(const_cast<ast::ExprNode*>(target))) {
        TRY(visit_expression(subscript->value));
        TRY(visit_expression(subscript->slice));
    }
    set_location(node.location);
    TRY(visit_expression(node.value));
    set_location(target->location);
    if (auto* name = ast::as<ast::Name>(const_cast<ast::ExprNode*>(target)))
        return check_name_store(name->id);
    return {};
}

CompileChecker::Check CompileChecker::check_annotation_expression(ast::ExprNode const* node)
{
    return visit_expression(node);
}

// CPython evaluates the parts of a subscript target that has no value.
CompileChecker::Check CompileChecker::check_annotation_subscript(ast::ExprNode const* node)
{
    if (auto* slice = ast::as<ast::Slice>(const_cast<ast::ExprNode*>(node))) {
        if (slice->lower)
            TRY(check_annotation_expression(slice->lower));
        if (slice->upper)
            TRY(check_annotation_expression(slice->upper));
        if (slice->step)
            TRY(check_annotation_expression(slice->step));
        return {};
    }
    if (auto* tuple = ast::as<ast::Tuple>(const_cast<ast::ExprNode*>(node))) {
        for (ast::ExprNode* element : tuple->elts)
            TRY(check_annotation_subscript(element));
        return {};
    }
    return check_annotation_expression(node);
}

CompileChecker::Check CompileChecker::visit_annotated_assignment(ast::AnnAssign const& node)
{
    bool module_or_class = unit().kind == UnitKind::Module || unit().kind == UnitKind::Class;
    if (node.value) {
        TRY(visit_expression(node.value));
        TRY(visit_expression(node.target));
    }
    switch (node.target->kind) {
    case ast::ExprKind::Name:
        TRY(check_name_store(static_cast<ast::Name const&>(*node.target).id));
        // Only module and class annotations of plain names are stored (and evaluated).
        if (node.simple && module_or_class && !m_table.future().annotations)
            TRY(visit_expression(node.annotation));
        break;
    case ast::ExprKind::Attribute: {
        auto& attribute = static_cast<ast::Attribute const&>(*node.target);
        TRY(check_name_store(attribute.attr));
        if (!node.value)
            TRY(check_annotation_expression(attribute.value));
        break;
    }
    case ast::ExprKind::Subscript: {
        auto& subscript = static_cast<ast::Subscript const&>(*node.target);
        if (!node.value) {
            TRY(check_annotation_expression(subscript.value));
            TRY(check_annotation_subscript(subscript.slice));
        }
        break;
    }
    default:
        break;
    }
    if (!node.simple && module_or_class && !m_table.future().annotations)
        TRY(check_annotation_expression(node.annotation));
    return {};
}

CompileChecker::Check CompileChecker::visit_for(ast::ExprNode const* target, ast::ExprNode const* iter,
    ast::StmtList const& body, ast::StmtList const& orelse, bool is_async)
{
    if (is_async) {
        if (unit().kind != UnitKind::AsyncFunction)
            return error("'async for' outside async function");
        TRY(visit_expression(iter));
        TRY(push_block(BlockKind::ForLoop));
    } else {
        TRY(push_block(BlockKind::ForLoop));
        TRY(visit_expression(iter));
    }
    TRY(visit_expression(target));
    TRY(visit_statements(body));
    pop_block();
    return visit_statements(orelse);
}

CompileChecker::Check CompileChecker::visit_while(ast::While const& node)
{
    TRY(push_block(BlockKind::WhileLoop));
    TRY(visit_expression(node.test));
    TRY(visit_statements(node.body));
    pop_block();
    return visit_statements(node.orelse);
}

CompileChecker::Check CompileChecker::visit_with(
    ast::WithItemList const& items, ast::StmtList const& body, bool is_async)
{
    // CPython compiles `with a, b:` as nested `with` statements, one block each.
    for (ast::WithItem* item : items) {
        if (is_async && unit().kind != UnitKind::AsyncFunction)
            return error("'async with' outside async function");
        TRY(visit_expression(item->context_expr));
        TRY(push_block(is_async ? BlockKind::AsyncWith : BlockKind::With));
        if (item->optional_vars)
            TRY(visit_expression(item->optional_vars));
    }
    TRY(visit_statements(body));
    for (uint32_t index = 0; index < items.size(); ++index)
        pop_block();
    return {};
}

CompileChecker::Check CompileChecker::visit_try(ast::StmtList const& body,
    ast::ExceptHandlerList const& handlers, ast::StmtList const& orelse, ast::StmtList const& finalbody,
    bool is_star)
{
    if (finalbody.empty())
        return visit_try_except(body, handlers, orelse, is_star);
    TRY(push_block(BlockKind::FinallyTry, &finalbody));
    if (handlers.empty())
        TRY(visit_statements(body));
    else
        TRY(visit_try_except(body, handlers, orelse, is_star));
    pop_block();
    // The `finally` body is compiled twice: for the normal exit and for exceptions.
    TRY(visit_finally_body(finalbody));
    TRY(push_block(BlockKind::FinallyEnd));
    TRY(visit_finally_body(finalbody));
    pop_block();
    return {};
}

CompileChecker::Check CompileChecker::visit_try_except(ast::StmtList const& body,
    ast::ExceptHandlerList const& handlers, ast::StmtList const& orelse, bool is_star)
{
    TRY(push_block(BlockKind::TryExcept));
    TRY(visit_statements(body));
    pop_block();
    TRY(visit_statements(orelse));
    TRY(push_block(is_star ? BlockKind::ExceptionGroupHandler : BlockKind::ExceptionHandler));
    for (uint32_t index = 0; index < handlers.size(); ++index) {
        ast::ExceptHandler const& handler = *handlers[index];
        set_location(handler.location);
        if (!is_star && !handler.type && index + 1 < handlers.size())
            return error("default 'except:' must be last");
        if (handler.type)
            TRY(visit_expression(handler.type));
        // CPython 3.11 ignores the failure of storing the exception into
        // `__debug__`: the error stays pending while the handler body compiles (its
        // own errors win), then surfaces. In a function the clean-up code first
        // replaces it with "cannot delete __debug__" at no location; elsewhere
        // compilation stops before. (Approximated: CPython's exact stopping point
        // depends on which constants the unit already holds.)
        auto pending = check_name_store(handler.name);
        TRY(push_block(BlockKind::HandlerCleanup));
        TRY(visit_statements(handler.body));
        pop_block();
        if (pending.is_error()) {
            if (unit().kind == UnitKind::Module || unit().kind == UnitKind::Class)
                return pending;
            return Failure {make_syntax_error("cannot delete __debug__", ast::Location {-1, -1, -1, -1})};
        }
    }
    pop_block();
    return {};
}

CompileChecker::Check CompileChecker::visit_expressions(ast::ExprList const& expressions)
{
    for (ast::ExprNode* expression : expressions)
        TRY(visit_expression(expression));
    return {};
}

// Every expression sets the current location for its own errors and restores the
// previous one afterwards.
CompileChecker::Check CompileChecker::visit_expression(ast::ExprNode const* node)
{
    ast::Location saved = unit().location;
    set_location(node->location);
    TRY(visit_expression_kind(node));
    unit().location = saved;
    return {};
}

CompileChecker::Check CompileChecker::visit_expression_kind(ast::ExprNode const* node)
{
    switch (node->kind) {
    case ast::ExprKind::BoolOp:
        return visit_expressions(static_cast<ast::BoolOp const&>(*node).values);
    case ast::ExprKind::NamedExpr: {
        auto& expression = static_cast<ast::NamedExpr const&>(*node);
        TRY(visit_expression(expression.value));
        return visit_expression(expression.target);
    }
    case ast::ExprKind::BinOp: {
        auto& expression = static_cast<ast::BinOp const&>(*node);
        TRY(visit_expression(expression.left));
        return visit_expression(expression.right);
    }
    case ast::ExprKind::UnaryOp:
        return visit_expression(static_cast<ast::UnaryOp const&>(*node).operand);
    case ast::ExprKind::Lambda:
        return visit_lambda(static_cast<ast::Lambda const&>(*node));
    case ast::ExprKind::IfExp: {
        auto& expression = static_cast<ast::IfExp const&>(*node);
        TRY(visit_expression(expression.test));
        TRY(visit_expression(expression.body));
        return visit_expression(expression.orelse);
    }
    case ast::ExprKind::Dict: {
        auto& expression = static_cast<ast::Dict const&>(*node);
        for (uint32_t index = 0; index < expression.values.size(); ++index) {
            if (index < expression.keys.size() && expression.keys[index])
                TRY(visit_expression(expression.keys[index]));
            TRY(visit_expression(expression.values[index]));
        }
        return {};
    }
    case ast::ExprKind::Set:
        return visit_starred_elements(static_cast<ast::Set const&>(*node).elts);
    case ast::ExprKind::ListComp: {
        auto& expression = static_cast<ast::ListComp const&>(*node);
        return visit_comprehension(node, expression.generators, expression.elt, nullptr, false);
    }
    case ast::ExprKind::SetComp: {
        auto& expression = static_cast<ast::SetComp const&>(*node);
        return visit_comprehension(node, expression.generators, expression.elt, nullptr, false);
    }
    case ast::ExprKind::DictComp: {
        auto& expression = static_cast<ast::DictComp const&>(*node);
        return visit_comprehension(node, expression.generators, expression.key, expression.value, false);
    }
    case ast::ExprKind::GeneratorExp: {
        auto& expression = static_cast<ast::GeneratorExp const&>(*node);
        return visit_comprehension(node, expression.generators, expression.elt, nullptr, true);
    }
    case ast::ExprKind::Await: {
        if (unit().entry->type != BlockType::Function)
            return error("'await' outside function");
        if (unit().kind != UnitKind::AsyncFunction && unit().kind != UnitKind::Comprehension)
            return error("'await' outside async function");
        return visit_expression(static_cast<ast::Await const&>(*node).value);
    }
    case ast::ExprKind::Yield: {
        if (unit().entry->type != BlockType::Function)
            return error("'yield' outside function");
        auto& expression = static_cast<ast::Yield const&>(*node);
        if (expression.value)
            TRY(visit_expression(expression.value));
        return {};
    }
    case ast::ExprKind::YieldFrom: {
        if (unit().entry->type != BlockType::Function)
            return error("'yield' outside function");
        if (unit().kind == UnitKind::AsyncFunction)
            return error("'yield from' inside async function");
        return visit_expression(static_cast<ast::YieldFrom const&>(*node).value);
    }
    case ast::ExprKind::Compare: {
        auto& expression = static_cast<ast::Compare const&>(*node);
        TRY(visit_expression(expression.left));
        return visit_expressions(expression.comparators);
    }
    case ast::ExprKind::Call:
        return visit_call(static_cast<ast::Call const&>(*node));
    case ast::ExprKind::FormattedValue: {
        auto& expression = static_cast<ast::FormattedValue const&>(*node);
        TRY(visit_expression(expression.value));
        if (expression.format_spec)
            TRY(visit_expression(expression.format_spec));
        return {};
    }
    case ast::ExprKind::JoinedStr:
        return visit_expressions(static_cast<ast::JoinedStr const&>(*node).values);
    case ast::ExprKind::Constant:
        return {};
    case ast::ExprKind::Attribute: {
        auto& expression = static_cast<ast::Attribute const&>(*node);
        TRY(visit_expression(expression.value));
        // CPython: an attribute spanning lines is reported from the line of its name.
        ast::Location& location = unit().location;
        if (location.lineno != node->location.end_lineno) {
            location.lineno = node->location.end_lineno;
            int length = static_cast<int>(utf8::count_code_points(expression.attr));
            if (length <= node->location.end_col_offset) {
                location.col_offset = node->location.end_col_offset - length;
            } else {
                location.col_offset = -1;
                location.end_col_offset = -1;
            }
            location.end_lineno = std::max(location.lineno, location.end_lineno);
            if (location.lineno == location.end_lineno)
                location.end_col_offset = std::max(location.col_offset, location.end_col_offset);
        }
        if (expression.ctx == ast::ExprContext::Store)
            return check_name_store(expression.attr);
        return {};
    }
    case ast::ExprKind::Subscript: {
        auto& expression = static_cast<ast::Subscript const&>(*node);
        TRY(visit_expression(expression.value));
        return visit_expression(expression.slice);
    }
    case ast::ExprKind::Starred:
        if (static_cast<ast::Starred const&>(*node).ctx == ast::ExprContext::Store)
            return error("starred assignment target must be in a list or tuple");
        return error("can't use starred expression here");
    case ast::ExprKind::Name: {
        auto& expression = static_cast<ast::Name const&>(*node);
        if (expression.ctx == ast::ExprContext::Store)
            return check_name_store(expression.id);
        if (expression.ctx == ast::ExprContext::Del)
            return check_name_delete(expression.id);
        return {};
    }
    case ast::ExprKind::List: {
        auto& expression = static_cast<ast::List const&>(*node);
        if (expression.ctx == ast::ExprContext::Store)
            return visit_store_sequence(expression.elts);
        if (expression.ctx == ast::ExprContext::Load)
            return visit_starred_elements(expression.elts);
        return visit_expressions(expression.elts);
    }
    case ast::ExprKind::Tuple: {
        auto& expression = static_cast<ast::Tuple const&>(*node);
        if (expression.ctx == ast::ExprContext::Store)
            return visit_store_sequence(expression.elts);
        if (expression.ctx == ast::ExprContext::Load)
            return visit_starred_elements(expression.elts);
        return visit_expressions(expression.elts);
    }
    case ast::ExprKind::Slice: {
        auto& expression = static_cast<ast::Slice const&>(*node);
        if (expression.lower)
            TRY(visit_expression(expression.lower));
        if (expression.upper)
            TRY(visit_expression(expression.upper));
        if (expression.step)
            TRY(visit_expression(expression.step));
        return {};
    }
    }
    return {};
}

CompileChecker::Check CompileChecker::visit_lambda(ast::Lambda const& node)
{
    TRY(check_parameter_names(*node.args));
    TRY(visit_defaults(*node.args));
    TRY(enter_unit(UnitKind::Lambda, &node));
    TRY(visit_expression(node.body));
    exit_unit();
    return {};
}

// Elements of a list, tuple or set display, or positional arguments: `*x` unpacks.
CompileChecker::Check CompileChecker::visit_starred_elements(ast::ExprList const& elements)
{
    for (ast::ExprNode* element : elements) {
        if (auto* starred = ast::as<ast::Starred>(element))
            TRY(visit_expression(starred->value));
        else
            TRY(visit_expression(element));
    }
    return {};
}

// An unpacking target `a, *b, c = ...`.
CompileChecker::Check CompileChecker::visit_store_sequence(ast::ExprList const& elements)
{
    bool seen_star = false;
    uint32_t count = elements.size();
    for (uint32_t index = 0; index < count; ++index) {
        if (elements[index]->kind != ast::ExprKind::Starred)
            continue;
        if (seen_star)
            return error("multiple starred expressions in assignment");
        // CPython: UNPACK_EX packs both counts in one argument.
        if (index >= (1u << 8) || count - index - 1 >= (0x7fffffffu >> 8))
            return error("too many expressions in star-unpacking assignment");
        seen_star = true;
    }
    for (ast::ExprNode* element : elements) {
        if (auto* starred = ast::as<ast::Starred>(element))
            TRY(visit_expression(starred->value));
        else
            TRY(visit_expression(element));
    }
    return {};
}

CompileChecker::Check CompileChecker::check_keywords(ast::KeywordList const& keywords)
{
    for (uint32_t index = 0; index < keywords.size(); ++index) {
        ast::Keyword const& keyword = *keywords[index];
        if (keyword.arg.empty())
            continue;
        TRY(check_name_store(keyword.arg));
        for (uint32_t other = index + 1; other < keywords.size(); ++other) {
            if (keywords[other]->arg == keyword.arg) {
                set_location(keywords[other]->location);
                return error("keyword argument repeated: " + std::string(keyword.arg));
            }
        }
    }
    return {};
}

CompileChecker::Check CompileChecker::visit_call_arguments(
    ast::ExprList const& args, ast::KeywordList const& keywords)
{
    TRY(visit_starred_elements(args));
    for (ast::Keyword* keyword : keywords)
        TRY(visit_expression(keyword->value));
    return {};
}

bool CompileChecker::is_imported_name(ast::ExprNode const* node) const
{
    auto* name = ast::as<ast::Name>(const_cast<ast::ExprNode*>(node));
    return name && (m_table.top().flags_of(name->id) & Symbol::DefImport);
}

CompileChecker::Check CompileChecker::visit_call(ast::Call const& node)
{
    TRY(check_keywords(node.keywords));
    // CPython compiles `object.method(...)` with plain arguments specially: the
    // attribute itself is not visited.
    auto* method = ast::as<ast::Attribute>(node.func);
    bool plain_arguments
        = node.args.size() + node.keywords.size() + (node.keywords.empty() ? 0 : 1) < stack_use_guideline;
    for (ast::ExprNode* argument : node.args)
        plain_arguments = plain_arguments && argument->kind != ast::ExprKind::Starred;
    for (ast::Keyword* keyword : node.keywords)
        plain_arguments = plain_arguments && !keyword->arg.empty();
    if (method && method->ctx == ast::ExprContext::Load && !is_imported_name(method->value)
        && plain_arguments) {
        TRY(visit_expression(method->value));
        TRY(visit_expressions(node.args));
        for (ast::Keyword* keyword : node.keywords)
            TRY(visit_expression(keyword->value));
        return {};
    }
    TRY(visit_expression(node.func));
    return visit_call_arguments(node.args, node.keywords);
}

CompileChecker::Check CompileChecker::visit_comprehension(ast::ExprNode const* node,
    ast::ComprehensionList const& generators, ast::ExprNode const* element, ast::ExprNode const* value,
    bool is_generator)
{
    UnitKind outer = unit().kind;
    TRY(enter_unit(UnitKind::Comprehension, node));
    set_location(node->location);
    if (unit().entry->is_coroutine && !is_generator && outer != UnitKind::AsyncFunction
        && outer != UnitKind::Comprehension)
        return error("asynchronous comprehension outside of an asynchronous function");
    TRY(visit_comprehension_generator(generators, 0, element, value));
    exit_unit();
    // The outermost iterable is evaluated outside, after the comprehension's code.
    return visit_expression(generators[0]->iter);
}

CompileChecker::Check CompileChecker::visit_comprehension_generator(ast::ComprehensionList const& generators,
    uint32_t index, ast::ExprNode const* element, ast::ExprNode const* value)
{
    ast::Comprehension const& generator = *generators[index];
    if (index > 0)
        TRY(visit_expression(generator.iter));
    if (generator.is_async)
        TRY(push_block(BlockKind::AsyncComprehensionGenerator));
    TRY(visit_expression(generator.target));
    TRY(visit_expressions(generator.ifs));
    if (index + 1 < generators.size()) {
        TRY(visit_comprehension_generator(generators, index + 1, element, value));
    } else {
        TRY(visit_expression(element));
        if (value)
            TRY(visit_expression(value));
    }
    if (generator.is_async)
        pop_block();
    return {};
}

} // namespace taipan
