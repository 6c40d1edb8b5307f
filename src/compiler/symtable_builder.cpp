// The first pass of the symbol table: a walk over the AST that opens a block for
// every scope and records how each block uses each name (assigned, read, declared
// global, a parameter...), with the errors CPython's symtable.c raises during its own
// walk. The walk visits nodes in CPython's order, because the order of symbols in a
// block and which error is reported first both depend on it.
#include "compiler/symtable_internal.h"

#include <unordered_set>

namespace taipan {

namespace {

    using Check = Result<void, SyntaxError>;

    std::string quoted(std::string_view name)
    {
        return "'" + std::string(name) + "'";
    }

} // namespace

class SymbolTableBuilder {
public:
    SymbolTableBuilder(SymbolTable& table, FutureFeatures const& future)
        : m_table(table)
    {
        m_table.m_future = future;
    }

    Check build(ast::ModNode const& module)
    {
        ast::Location none;
        enter_block("top", BlockType::Module, &module, none);
        m_table.m_top = m_current;
        switch (module.kind) {
        case ast::ModKind::Module:
            TRY(visit_statements(static_cast<ast::Module const&>(module).body));
            break;
        case ast::ModKind::Interactive:
            TRY(visit_statements(static_cast<ast::Interactive const&>(module).body));
            break;
        case ast::ModKind::Expression:
            TRY(visit_expression(static_cast<ast::Expression const&>(module).body));
            break;
        case ast::ModKind::FunctionType:
            break;
        }
        exit_block();
        return analyze_symbol_table(*m_table.m_top);
    }

private:
    // Copies a name into the table's own storage, once per distinct text, so the
    // table does not depend on the AST's lifetime.
    std::string_view intern(std::string_view text)
    {
        auto found = m_interned.find(text);
        if (found != m_interned.end())
            return *found;
        std::string_view copy = m_table.m_strings.copy_string(text);
        m_interned.insert(copy);
        return copy;
    }

    std::string_view mangle(std::string_view name)
    {
        std::string storage;
        return intern(mangle_private_name(m_private, name, storage));
    }

    void enter_block(std::string_view name, BlockType type, void const* node, ast::Location const& location)
    {
        auto entry = std::make_unique<SymbolTableEntry>();
        entry->type = type;
        entry->name = intern(name);
        entry->location = location;
        entry->node = node;
        SymbolTableEntry* parent = m_current;
        if (parent) {
            entry->nested = parent->nested || parent->type == BlockType::Function;
            // CPython: a lambda or comprehension inside a comprehension's iterable is
            // still "inside the iterable" for the assignment-expression check.
            entry->m_comprehension_iterable_depth = parent->m_comprehension_iterable_depth;
            if (type != BlockType::Annotation)
                parent->children.push_back(entry.get());
        }
        if (type != BlockType::Annotation)
            m_table.m_by_node[node] = entry.get();
        m_current = entry.get();
        m_stack.push_back(entry.get());
        m_table.m_entries.push_back(std::move(entry));
    }

    void exit_block()
    {
        m_stack.pop_back();
        m_current = m_stack.empty() ? nullptr : m_stack.back();
    }

    // Records a use of `name` in `entry` (CPython's symtable_add_def).
    Check add_def_in(
        SymbolTableEntry& entry, std::string_view name, uint16_t flag, ast::Location const& location)
    {
        std::string_view mangled = mangle(name);
        Symbol* existing = entry.find(mangled);
        uint16_t flags = flag;
        if (existing) {
            if ((flag & Symbol::DefParam) && existing->has(Symbol::DefParam))
                return error("duplicate argument " + quoted(name) + " in function definition", location);
            flags = existing->flags | flag;
        }
        if (entry.m_in_comprehension_target) {
            if (flags & (Symbol::DefGlobal | Symbol::DefNonlocal))
                return error(
                    "comprehension inner loop cannot rebind assignment expression target " + quoted(name),
                    location);
            flags |= Symbol::DefCompIter;
        }
        entry.add(mangled).flags = flags;
        if (flag & Symbol::DefParam) {
            entry.varnames.push_back(mangled);
        } else if (flag & Symbol::DefGlobal) {
            // CPython: a global declaration anywhere also marks the name in the module.
            m_table.m_top->add(mangled).flags |= flag;
        }
        return {};
    }

