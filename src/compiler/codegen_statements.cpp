// Statements: assignments of every form, control flow (if, for, while, break, continue,
// return), assert, raise, imports and expression statements, each compiled as CPython
// 3.11's compiler.c does it. Try, with and their unwinding are in codegen_exceptions.cpp.
#include "compiler/codegen_internal.h"

namespace taipan::codegen {

void Compiler::visit_statements(ast::StmtList const& statements)
{
    for (ast::StmtNode* statement : statements)
        visit_statement(statement);
}

void Compiler::visit_statement(ast::StmtNode const* node)
{
    if (failed())
        return;
    set_location(node->location);
    switch (node->kind) {
    case ast::StmtKind::FunctionDef:
        return visit_function(*node, false);
    case ast::StmtKind::AsyncFunctionDef:
        return visit_function(*node, true);
    case ast::StmtKind::ClassDef:
        return visit_class(static_cast<ast::ClassDef const&>(*node));
    case ast::StmtKind::Return:
        return visit_return(static_cast<ast::Return const&>(*node));
    case ast::StmtKind::Delete:
        return visit_expressions(static_cast<ast::Delete const&>(*node).targets);
    case ast::StmtKind::Assign:
        return visit_assign(static_cast<ast::Assign const&>(*node));
    case ast::StmtKind::AugAssign:
        return visit_augmented_assign(static_cast<ast::AugAssign const&>(*node));
    case ast::StmtKind::AnnAssign:
        return visit_annotated_assign(static_cast<ast::AnnAssign const&>(*node));
    case ast::StmtKind::For:
        return visit_for(static_cast<ast::For const&>(*node));
    case ast::StmtKind::AsyncFor:
        return visit_async_for(static_cast<ast::AsyncFor const&>(*node));
    case ast::StmtKind::While:
        return visit_while(static_cast<ast::While const&>(*node));
    case ast::StmtKind::If:
        return visit_if(static_cast<ast::If const&>(*node));
    case ast::StmtKind::With:
        return visit_with(static_cast<ast::With const&>(*node), 0);
    case ast::StmtKind::AsyncWith:
        return visit_async_with(static_cast<ast::AsyncWith const&>(*node), 0);
    case ast::StmtKind::Match:
        return visit_match(static_cast<ast::Match const&>(*node));
    case ast::StmtKind::Raise:
        return visit_raise(static_cast<ast::Raise const&>(*node));
    case ast::StmtKind::Try: {
        auto& statement = static_cast<ast::Try const&>(*node);
        return visit_try(statement.body, statement.handlers, statement.orelse, statement.finalbody, false);
    }
    case ast::StmtKind::TryStar: {
        auto& statement = static_cast<ast::TryStar const&>(*node);
        return visit_try(statement.body, statement.handlers, statement.orelse, statement.finalbody, true);
    }
    case ast::StmtKind::Assert:
        return visit_assert(static_cast<ast::Assert const&>(*node));
    case ast::StmtKind::Import:
        return visit_import(static_cast<ast::Import const&>(*node));
    case ast::StmtKind::ImportFrom:
        return visit_import_from(static_cast<ast::ImportFrom const&>(*node));
    case ast::StmtKind::Global:
    case ast::StmtKind::Nonlocal:
        return;
    case ast::StmtKind::Expr:
        return visit_expression_statement(static_cast<ast::Expr const&>(*node).value);
    case ast::StmtKind::Pass:
        return emit(Opcode::Nop);
    case ast::StmtKind::Break:
        return visit_break();
    case ast::StmtKind::Continue:
        return visit_continue();
    }
}

void Compiler::visit_expression_statement(ast::ExprNode const* value)
{
    // Interactive mode echoes top-level expression statements.
    if (m_interactive && m_units.size() == 1) {
        visit_expression(value);
        emit(Opcode::PrintExpr);
        return;
    }
    if (is_constant(value)) {
        // A constant statement (a docstring elsewhere, `...`) does nothing but keeps its
        // line.
        emit(Opcode::Nop);
        return;
    }
    visit_expression(value);
    unset_location();
    emit(Opcode::PopTop);
}

void Compiler::visit_return(ast::Return const& statement)
{
    ast::ExprNode const* value = statement.value;
    bool preserve_top = value && !is_constant(value);
    if (preserve_top) {
        visit_expression(value);
    } else if (value) {
        // The line of the returned constant gets an instruction of its own.
        set_location(value->location);
        emit(Opcode::Nop);
    }
    if (!value || value->location.lineno != statement.location.lineno) {
        set_location(statement.location);
        emit(Opcode::Nop);
    }
    unwind_block_stack(preserve_top, false);
    if (!value)
        emit_none();
    else if (!preserve_top)
        emit_constant(*fold(value));
    emit(Opcode::ReturnValue);
}

void Compiler::visit_break()
{
    emit(Opcode::Nop);
    auto loop = unwind_block_stack(false, true);
    if (!loop)
        return error("'break' outside loop");
    unwind_block(*loop, false);
    emit_jump(JumpAny, loop->exit);
}

void Compiler::visit_continue()
{
    emit(Opcode::Nop);
    auto loop = unwind_block_stack(false, true);
    if (!loop)
        return error("'continue' not properly in loop");
    emit_jump(JumpAny, loop->start);
}

void Compiler::visit_if(ast::If const& statement)
{
    Label end = new_label();
    Label next = statement.orelse.empty() ? end : new_label();
    jump_if(statement.test, next, false);
    visit_statements(statement.body);
    if (!statement.orelse.empty()) {
        emit_jump_no_line(JumpAny, end);
        bind(next);
        visit_statements(statement.orelse);
    }
    bind(end);
}

void Compiler::visit_for(ast::For const& statement)
{
    Label start = new_label();
    Label cleanup = new_label();
    Label end = new_label();
    push_block(FrameBlock {FrameBlockKind::ForLoop, start, end});
    visit_iterable(statement.iter);
    emit(Opcode::GetIter);
    bind(start);
    emit_jump(Opcode::ForIter, cleanup);
    visit_expression(statement.target);
    visit_statements(statement.body);
    // The jump back is artificial: it takes the line of the body's last instruction.
    unset_location();
    emit_jump(JumpAny, start);
    bind(cleanup);
    pop_block();
    visit_statements(statement.orelse);
    bind(end);
}

void Compiler::visit_async_for(ast::AsyncFor const& statement)
{
    Label start = new_label();
    Label except = new_label();
    Label end = new_label();
    visit_expression(statement.iter);
    emit(Opcode::GetAIter);
    bind(start);
    push_block(FrameBlock {FrameBlockKind::ForLoop, start, end});
    // The handler turns StopAsyncIteration from __anext__ into the end of the loop.
    emit_jump(SetupFinally, except);
    emit(Opcode::GetANext);
    emit_none();
    add_yield_from(true);
    emit_pseudo(PopBlock);
    visit_expression(statement.target);
    visit_statements(statement.body);
    unset_location();
    emit_jump(JumpAny, start);
    pop_block();
    bind(except);
    // CPython: END_ASYNC_FOR takes the iterable's position, since it ends the `for`.
    set_location(statement.iter->location);
    emit(Opcode::EndAsyncFor);
    visit_statements(statement.orelse);
    bind(end);
}

// As CPython 3.11, the condition is tested at the top and again at the bottom of the
// loop; the bottom test jumps out when false, then JumpBackward (the only jump that
// checks for interrupts) goes back to the body. `continue` goes to the top test.
void Compiler::visit_while(ast::While const& statement)
{
    Label loop = new_label();
    Label body = new_label();
    Label anchor = new_label();
    Label end = new_label();
    bind(loop);
    push_block(FrameBlock {FrameBlockKind::WhileLoop, loop, end});
    jump_if(statement.test, anchor, false);
    bind(body);
    visit_statements(statement.body);
    set_location(statement.location);
    jump_if(statement.test, anchor, false);
    emit_jump(JumpAny, body);
    pop_block();
    bind(anchor);
    visit_statements(statement.orelse);
    bind(end);
}

void Compiler::visit_assign(ast::Assign const& statement)
{
    visit_expression(statement.value);
    for (uint32_t i = 0; i < statement.targets.size(); ++i) {
        if (i + 1 < statement.targets.size())
            emit(Opcode::Copy, 1);
        visit_expression(statement.targets[i]);
    }
}

namespace {

