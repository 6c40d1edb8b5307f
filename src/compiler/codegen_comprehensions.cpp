// Comprehensions and generator expressions, compiled as nested functions (CPython 3.11
// does not inline them): the function takes the outermost iterator as its only argument
// ".0", which the enclosing code evaluates and passes. Async comprehensions iterate
// with GetANext and end on StopAsyncIteration through EndAsyncFor.
#include "compiler/codegen_internal.h"

namespace taipan::codegen {

void Compiler::visit_comprehension(ast::ExprNode const& node, ComprehensionType type, std::string name,
    ast::ComprehensionList const& generators, ast::ExprNode const* element, ast::ExprNode const* value)
{
    ast::Comprehension const& outermost = *generators[0];
    UnitKind outer_kind = unit().kind;
    if (!enter_unit(UnitKind::Comprehension, std::move(name), &node, node.location.lineno))
        return;
    set_location(node.location);
    bool is_async = unit().entry->is_coroutine;
    if (is_async && type != ComprehensionType::Generator && outer_kind != UnitKind::AsyncFunction
        && outer_kind != UnitKind::Comprehension) {
        error("asynchronous comprehension outside of an asynchronous function");
        exit_unit(true);
        return;
    }
    switch (type) {
    case ComprehensionType::Generator:
        break;
    case ComprehensionType::List:
        emit(Opcode::BuildList, 0);
        break;
    case ComprehensionType::Set:
        emit(Opcode::BuildSet, 0);
        break;
    case ComprehensionType::Dict:
        emit(Opcode::BuildMap, 0);
        break;
    }
    visit_comprehension_generator(generators, 0, 0, element, value, type);
    if (type != ComprehensionType::Generator)
        emit(Opcode::ReturnValue);
    auto code = exit_unit(true);
    make_closure(std::move(code), 0);
    visit_iterable(outermost.iter);
    emit(outermost.is_async ? Opcode::GetAIter : Opcode::GetIter);
    emit(Opcode::Call, 0);
    if (is_async && type != ComprehensionType::Generator) {
        emit(Opcode::GetAwaitable, 0);
        emit_none();
        add_yield_from(true);
    }
}

void Compiler::visit_comprehension_generator(ast::ComprehensionList const& generators, uint32_t index,
    int depth, ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType type)
{
    if (generators[index]->is_async)
        visit_async_comprehension_generator(generators, index, depth, element, value, type);
    else
        visit_sync_comprehension_generator(generators, index, depth, element, value, type);
}

void Compiler::emit_comprehension_element(
    ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType type, int depth)
{
    switch (type) {
    case ComprehensionType::Generator:
        visit_expression(element);
        emit_yield();
        emit(Opcode::PopTop);
        return;
    case ComprehensionType::List:
        visit_expression(element);
        emit(Opcode::ListAppend, depth + 1);
        return;
    case ComprehensionType::Set:
        visit_expression(element);
        emit(Opcode::SetAdd, depth + 1);
        return;
    case ComprehensionType::Dict:
        // The key is evaluated before the value, as in a display.
        visit_expression(element);
        visit_expression(value);
        emit(Opcode::MapAdd, depth + 1);
        return;
    }
}

void Compiler::visit_sync_comprehension_generator(ast::ComprehensionList const& generators, uint32_t index,
    int depth, ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType type)
{
    Label start = new_label();
    Label if_cleanup = new_label();
    Label anchor = new_label();
    ast::Comprehension const& generator = *generators[index];
    bool looping = true;
    if (index == 0) {
        // The outermost iterator is the argument.
        unit().code->argument_count = 1;
        emit(Opcode::LoadFast, 0);
    } else {
        // `for y in [f(x)]` binds y without a loop (CPython's fast path for the
        // temporary-variable idiom), unless the display is a folded constant.
        ast::ExprList const* items = nullptr;
        if (auto* list = ast::as<ast::List>(generator.iter))
            items = &list->elts;
        else if (auto* tuple = ast::as<ast::Tuple>(generator.iter))
            items = &tuple->elts;
        if (items && items->size() == 1 && (*items)[0]->kind != ast::ExprKind::Starred
            && !is_constant((*items)[0])) {
            visit_expression((*items)[0]);
            looping = false;
        }
        if (looping) {
            visit_iterable(generator.iter);
            emit(Opcode::GetIter);
        }
    }
    if (looping) {
        ++depth;
        bind(start);
        emit_jump(Opcode::ForIter, anchor);
    }
    visit_expression(generator.target);
    for (ast::ExprNode* condition : generator.ifs)
        jump_if(condition, if_cleanup, false);
    if (index + 1 < generators.size())
        visit_comprehension_generator(generators, index + 1, depth, element, value, type);
    else
        emit_comprehension_element(element, value, type, depth);
    bind(if_cleanup);
    if (looping) {
        emit_jump(JumpAny, start);
        bind(anchor);
    }
}

void Compiler::visit_async_comprehension_generator(ast::ComprehensionList const& generators, uint32_t index,
    int depth, ast::ExprNode const* element, ast::ExprNode const* value, ComprehensionType type)
{
    Label start = new_label();
    Label except = new_label();
    Label if_cleanup = new_label();
    ast::Comprehension const& generator = *generators[index];
    if (index == 0) {
        unit().code->argument_count = 1;
        emit(Opcode::LoadFast, 0);
    } else {
        visit_iterable(generator.iter);
        emit(Opcode::GetAIter);
    }
    bind(start);
    push_block(FrameBlock {FrameBlockKind::AsyncComprehensionGenerator, start, {}});
    emit_jump(SetupFinally, except);
    emit(Opcode::GetANext);
    emit_none();
    add_yield_from(true);
    emit_pseudo(PopBlock);
    visit_expression(generator.target);
    for (ast::ExprNode* condition : generator.ifs)
        jump_if(condition, if_cleanup, false);
    ++depth;
    if (index + 1 < generators.size())
        visit_comprehension_generator(generators, index + 1, depth, element, value, type);
    else
        emit_comprehension_element(element, value, type, depth);
    bind(if_cleanup);
    emit_jump(JumpAny, start);
    pop_block();
    bind(except);
    emit(Opcode::EndAsyncFor);
}

} // namespace taipan::codegen