    Check add_def(std::string_view name, uint16_t flag, ast::Location const& location)
    {
        return add_def_in(*m_current, name, flag, location);
    }

    Check error(std::string message, ast::Location const& location)
    {
        return Failure {make_syntax_error(std::move(message), location)};
    }

    void record_directive(std::string_view name, ast::Location const& location)
    {
        m_current->m_directives.push_back({mangle(name), location});
    }

    Check visit_statements(ast::StmtList const& statements)
    {
        for (ast::StmtNode* statement : statements)
            TRY(visit_statement(statement));
        return {};
    }

    Check visit_expressions(ast::ExprList const& expressions)
    {
        for (ast::ExprNode* expression : expressions) {
            if (expression)
                TRY(visit_expression(expression));
        }
        return {};
    }

    Check visit_function(ast::StmtNode const* node, std::string_view name, ast::Arguments const* arguments,
        ast::StmtList const& body, ast::ExprList const& decorators, ast::ExprNode const* returns,
        bool is_async)
    {
        TRY(add_def(name, Symbol::DefLocal, node->location));
        TRY(visit_expressions(arguments->defaults));
        TRY(visit_expressions(arguments->kw_defaults));
        TRY(visit_argument_annotations(node, *arguments, returns));
        TRY(visit_expressions(decorators));
        enter_block(name, BlockType::Function, node, node->location);
        m_current->is_coroutine = is_async;
        TRY(visit_parameters(*arguments));
        TRY(visit_statements(body));
        exit_block();
        return {};
    }

    Check visit_parameter_list(ast::ArgList const& parameters)
    {
        for (ast::Arg* parameter : parameters)
            TRY(add_def(parameter->arg, Symbol::DefParam, parameter->location));
        return {};
    }

    Check visit_parameters(ast::Arguments const& arguments)
    {
        TRY(visit_parameter_list(arguments.posonlyargs));
        TRY(visit_parameter_list(arguments.args));
        TRY(visit_parameter_list(arguments.kwonlyargs));
        if (arguments.vararg) {
            TRY(add_def(arguments.vararg->arg, Symbol::DefParam, arguments.vararg->location));
            m_current->has_varargs = true;
        }
        if (arguments.kwarg) {
            TRY(add_def(arguments.kwarg->arg, Symbol::DefParam, arguments.kwarg->location));
            m_current->has_varkeywords = true;
        }
        return {};
    }

    // Under `from __future__ import annotations` annotations are only checked, in a
    // throwaway block; otherwise they are evaluated in the current block.
    Check visit_annotation(ast::ExprNode const* annotation)
    {
        bool future = m_table.m_future.annotations;
        if (future)
            enter_block("_annotation", BlockType::Annotation, annotation, annotation->location);
        TRY(visit_expression(annotation));
        if (future)
            exit_block();
        return {};
    }

    Check visit_argument_annotations(
        ast::StmtNode const* node, ast::Arguments const& arguments, ast::ExprNode const* returns)
    {
        bool future = m_table.m_future.annotations;
        if (future)
            enter_block("_annotation", BlockType::Annotation, node, node->location);
        auto visit_list = [&](ast::ArgList const& parameters) -> Check {
            for (ast::Arg* parameter : parameters) {
                if (parameter->annotation)
                    TRY(visit_expression(parameter->annotation));
            }
            return {};
        };
        TRY(visit_list(arguments.posonlyargs));
        TRY(visit_list(arguments.args));
        if (arguments.vararg && arguments.vararg->annotation)
            TRY(visit_expression(arguments.vararg->annotation));
        if (arguments.kwarg && arguments.kwarg->annotation)
            TRY(visit_expression(arguments.kwarg->annotation));
        TRY(visit_list(arguments.kwonlyargs));
        if (future)
            exit_block();
        if (returns)
            TRY(visit_annotation(returns));
        return {};
    }