    BinaryOperator inplace_operator(ast::Operator op)
    {
        return static_cast<BinaryOperator>(
            static_cast<int>(op) + static_cast<int>(BinaryOperator::InplaceAdd));
    }

} // namespace

// The target is evaluated once: its container (and key) stay on the stack for the store.
void Compiler::visit_augmented_assign(ast::AugAssign const& statement)
{
    ast::ExprNode const* target = statement.target;
    SourcePosition saved = location();
    set_location(target->location);
    switch (target->kind) {
    case ast::ExprKind::Attribute: {
        auto& attribute = static_cast<ast::Attribute const&>(*target);
        visit_expression(attribute.value);
        emit(Opcode::Copy, 1);
        update_start_to_attribute_name(attribute);
        emit_name(Opcode::LoadAttr, attribute.attr);
        break;
    }
    case ast::ExprKind::Subscript: {
        auto& subscript = static_cast<ast::Subscript const&>(*target);
        visit_expression(subscript.value);
        visit_expression(subscript.slice);
        emit(Opcode::Copy, 2);
        emit(Opcode::Copy, 2);
        emit(Opcode::BinarySubscr);
        break;
    }
    case ast::ExprKind::Name:
        name_op(static_cast<ast::Name const&>(*target).id, ast::ExprContext::Load);
        break;
    default:
        return error("invalid node type for augmented assignment");
    }
    unit().location = saved;
    visit_expression(statement.value);
    emit(Opcode::BinaryOp, static_cast<uint32_t>(inplace_operator(statement.op)));
    set_location(target->location);
    switch (target->kind) {
    case ast::ExprKind::Attribute: {
        auto& attribute = static_cast<ast::Attribute const&>(*target);
        update_start_to_attribute_name(attribute);
        emit(Opcode::Swap, 2);
        emit_name(Opcode::StoreAttr, attribute.attr);
        break;
    }
    case ast::ExprKind::Subscript:
        emit(Opcode::Swap, 3);
        emit(Opcode::Swap, 2);
        emit(Opcode::StoreSubscr);
        break;
    case ast::ExprKind::Name:
        name_op(static_cast<ast::Name const&>(*target).id, ast::ExprContext::Store);
        break;
    default:
        break;
    }
}

// CPython's check_ann_expr: a complex annotated target without a value still evaluates
// its parts.
void Compiler::check_annotation_expression(ast::ExprNode const* expression)
{
    visit_expression(expression);
    emit(Opcode::PopTop);
}

void Compiler::check_annotation_subscript(ast::ExprNode const* slice)
{
    if (auto* range = ast::as<ast::Slice>(const_cast<ast::ExprNode*>(slice))) {
        if (range->lower)
            check_annotation_expression(range->lower);
        if (range->upper)
            check_annotation_expression(range->upper);
        if (range->step)
            check_annotation_expression(range->step);
        return;
    }
    if (auto* tuple = ast::as<ast::Tuple>(const_cast<ast::ExprNode*>(slice))) {
        for (ast::ExprNode* item : tuple->elts)
            check_annotation_subscript(item);
        return;
    }
    check_annotation_expression(slice);
}

void Compiler::visit_annotated_assign(ast::AnnAssign const& statement)
{
    ast::ExprNode const* target = statement.target;
    if (statement.value) {
        visit_expression(statement.value);
        visit_expression(target);
    }
    bool module_or_class = unit().kind == UnitKind::Module || unit().kind == UnitKind::Class;
    switch (target->kind) {
    case ast::ExprKind::Name:
        // A simple name in a module or class records its annotation.
        if (statement.simple && module_or_class) {
            if (m_table.future().annotations)
                visit_annotation_expression(statement.annotation);
            else
                visit_expression(statement.annotation);
            emit(Opcode::LoadName, add_name("__annotations__"));
            emit_str(mangle(static_cast<ast::Name const&>(*target).id));
            emit(Opcode::StoreSubscr);
        }
        break;
    case ast::ExprKind::Attribute:
        if (!statement.value)
            check_annotation_expression(static_cast<ast::Attribute const&>(*target).value);
        break;
    case ast::ExprKind::Subscript:
        if (!statement.value) {
            check_annotation_expression(static_cast<ast::Subscript const&>(*target).value);
            check_annotation_subscript(static_cast<ast::Subscript const&>(*target).slice);
        }
        break;
    default:
        return error("invalid node type for annotated assignment");
    }
    // The annotation of a complex target is evaluated (and dropped) in modules and
    // classes, unless annotations are strings.
    if (!statement.simple && !m_table.future().annotations && module_or_class)
        check_annotation_expression(statement.annotation);
}

void Compiler::visit_assert(ast::Assert const& statement)
{
    if (m_options.optimize)
        return;
    Label end = new_label();
    jump_if(statement.test, end, true);
    emit(Opcode::LoadAssertionError);
    if (statement.msg) {
        visit_expression(statement.msg);
        emit(Opcode::Call, 0);
    }
    emit(Opcode::RaiseVarargs, 1);
    bind(end);
}

void Compiler::visit_raise(ast::Raise const& statement)
{
    uint32_t count = 0;
    if (statement.exc) {
        visit_expression(statement.exc);
        ++count;
        if (statement.cause) {
            visit_expression(statement.cause);
            ++count;
        }
    }
    emit(Opcode::RaiseVarargs, count);
}

void Compiler::visit_import(ast::Import const& statement)
{
    for (ast::Alias* alias : statement.names) {
        emit_int(0);
        emit_none();
        emit_name(Opcode::ImportName, alias->name);
        std::string_view name = alias->name;
        size_t dot = name.find('.');
        if (alias->asname.empty()) {
            // `import a.b.c` binds `a`.
            name_op(name.substr(0, dot), ast::ExprContext::Store);
            continue;
        }
        if (dot == std::string_view::npos) {
            name_op(alias->asname, ast::ExprContext::Store);
            continue;
        }
        // `import a.b.c as d` binds the innermost module, fetched attribute by attribute.
        for (;;) {
            size_t next = name.find('.', dot + 1);
            std::string_view part
                = name.substr(dot + 1, next == std::string_view::npos ? name.npos : next - dot - 1);
            emit(Opcode::ImportFrom, add_name(part));
            if (next == std::string_view::npos)
                break;
            emit(Opcode::Swap, 2);
            emit(Opcode::PopTop);
            dot = next;
        }
        name_op(alias->asname, ast::ExprContext::Store);
        emit(Opcode::PopTop);
    }
}

void Compiler::visit_import_from(ast::ImportFrom const& statement)
{
    emit_int(statement.level);
    ConstantEntry names;
    names.kind = ConstantEntry::Kind::Tuple;
    for (ast::Alias* alias : statement.names)
        names.items.push_back(str_constant(alias->name));
    if (statement.location.lineno > m_table.future().last_lineno && statement.module == "__future__")
        return error("from __future__ imports must occur at the beginning of the file");
    emit_constant(names);
    emit_name(Opcode::ImportName, statement.module);
    for (uint32_t i = 0; i < statement.names.size(); ++i) {
        ast::Alias* alias = statement.names[i];
        if (i == 0 && alias->name == "*") {
            emit(Opcode::ImportStar);
            return;
        }
        emit_name(Opcode::ImportFrom, alias->name);
        name_op(alias->asname.empty() ? alias->name : alias->asname, ast::ExprContext::Store);
    }
    emit(Opcode::PopTop);
}

} // namespace taipan::codegen
