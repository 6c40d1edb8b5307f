// Exception handling in CPython 3.11's layout: try/except, try/finally, except*, with
// and async with compile to protected regions (SetupFinally / SetupCleanup / SetupWith
// ... PopBlock) that become exception-table rows. Handlers start with PushExcInfo and
// end with PopExcept; `finally` bodies are compiled twice, inline on the normal path and
// in a handler that re-raises. Return, break and continue leave blocks through
// unwind_block, which runs the clean-up each block needs. Also the `yield from` loop
// shared by await, async for and async with.
#include "compiler/codegen_internal.h"

namespace taipan::codegen {

void Compiler::push_block(FrameBlock block)
{
    unit().blocks.push_back(block);
}

void Compiler::pop_block()
{
    unit().blocks.pop_back();
}

void Compiler::emit_yield()
{
    emit(Opcode::YieldValue, 0);
    emit(Opcode::Resume, 1);
}

// [receiver, value] → [result]: send values into the receiver and pass what it yields
// out, until it returns.
void Compiler::add_yield_from(bool await)
{
    Label start = new_label();
    Label exit = new_label();
    bind(start);
    emit_jump(Opcode::Send, exit);
    emit(Opcode::YieldValue, 1);
    emit(Opcode::Resume, await ? 3 : 2);
    emit_jump(JumpNoInterrupt, start);
    bind(exit);
}

// The clean-up a block needs when a return, break or continue leaves it. With
// `preserve_top`, the value being returned stays on top of the stack.
void Compiler::unwind_block(FrameBlock const& block, bool preserve_top)
{
    switch (block.kind) {
    case FrameBlockKind::WhileLoop:
    case FrameBlockKind::ExceptionHandler:
    case FrameBlockKind::ExceptionGroupHandler:
    case FrameBlockKind::AsyncComprehensionGenerator:
        return;
    case FrameBlockKind::ForLoop:
        // Pop the iterator.
        if (preserve_top)
            emit(Opcode::Swap, 2);
        emit(Opcode::PopTop);
        return;
    case FrameBlockKind::TryExcept:
        emit_pseudo(PopBlock);
        return;
    case FrameBlockKind::FinallyTry:
        // The PopBlock carries the line of the statement that unwinds.
        emit_pseudo(PopBlock);
        if (preserve_top)
            push_block(FrameBlock {FrameBlockKind::PopValue, {}, {}});
        visit_statements(*block.finally_body);
        if (preserve_top)
            pop_block();
        // What follows seems to run after the finally body: no line of its own.
        unset_location();
        return;
    case FrameBlockKind::FinallyEnd:
        if (preserve_top)
            emit(Opcode::Swap, 2);
        emit(Opcode::PopTop); // the exception
        if (preserve_top)
            emit(Opcode::Swap, 2);
        emit_pseudo(PopBlock);
        emit(Opcode::PopExcept);
        return;
    case FrameBlockKind::With:
    case FrameBlockKind::AsyncWith:
        set_location(block.statement->location);
        emit_pseudo(PopBlock);
        if (preserve_top)
            emit(Opcode::Swap, 2);
        call_exit_with_nones();
        if (block.kind == FrameBlockKind::AsyncWith) {
            emit(Opcode::GetAwaitable, 2);
            emit_none();
            add_yield_from(true);
        }
        emit(Opcode::PopTop);
        unset_location();
        return;
    case FrameBlockKind::HandlerCleanup:
        if (!block.handler_name.empty())
            emit_pseudo(PopBlock);
        if (preserve_top)
            emit(Opcode::Swap, 2);
        emit_pseudo(PopBlock);
        emit(Opcode::PopExcept);
        if (!block.handler_name.empty()) {
            emit_none();
            name_op(block.handler_name, ast::ExprContext::Store);
            name_op(block.handler_name, ast::ExprContext::Del);
        }
        return;
    case FrameBlockKind::PopValue:
        if (preserve_top)
            emit(Opcode::Swap, 2);
        emit(Opcode::PopTop);
        return;
    }
}

std::optional<FrameBlock> Compiler::unwind_block_stack(bool preserve_top, bool stop_at_loop)
{
    auto& blocks = unit().blocks;
    if (blocks.empty())
        return std::nullopt;
    FrameBlock top = blocks.back();
    if (top.kind == FrameBlockKind::ExceptionGroupHandler) {
        error("'break', 'continue' and 'return' cannot appear in an except* block");
        return std::nullopt;
    }
    if (stop_at_loop && (top.kind == FrameBlockKind::WhileLoop || top.kind == FrameBlockKind::ForLoop))
        return top;
    blocks.pop_back();
    unwind_block(top, preserve_top);
    auto loop = unwind_block_stack(preserve_top, stop_at_loop);
    unit().blocks.push_back(top);
    return loop;
}

// [exit] → [exit(None, None, None)]: the third None goes in the self slot.
void Compiler::call_exit_with_nones()
{
    emit_none();
    emit_none();
    emit_none();
    emit(Opcode::Call, 2);
}

void Compiler::pop_except_and_reraise()
{
    emit(Opcode::Copy, 3);
    emit(Opcode::PopExcept);
    emit(Opcode::Reraise, 1);
}

void Compiler::visit_try(ast::StmtList const& body, ast::ExceptHandlerList const& handlers,
    ast::StmtList const& orelse, ast::StmtList const& finalbody, bool is_star)
{
    if (!finalbody.empty())
        return visit_try_finally(body, handlers, orelse, finalbody, is_star);
    if (is_star)
        return visit_try_star_except(body, handlers, orelse);
    visit_try_except(body, handlers, orelse);
}

void Compiler::visit_try_finally(ast::StmtList const& body, ast::ExceptHandlerList const& handlers,
    ast::StmtList const& orelse, ast::StmtList const& finalbody, bool is_star)
{
    Label body_label = new_label();
    Label end = new_label();
    Label exit = new_label();
    Label cleanup = new_label();
    // The `try` block.
    emit_jump(SetupFinally, end);
    bind(body_label);
    push_block(FrameBlock {FrameBlockKind::FinallyTry, body_label, end, &finalbody});
    if (!handlers.empty()) {
        if (is_star)
            visit_try_star_except(body, handlers, orelse);
        else
            visit_try_except(body, handlers, orelse);
    } else {
        visit_statements(body);
    }
    unit().stream.emit(PopBlock, 0, {});
    pop_block();
    visit_statements(finalbody);
    emit_jump_no_line(JumpAny, exit);
    // The `finally` block for exceptions.
    bind(end);
    unset_location();
    emit_jump(SetupCleanup, cleanup);
    emit(Opcode::PushExcInfo);
    push_block(FrameBlock {FrameBlockKind::FinallyEnd, end, {}});
    visit_statements(finalbody);
    pop_block();
    emit(Opcode::Reraise, 0);
    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
}

/*
   try:
       body
   except E as name:
       handler body
   else:
       orelse

   The handler body runs in its own protected region, so `name` is deleted however the
   handler ends (`name = None; del name`).
*/
void Compiler::visit_try_except(
    ast::StmtList const& body, ast::ExceptHandlerList const& handlers, ast::StmtList const& orelse)
{
    Label body_label = new_label();
    Label except = new_label();
    Label end = new_label();
    Label cleanup = new_label();
    emit_jump(SetupFinally, except);
    bind(body_label);
    push_block(FrameBlock {FrameBlockKind::TryExcept, body_label, {}});
    visit_statements(body);
    pop_block();
    unit().stream.emit(PopBlock, 0, {});
    visit_statements(orelse);
    emit_jump_no_line(JumpAny, end);
    bind(except);
    unset_location();
    emit_jump(SetupCleanup, cleanup);
    emit(Opcode::PushExcInfo);
    // The runtime keeps the exception being handled on the stack meanwhile.
    push_block(FrameBlock {FrameBlockKind::ExceptionHandler, {}, {}});
    for (uint32_t i = 0; i < handlers.size(); ++i) {
        ast::ExceptHandler const& handler = *handlers[i];
        set_location(handler.location);
        if (!handler.type && i + 1 < handlers.size())
            return error("default 'except:' must be last");
        Label next_handler = new_label();
        if (handler.type) {
            visit_expression(handler.type);
            emit(Opcode::CheckExcMatch);
            emit_jump(Opcode::PopJumpIfFalse, next_handler);
        }
        if (!handler.name.empty()) {
            Label cleanup_end = new_label();
            Label cleanup_body = new_label();
            name_op(handler.name, ast::ExprContext::Store);
            emit_jump(SetupCleanup, cleanup_end);
            bind(cleanup_body);
            push_block(FrameBlock {
                FrameBlockKind::HandlerCleanup, cleanup_body, {}, nullptr, nullptr, handler.name});
            visit_statements(handler.body);
            pop_block();
            unset_location();
            emit_pseudo(PopBlock);
            emit_pseudo(PopBlock);
            emit(Opcode::PopExcept);
            emit_none();
            name_op(handler.name, ast::ExprContext::Store);
            name_op(handler.name, ast::ExprContext::Del);
            emit_jump(JumpAny, end);
            // An exception in the handler body: delete the name, re-raise.
            bind(cleanup_end);
            unset_location();
            emit_none();
            name_op(handler.name, ast::ExprContext::Store);
            name_op(handler.name, ast::ExprContext::Del);
            emit(Opcode::Reraise, 1);
        } else {
            Label cleanup_body = new_label();
            emit(Opcode::PopTop); // the exception
            bind(cleanup_body);
            push_block(FrameBlock {FrameBlockKind::HandlerCleanup, cleanup_body, {}});
            visit_statements(handler.body);
            pop_block();
            unset_location();
            emit_pseudo(PopBlock);
            emit(Opcode::PopExcept);
            emit_jump(JumpAny, end);
        }
        bind(next_handler);
    }
    unset_location();
    pop_block();
    // No handler matched.
    emit(Opcode::Reraise, 0);
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
}

/*
   try:
       body
   except* E as name:
       handler body

   The handlers see what is left of the exception group; whatever they raise and what
   nothing matched are combined by PrepReraiseStar at the end. The stack in the handlers
   is [previous, original, list of raised, rest].
*/
void Compiler::visit_try_star_except(
    ast::StmtList const& body, ast::ExceptHandlerList const& handlers, ast::StmtList const& orelse)
{
    Label body_label = new_label();
    Label except = new_label();
    Label orelse_label = new_label();
    Label end = new_label();
    Label cleanup = new_label();
    Label reraise_star = new_label();
    emit_jump(SetupFinally, except);
    bind(body_label);
    push_block(FrameBlock {FrameBlockKind::TryExcept, body_label, {}});
    visit_statements(body);
    pop_block();
    unit().stream.emit(PopBlock, 0, {});
    emit_jump_no_line(JumpAny, orelse_label);
    bind(except);
    unset_location();
    emit_jump(SetupCleanup, cleanup);
    emit(Opcode::PushExcInfo);
    push_block(FrameBlock {FrameBlockKind::ExceptionGroupHandler, {}, {}});
    for (uint32_t i = 0; i < handlers.size(); ++i) {
        ast::ExceptHandler const& handler = *handlers[i];
        set_location(handler.location);
        Label next = new_label();
        Label except_with_error = new_label();
        Label no_match = new_label();
        if (i == 0) {
            // [exc] → [original, [], exc]
            emit(Opcode::Copy, 1);
            emit(Opcode::BuildList, 0);
            emit(Opcode::Swap, 2);
        }
        if (handler.type) {
            visit_expression(handler.type);
            emit(Opcode::CheckEgMatch);
            emit(Opcode::Copy, 1);
            emit_jump(Opcode::PopJumpIfNone, no_match);
        }
        Label cleanup_end = new_label();
        Label cleanup_body = new_label();
        if (!handler.name.empty())
            name_op(handler.name, ast::ExprContext::Store);
        else
            emit(Opcode::PopTop); // the match
        emit_jump(SetupCleanup, cleanup_end);
        bind(cleanup_body);
        push_block(
            FrameBlock {FrameBlockKind::HandlerCleanup, cleanup_body, {}, nullptr, nullptr, handler.name});
        visit_statements(handler.body);
        pop_block();
        unset_location();
        emit_pseudo(PopBlock);
        if (!handler.name.empty()) {
            emit_none();
            name_op(handler.name, ast::ExprContext::Store);
            name_op(handler.name, ast::ExprContext::Del);
        }
        emit_jump(JumpAny, next);
        // An exception in the handler body joins the list of raised ones.
        bind(cleanup_end);
        unset_location();
        if (!handler.name.empty()) {
            emit_none();
            name_op(handler.name, ast::ExprContext::Store);
            name_op(handler.name, ast::ExprContext::Del);
        }
        emit(Opcode::ListAppend, 3); // the exception
        emit(Opcode::PopTop); // lasti
        emit_jump(JumpAny, except_with_error);
        bind(next);
        emit(Opcode::Nop); // carries a propagated position
        emit_jump(JumpAny, except_with_error);
        bind(no_match);
        emit(Opcode::PopTop); // the match (None)
        bind(except_with_error);
        if (i + 1 == handlers.size()) {
            // What is left unhandled joins the list too.
            emit(Opcode::ListAppend, 1);
            emit_jump(JumpAny, reraise_star);
        }
    }
    unset_location();
    pop_block();
    Label reraise = new_label();
    bind(reraise_star);
    emit(Opcode::PrepReraiseStar);
    emit(Opcode::Copy, 1);
    emit_jump(Opcode::PopJumpIfNotNone, reraise);
    // Nothing to re-raise.
    emit(Opcode::PopTop);
    emit_pseudo(PopBlock);
    emit(Opcode::PopExcept);
    emit_jump(JumpAny, end);
    bind(reraise);
    emit_pseudo(PopBlock);
    emit(Opcode::Swap, 2);
    emit(Opcode::PopExcept);
    emit(Opcode::Reraise, 0);
    bind(cleanup);
    pop_except_and_reraise();
    bind(orelse_label);
    visit_statements(orelse);
    bind(end);
}

/*
   with EXPR as VAR:
       BLOCK

   BeforeWith leaves [exit, EXPR.__enter__()]; the region after SetupWith keeps `exit`
   below the handler. The normal path calls exit(None, None, None); the handler calls
   exit with the exception (WithExceptStart) and re-raises unless it returned true.
*/
void Compiler::visit_with(ast::With const& statement, uint32_t index)
{
    ast::WithItem const& item = *statement.items[index];
    Label block = new_label();
    Label final = new_label();
    Label exit = new_label();
    Label cleanup = new_label();
    visit_expression(item.context_expr);
    emit(Opcode::BeforeWith);
    emit_jump(SetupWith, final);
    bind(block);
    push_block(FrameBlock {FrameBlockKind::With, block, final, nullptr, &statement});
    if (item.optional_vars)
        visit_expression(item.optional_vars);
    else
        emit(Opcode::PopTop); // the __enter__ result
    if (index + 1 == statement.items.size())
        visit_statements(statement.body);
    else
        visit_with(statement, index + 1);
    unset_location();
    emit_pseudo(PopBlock);
    pop_block();
    set_location(statement.location);
    call_exit_with_nones();
    emit(Opcode::PopTop);
    emit_jump(JumpAny, exit);
    bind(final);
    emit_jump(SetupCleanup, cleanup);
    emit(Opcode::PushExcInfo);
    emit(Opcode::WithExceptStart);
    with_except_finish(cleanup);
    bind(exit);
}

void Compiler::visit_async_with(ast::AsyncWith const& statement, uint32_t index)
{
    ast::WithItem const& item = *statement.items[index];
    Label block = new_label();
    Label final = new_label();
    Label exit = new_label();
    Label cleanup = new_label();
    visit_expression(item.context_expr);
    emit(Opcode::BeforeAsyncWith);
    emit(Opcode::GetAwaitable, 1);
    emit_none();
    add_yield_from(true);
    emit_jump(SetupWith, final);
    bind(block);
    push_block(FrameBlock {FrameBlockKind::AsyncWith, block, final, nullptr, &statement});
    if (item.optional_vars)
        visit_expression(item.optional_vars);
    else
        emit(Opcode::PopTop); // the __aenter__ result
    if (index + 1 == statement.items.size())
        visit_statements(statement.body);
    else
        visit_async_with(statement, index + 1);
    pop_block();
    emit_pseudo(PopBlock);
    set_location(statement.location);
    call_exit_with_nones();
    emit(Opcode::GetAwaitable, 2);
    emit_none();
    add_yield_from(true);
    emit(Opcode::PopTop);
    emit_jump(JumpAny, exit);
    bind(final);
    emit_jump(SetupCleanup, cleanup);
    emit(Opcode::PushExcInfo);
    emit(Opcode::WithExceptStart);
    emit(Opcode::GetAwaitable, 2);
    emit_none();
    add_yield_from(true);
    with_except_finish(cleanup);
    bind(exit);
}

// [exit, lasti, previous, exc, result]: swallow the exception when exit returned a true
// value, else re-raise it from its original instruction.
void Compiler::with_except_finish(Label cleanup)
{
    unset_location();
    Label exit = new_label();
    emit_jump(Opcode::PopJumpIfTrue, exit);
    emit(Opcode::Reraise, 2);
    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
    emit(Opcode::PopTop); // the exception
    emit_pseudo(PopBlock);
    emit(Opcode::PopExcept);
    emit(Opcode::PopTop);
    emit(Opcode::PopTop);
}

} // namespace taipan::codegen