    Check visit_class(ast::ClassDef const& node)
    {
        TRY(add_def(node.name, Symbol::DefLocal, node.location));
        TRY(visit_expressions(node.bases));
        for (ast::Keyword* keyword : node.keywords)
            TRY(visit_expression(keyword->value));
        TRY(visit_expressions(node.decorator_list));
        enter_block(node.name, BlockType::Class, &node, node.location);
        std::string_view saved_private = m_private;
        m_private = intern(node.name);
        TRY(visit_statements(node.body));
        m_private = saved_private;
        exit_block();
        return {};
    }

    Check visit_annotated_assignment(ast::AnnAssign const& node)
    {
        if (auto* target = ast::as<ast::Name>(node.target)) {
            uint16_t current = m_current->flags_of(mangle(target->id));
            if ((current & (Symbol::DefGlobal | Symbol::DefNonlocal)) && m_current != m_table.m_top
                && node.simple) {
                char const* kind = (current & Symbol::DefGlobal) ? "global" : "nonlocal";
                return error("annotated name " + quoted(target->id) + " can't be " + kind, node.location);
            }
            if (node.simple)
                TRY(add_def(target->id, Symbol::DefAnnot | Symbol::DefLocal, target->location));
            else if (node.value)
                TRY(add_def(target->id, Symbol::DefLocal, target->location));
        } else {
            TRY(visit_expression(node.target));
        }
        TRY(visit_annotation(node.annotation));
        if (node.value)
            TRY(visit_expression(node.value));
        return {};
    }

    Check visit_declaration(ast::StmtNode const& node, ast::IdentifierList const& names, bool is_global)
    {
        char const* kind = is_global ? "global" : "nonlocal";
        for (std::string_view name : names) {
            uint16_t current = m_current->flags_of(mangle(name));
            if (current & (Symbol::DefParam | Symbol::DefLocal | Symbol::Use | Symbol::DefAnnot)) {
                std::string message;
                if (current & Symbol::DefParam)
                    message = "name " + quoted(name) + " is parameter and " + kind;
                else if (current & Symbol::Use)
                    message = "name " + quoted(name) + " is used prior to " + kind + " declaration";
                else if (current & Symbol::DefAnnot)
                    message = "annotated name " + quoted(name) + " can't be " + kind;
                else
                    message = "name " + quoted(name) + " is assigned to before " + kind + " declaration";
                return error(std::move(message), node.location);
            }
            TRY(add_def(name, is_global ? Symbol::DefGlobal : Symbol::DefNonlocal, node.location));
            record_directive(name, node.location);
        }
        return {};
    }

    Check visit_alias(ast::Alias const& alias)
    {
        std::string_view name = alias.asname.empty() ? alias.name : alias.asname;
        if (name == "*") {
            if (m_current->type != BlockType::Module)
                return error("import * only allowed at module level", alias.location);
            return {};
        }
        // `import a.b.c` binds `a`.
        return add_def(name.substr(0, name.find('.')), Symbol::DefImport, alias.location);
    }

    Check visit_statement(ast::StmtNode const* node)
    {
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
        case ast::StmtKind::Return: {
            auto& statement = static_cast<ast::Return const&>(*node);
            if (statement.value) {
                TRY(visit_expression(statement.value));
                m_current->returns_value = true;
            }
            return {};
        }
        case ast::StmtKind::Delete:
            return visit_expressions(static_cast<ast::Delete const&>(*node).targets);
        case ast::StmtKind::Assign: {
            auto& statement = static_cast<ast::Assign const&>(*node);
            TRY(visit_expressions(statement.targets));
            return visit_expression(statement.value);
        }
        case ast::StmtKind::AugAssign: {
            auto& statement = static_cast<ast::AugAssign const&>(*node);
            TRY(visit_expression(statement.target));
            return visit_expression(statement.value);
        }
        case ast::StmtKind::AnnAssign:
            return visit_annotated_assignment(static_cast<ast::AnnAssign const&>(*node));
        case ast::StmtKind::For: {
            auto& statement = static_cast<ast::For const&>(*node);
            TRY(visit_expression(statement.target));
            TRY(visit_expression(statement.iter));
            TRY(visit_statements(statement.body));
            return visit_statements(statement.orelse);
        }
        case ast::StmtKind::AsyncFor: {
            auto& statement = static_cast<ast::AsyncFor const&>(*node);
            TRY(visit_expression(statement.target));
            TRY(visit_expression(statement.iter));
            TRY(visit_statements(statement.body));
            return visit_statements(statement.orelse);
        }
        case ast::StmtKind::While: {
            auto& statement = static_cast<ast::While const&>(*node);
            TRY(visit_expression(statement.test));
            TRY(visit_statements(statement.body));
            return visit_statements(statement.orelse);
        }
        case ast::StmtKind::If: {
            auto& statement = static_cast<ast::If const&>(*node);
            TRY(visit_expression(statement.test));
            TRY(visit_statements(statement.body));
            return visit_statements(statement.orelse);
        }
        case ast::StmtKind::With:
            return visit_with(
                static_cast<ast::With const&>(*node).items, static_cast<ast::With const&>(*node).body);
        case ast::StmtKind::AsyncWith:
            return visit_with(static_cast<ast::AsyncWith const&>(*node).items,
                static_cast<ast::AsyncWith const&>(*node).body);
        case ast::StmtKind::Match: {
            auto& statement = static_cast<ast::Match const&>(*node);
            TRY(visit_expression(statement.subject));
            for (ast::MatchCase* match_case : statement.cases) {
                TRY(visit_pattern(match_case->pattern));
                if (match_case->guard)
                    TRY(visit_expression(match_case->guard));
                TRY(visit_statements(match_case->body));
            }
            return {};
        }
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
            return visit_try(statement.body, statement.handlers, statement.orelse, statement.finalbody);
        }
        case ast::StmtKind::TryStar: {
            auto& statement = static_cast<ast::TryStar const&>(*node);
            return visit_try(statement.body, statement.handlers, statement.orelse, statement.finalbody);
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
                TRY(visit_alias(*alias));
            return {};
        case ast::StmtKind::ImportFrom:
            for (ast::Alias* alias : static_cast<ast::ImportFrom const&>(*node).names)
                TRY(visit_alias(*alias));
            return {};
        case ast::StmtKind::Global:
            return visit_declaration(*node, static_cast<ast::Global const&>(*node).names, true);
        case ast::StmtKind::Nonlocal:
            return visit_declaration(*node, static_cast<ast::Nonlocal const&>(*node).names, false);
        case ast::StmtKind::Expr:
            return visit_expression(static_cast<ast::Expr const&>(*node).value);
        case ast::StmtKind::Pass:
        case ast::StmtKind::Break:
        case ast::StmtKind::Continue:
            return {};
        }
        return {};
    }

    Check visit_with(ast::WithItemList const& items, ast::StmtList const& body)
    {
        for (ast::WithItem* item : items) {
            TRY(visit_expression(item->context_expr));
            if (item->optional_vars)
                TRY(visit_expression(item->optional_vars));
        }
        return visit_statements(body);
    }

    Check visit_try(ast::StmtList const& body, ast::ExceptHandlerList const& handlers,
        ast::StmtList const& orelse, ast::StmtList const& finalbody)
    {
        TRY(visit_statements(body));
        TRY(visit_statements(orelse));
        for (ast::ExceptHandler* handler : handlers) {
            if (handler->type)
                TRY(visit_expression(handler->type));
            if (!handler->name.empty())
                TRY(add_def(handler->name, Symbol::DefLocal, handler->location));
            TRY(visit_statements(handler->body));
        }
        return visit_statements(finalbody);
    }

    Check visit_pattern(ast::PatternNode const* node)
    {
        switch (node->kind) {
        case ast::PatternKind::MatchValue:
            return visit_expression(static_cast<ast::MatchValue const&>(*node).value);
        case ast::PatternKind::MatchSingleton:
            return {};
        case ast::PatternKind::MatchSequence:
            return visit_patterns(static_cast<ast::MatchSequence const&>(*node).patterns);
        case ast::PatternKind::MatchStar: {
            auto& pattern = static_cast<ast::MatchStar const&>(*node);
            if (!pattern.name.empty())
                TRY(add_def(pattern.name, Symbol::DefLocal, node->location));
            return {};
        }
        case ast::PatternKind::MatchMapping: {
            auto& pattern = static_cast<ast::MatchMapping const&>(*node);
            TRY(visit_expressions(pattern.keys));
            TRY(visit_patterns(pattern.patterns));
            if (!pattern.rest.empty())
                TRY(add_def(pattern.rest, Symbol::DefLocal, node->location));
            return {};
        }
        case ast::PatternKind::MatchClass: {
            auto& pattern = static_cast<ast::MatchClass const&>(*node);
            TRY(visit_expression(pattern.cls));
            TRY(visit_patterns(pattern.patterns));
            return visit_patterns(pattern.kwd_patterns);
        }
        case ast::PatternKind::MatchAs: {
            auto& pattern = static_cast<ast::MatchAs const&>(*node);
            if (pattern.pattern)
                TRY(visit_pattern(pattern.pattern));
            if (!pattern.name.empty())
                TRY(add_def(pattern.name, Symbol::DefLocal, node->location));
            return {};
        }
        case ast::PatternKind::MatchOr:
            return visit_patterns(static_cast<ast::MatchOr const&>(*node).patterns);
        }
        return {};
    }

    Check visit_patterns(ast::PatternList const& patterns)
    {
        for (ast::PatternNode* pattern : patterns)
            TRY(visit_pattern(pattern));
        return {};
    }

    // Yield, await and walrus are rejected in annotations checked under
    // `from __future__ import annotations`.
    Check check_not_annotation(char const* what, ast::ExprNode const* node)
    {
        if (m_current->type == BlockType::Annotation)
            return error(std::string("'") + what + "' can not be used within an annotation", node->location);
        return {};
    }

    Check check_yield_allowed(ast::ExprNode const* node)
    {
        m_current->is_generator = true;
        switch (m_current->comprehension) {
        case ComprehensionKind::None:
            return {};
        case ComprehensionKind::List:
            return error("'yield' inside list comprehension", node->location);
        case ComprehensionKind::Set:
            return error("'yield' inside set comprehension", node->location);
        case ComprehensionKind::Dict:
            return error("'yield' inside dict comprehension", node->location);
        case ComprehensionKind::Generator:
            return error("'yield' inside generator expression", node->location);
        }
        return {};
    }

    // An assignment expression in a comprehension binds its target in the nearest
    // enclosing function or module, as if declared nonlocal (or global) in the
    // comprehension.
    Check bind_walrus_target_outside_comprehension(ast::Name const& target)
    {
        for (size_t index = m_stack.size(); index-- > 0;) {
            SymbolTableEntry& entry = *m_stack[index];
            if (entry.comprehension != ComprehensionKind::None) {
                if (entry.flags_of(mangle(target.id)) & Symbol::DefCompIter)
                    return error("assignment expression cannot rebind comprehension iteration variable "
                            + quoted(target.id),
                        target.location);
                continue;
            }
            switch (entry.type) {
            case BlockType::Function: {
                bool declared_global = entry.flags_of(mangle(target.id)) & Symbol::DefGlobal;
                TRY(add_def(
                    target.id, declared_global ? Symbol::DefGlobal : Symbol::DefNonlocal, target.location));
                record_directive(target.id, target.location);
                return add_def_in(entry, target.id, Symbol::DefLocal, target.location);
            }
            case BlockType::Module:
                TRY(add_def(target.id, Symbol::DefGlobal, target.location));
                record_directive(target.id, target.location);
                return add_def_in(entry, target.id, Symbol::DefGlobal, target.location);
            case BlockType::Class:
                return error("assignment expression within a comprehension cannot be used in a class body",
                    target.location);
            case BlockType::Annotation:
                // CPython: an annotation block is skipped like a comprehension.
                continue;
            }
        }
        return {};
    }

    Check visit_named_expression(ast::NamedExpr const& node)
    {
        TRY(check_not_annotation("named expression", &node));
        if (m_current->m_comprehension_iterable_depth > 0)
            return error(
                "assignment expression cannot be used in a comprehension iterable expression", node.location);
        if (m_current->comprehension != ComprehensionKind::None) {
            if (auto* target = ast::as<ast::Name>(node.target))
                TRY(bind_walrus_target_outside_comprehension(*target));
        }
        TRY(visit_expression(node.value));
        return visit_expression(node.target);
    }

    Check visit_comprehension_target(ast::ExprNode const* target)
    {
        m_current->m_in_comprehension_target = true;
        auto result = visit_expression(target);
        m_current->m_in_comprehension_target = false;
        return result;
    }

    Check visit_comprehension_iterable(ast::ExprNode const* iterable)
    {
        ++m_current->m_comprehension_iterable_depth;
        auto result = visit_expression(iterable);
        --m_current->m_comprehension_iterable_depth;
        return result;
    }

    Check visit_comprehension(ast::ExprNode const* node, ComprehensionKind kind,
        ast::ComprehensionList const& generators, ast::ExprNode const* element, ast::ExprNode const* value)
    {
        static constexpr char const* names[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
        bool is_generator = kind == ComprehensionKind::Generator;
        ast::Comprehension const* outermost = generators[0];
        // The outermost iterable is evaluated in the enclosing scope and passed in as ".0".
        TRY(visit_comprehension_iterable(outermost->iter));
        enter_block(names[static_cast<int>(kind)], BlockType::Function, node, node->location);
        m_current->comprehension = kind;
        if (outermost->is_async)
            m_current->is_coroutine = true;
        TRY(add_def(".0", Symbol::DefParam, node->location));
        TRY(visit_comprehension_target(outermost->target));
        TRY(visit_expressions(outermost->ifs));
        for (uint32_t index = 1; index < generators.size(); ++index) {
            ast::Comprehension const* generator = generators[index];
            TRY(visit_comprehension_target(generator->target));
            TRY(visit_comprehension_iterable(generator->iter));
            TRY(visit_expressions(generator->ifs));
            if (generator->is_async)
                m_current->is_coroutine = true;
        }
        if (value)
            TRY(visit_expression(value));
        TRY(visit_expression(element));
        m_current->is_generator = is_generator;
        // CPython: an asynchronous list, set or dict comprehension makes the enclosing
        // block asynchronous too (it awaits the comprehension).
        bool is_async = m_current->is_coroutine && !is_generator;
        exit_block();
        if (is_async)
            m_current->is_coroutine = true;
        return {};
    }

    Check visit_lambda(ast::Lambda const& node)
    {
        TRY(visit_expressions(node.args->defaults));
        TRY(visit_expressions(node.args->kw_defaults));
        enter_block("lambda", BlockType::Function, &node, node.location);
        TRY(visit_parameters(*node.args));
        TRY(visit_expression(node.body));
        exit_block();
        return {};
    }

    Check visit_expression(ast::ExprNode const* node)
    {
        switch (node->kind) {
        case ast::ExprKind::BoolOp:
            return visit_expressions(static_cast<ast::BoolOp const&>(*node).values);
        case ast::ExprKind::NamedExpr:
            return visit_named_expression(static_cast<ast::NamedExpr const&>(*node));
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
            TRY(visit_expressions(expression.keys));
            return visit_expressions(expression.values);
        }
        case ast::ExprKind::Set:
            return visit_expressions(static_cast<ast::Set const&>(*node).elts);
        case ast::ExprKind::ListComp: {
            auto& expression = static_cast<ast::ListComp const&>(*node);
            return visit_comprehension(
                node, ComprehensionKind::List, expression.generators, expression.elt, nullptr);
        }
        case ast::ExprKind::SetComp: {
            auto& expression = static_cast<ast::SetComp const&>(*node);
            return visit_comprehension(
                node, ComprehensionKind::Set, expression.generators, expression.elt, nullptr);
        }
        case ast::ExprKind::DictComp: {
            auto& expression = static_cast<ast::DictComp const&>(*node);
            return visit_comprehension(
                node, ComprehensionKind::Dict, expression.generators, expression.key, expression.value);
        }
        case ast::ExprKind::GeneratorExp: {
            auto& expression = static_cast<ast::GeneratorExp const&>(*node);
            return visit_comprehension(
                node, ComprehensionKind::Generator, expression.generators, expression.elt, nullptr);
        }
        case ast::ExprKind::Await: {
            TRY(check_not_annotation("await expression", node));
            TRY(visit_expression(static_cast<ast::Await const&>(*node).value));
            m_current->is_coroutine = true;
            return {};
        }
        case ast::ExprKind::Yield: {
            TRY(check_not_annotation("yield expression", node));
            auto& expression = static_cast<ast::Yield const&>(*node);
            if (expression.value)
                TRY(visit_expression(expression.value));
            return check_yield_allowed(node);
        }
        case ast::ExprKind::YieldFrom: {
            TRY(check_not_annotation("yield expression", node));
            TRY(visit_expression(static_cast<ast::YieldFrom const&>(*node).value));
            return check_yield_allowed(node);
        }
        case ast::ExprKind::Compare: {
            auto& expression = static_cast<ast::Compare const&>(*node);
            TRY(visit_expression(expression.left));
            return visit_expressions(expression.comparators);
        }
        case ast::ExprKind::Call: {
            auto& expression = static_cast<ast::Call const&>(*node);
            TRY(visit_expression(expression.func));
            TRY(visit_expressions(expression.args));
            for (ast::Keyword* keyword : expression.keywords)
                TRY(visit_expression(keyword->value));
            return {};
        }
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
        case ast::ExprKind::Attribute:
            return visit_expression(static_cast<ast::Attribute const&>(*node).value);
        case ast::ExprKind::Subscript: {
            auto& expression = static_cast<ast::Subscript const&>(*node);
            TRY(visit_expression(expression.value));
            return visit_expression(expression.slice);
        }
        case ast::ExprKind::Starred:
            return visit_expression(static_cast<ast::Starred const&>(*node).value);
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
        case ast::ExprKind::Name: {
            auto& expression = static_cast<ast::Name const&>(*node);
            bool is_load = expression.ctx == ast::ExprContext::Load;
            TRY(add_def(expression.id, is_load ? Symbol::Use : Symbol::DefLocal, node->location));
            // CPython: super() needs the implicit `__class__` cell, so naming `super`
            // counts as a use of `__class__`.
            if (is_load && m_current->type == BlockType::Function && expression.id == "super")
                TRY(add_def("__class__", Symbol::Use, node->location));
            return {};
        }
        case ast::ExprKind::List:
            return visit_expressions(static_cast<ast::List const&>(*node).elts);
        case ast::ExprKind::Tuple:
            return visit_expressions(static_cast<ast::Tuple const&>(*node).elts);
        }
        return {};
    }

    SymbolTable& m_table;
    SymbolTableEntry* m_current = nullptr;
    std::vector<SymbolTableEntry*> m_stack;
    // The name of the innermost enclosing class, for private name mangling.
    std::string_view m_private;
    std::unordered_set<std::string_view> m_interned;
};

Result<void, SyntaxError> build_symbol_table_entries(
    SymbolTable& table, ast::ModNode const& module, FutureFeatures const& future)
{
    TRY(check_nesting_depth(module));
    SymbolTableBuilder builder(table, future);
    return builder.build(module);
}

} // namespace taipan
