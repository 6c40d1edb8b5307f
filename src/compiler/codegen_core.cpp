// The code generator's core: entry points, compiler units (qualnames, varnames, cells and
// free variables, flags), emission helpers, constants and names, name resolution
// (CPython's compiler_nameop), and the definitions that make new units: functions,
// lambdas and classes, with their defaults, annotations, closures and decorators.
#include "compiler/codegen_internal.h"

#include "compiler/symtable_internal.h"
#include "parser/parser.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace taipan {

using namespace codegen;

Result<std::shared_ptr<CodeUnit const>, SyntaxError> generate_code(ast::ModNode const& module,
    SymbolTable const& table, CompileOptions const& options, std::string_view source)
{
    Compiler generator(table, options);
    auto code = generator.compile(module);
    if (generator.error()) {
        SyntaxError error = *generator.error();
        attach_source_line(error, source);
        return Failure {std::move(error)};
    }
    return code;
}

Result<std::shared_ptr<CodeUnit const>, SyntaxError> compile_source(
    std::string_view source, CompileOptions const& options)
{
    Arena arena;
    ParseMode mode = ParseMode::Exec;
    if (options.mode == CompileMode::Eval)
        mode = ParseMode::Eval;
    else if (options.mode == CompileMode::Single)
        mode = ParseMode::Single;
    auto tree = TRY(parse(source, mode, arena));
    auto table = TRY(build_symtable(*tree, options.filename, source, options.future_annotations));
    TRY(check_compile_errors(*tree, *table, options.filename, source));
    return generate_code(*tree, *table, options, source);
}

namespace codegen {

    namespace {

        void append_bits(std::string& key, double value)
        {
            uint64_t bits = std::bit_cast<uint64_t>(value);
            key.append(reinterpret_cast<char const*>(&bits), sizeof bits);
        }

        SourcePosition position_of(ast::Location const& location)
        {
            return SourcePosition {
                location.lineno, location.end_lineno, location.col_offset, location.end_col_offset};
        }

    } // namespace

    std::string constant_key(ConstantEntry const& constant)
    {
        std::string key(1, static_cast<char>('a' + static_cast<int>(constant.kind)));
        switch (constant.kind) {
        case ConstantEntry::Kind::None:
        case ConstantEntry::Kind::True:
        case ConstantEntry::Kind::False:
        case ConstantEntry::Kind::Ellipsis:
            break;
        case ConstantEntry::Kind::Int:
            key += std::to_string(constant.integer);
            break;
        case ConstantEntry::Kind::Float:
            append_bits(key, constant.real);
            break;
        case ConstantEntry::Kind::Complex:
            append_bits(key, constant.real);
            append_bits(key, constant.imaginary);
            break;
        case ConstantEntry::Kind::BigInt:
        case ConstantEntry::Kind::Str:
        case ConstantEntry::Kind::Bytes:
            key += constant.text;
            break;
        case ConstantEntry::Kind::Tuple:
        case ConstantEntry::Kind::FrozenSet:
            for (ConstantEntry const& item : constant.items) {
                std::string item_key = constant_key(item);
                key += std::to_string(item_key.size()) + ':' + item_key;
            }
            break;
        case ConstantEntry::Kind::Code: {
            auto address = reinterpret_cast<uintptr_t>(constant.code.get());
            key += std::to_string(address);
            break;
        }
        }
        return key;
    }

    Compiler::Compiler(SymbolTable const& table, CompileOptions const& options)
        : m_table(table)
        , m_options(options)
    {
    }

    std::shared_ptr<CodeUnit const> Compiler::compile(ast::ModNode const& module)
    {
        if (!enter_unit(UnitKind::Module, "<module>", &module, 1))
            return nullptr;
        bool add_none = true;
        switch (module.kind) {
        case ast::ModKind::Module:
            visit_body(static_cast<ast::Module const&>(module).body);
            break;
        case ast::ModKind::Interactive: {
            m_interactive = true;
            auto& body = static_cast<ast::Interactive const&>(module).body;
            if (has_annotations(body))
                emit(Opcode::SetupAnnotations);
            visit_statements(body);
            break;
        }
        case ast::ModKind::Expression:
            visit_expression(static_cast<ast::Expression const&>(module).body);
            add_none = false;
            break;
        case ast::ModKind::FunctionType:
            error("compile() cannot compile a function type signature");
            break;
        }
        auto code = exit_unit(add_none);
        if (failed())
            return nullptr;
        return code;
    }

    bool Compiler::enter_unit(UnitKind kind, std::string name, void const* node, int first_line)
    {
        auto unit = std::make_unique<Unit>();
        unit->kind = kind;
        unit->entry = kind == UnitKind::Module ? &m_table.top() : m_table.entry_for(node);
        if (!unit->entry) {
            error("internal error: no symbol table entry for a code block");
            return false;
        }
        unit->code = std::make_shared<CodeUnit>();
        unit->code->name = std::move(name);
        unit->code->filename = m_options.filename;
        unit->code->first_line = first_line;
        if (!m_units.empty())
            unit->private_name = m_units.back()->private_name;
        SymbolTableEntry const& entry = *unit->entry;

        for (std::string_view parameter : entry.varnames) {
            unit->varname_index.emplace(
                std::string(parameter), static_cast<uint32_t>(unit->code->varnames.size()));
            unit->code->varnames.emplace_back(parameter);
        }
        // CPython sorts cell and free variables by name; a class that needs `__class__`
        // has that implicit cell first.
        std::vector<std::string> cells;
        std::vector<std::string> frees;
        for (Symbol const& symbol : entry.symbols) {
            if (symbol.scope == SymbolScope::Cell)
                cells.emplace_back(symbol.name);
            else if (symbol.scope == SymbolScope::Free || symbol.has(Symbol::DefFreeClass))
                frees.emplace_back(symbol.name);
        }
        std::sort(cells.begin(), cells.end());
        std::sort(frees.begin(), frees.end());
        if (kind == UnitKind::Class && entry.needs_class_closure)
            cells.insert(cells.begin(), "__class__");
        for (std::string& cell : cells) {
            unit->cell_index.emplace(cell, static_cast<uint32_t>(unit->code->cell_names.size()));
            unit->code->cell_names.push_back(std::move(cell));
        }
        for (std::string& free : frees) {
            unit->free_index.emplace(free, static_cast<uint32_t>(unit->code->free_names.size()));
            unit->code->free_names.push_back(std::move(free));
        }
        m_units.push_back(std::move(unit));

        if (kind == UnitKind::Module) {
            this->unit().code->qualname = this->unit().code->name;
        } else {
            set_qualname();
        }
        // The prologue: cells are made and free variables copied before the first
        // instruction that can be traced.
        unset_location();
        for (uint32_t i = 0; i < this->unit().code->cell_names.size(); ++i)
            emit_operand(Opcode::MakeCell, i, OperandKind::CellVariable);
        if (!this->unit().code->free_names.empty())
            emit(Opcode::CopyFreeVars, static_cast<uint32_t>(this->unit().code->free_names.size()));
        // CPython: a unit starts at column 0 of its first line; the module's RESUME is
        // on line 0.
        if (kind == UnitKind::Module)
            this->unit().location = SourcePosition {0, 1, 0, 0};
        else
            this->unit().location = SourcePosition {first_line, first_line, 0, 0};
        emit(Opcode::Resume, 0);
        if (kind == UnitKind::Module)
            unset_location();
        return true;
    }

    // CPython's compiler_set_qualname.
    void Compiler::set_qualname()
    {
        Unit& current = unit();
        std::string qualname = current.code->name;
        if (m_units.size() > 2) {
            Unit& parent = *m_units[m_units.size() - 2];
            bool force_global = false;
            if (current.kind == UnitKind::Function || current.kind == UnitKind::AsyncFunction
                || current.kind == UnitKind::Class) {
                std::string storage;
                std::string_view mangled
                    = mangle_private_name(parent.private_name, current.code->name, storage);
                force_global = parent.entry->scope_of(mangled) == SymbolScope::GlobalExplicit;
            }
            if (!force_global) {
                bool parent_is_function = parent.kind == UnitKind::Function
                    || parent.kind == UnitKind::AsyncFunction || parent.kind == UnitKind::Lambda;
                qualname
                    = parent.code->qualname + (parent_is_function ? ".<locals>." : ".") + current.code->name;
            }
        }
        current.code->qualname = std::move(qualname);
    }

    std::shared_ptr<CodeUnit> Compiler::exit_unit(bool add_none_return)
    {
        Unit& current = unit();
        CodeUnit& code = *current.code;
        unset_location();
        if (add_none_return)
            emit_none();
        emit(Opcode::ReturnValue);

        SymbolTableEntry const& entry = *current.entry;
        uint32_t flags = 0;
        if (entry.type == BlockType::Function) {
            flags |= CodeOptimized | CodeNewLocals;
            if (entry.nested)
                flags |= CodeNested;
            if (entry.is_generator && !entry.is_coroutine)
                flags |= taipan::CodeGenerator;
            if (!entry.is_generator && entry.is_coroutine)
                flags |= CodeCoroutine;
            if (entry.is_generator && entry.is_coroutine)
                flags |= CodeAsyncGenerator;
            if (entry.has_varargs)
                flags |= CodeVarargs;
            if (entry.has_varkeywords)
                flags |= CodeVarkeywords;
        }
        code.flags = flags;

        // Slots: varnames, then the cells that are not parameters, then free variables.
        AssemblyLayout layout;
        layout.first_line = code.first_line;
        uint32_t next_slot = static_cast<uint32_t>(code.varnames.size());
        for (std::string const& cell : code.cell_names) {
            auto parameter = current.varname_index.find(cell);
            if (parameter != current.varname_index.end() && parameter->second < entry.varnames.size())
                layout.cell_slots.push_back(parameter->second);
            else
                layout.cell_slots.push_back(next_slot++);
        }
        code.cell_slots = layout.cell_slots;
        layout.first_free_slot = next_slot;
        code.local_slot_count = next_slot + static_cast<uint32_t>(code.free_names.size());

        std::string problem;
        if (!failed() && !assemble(current.stream, layout, code, problem))
            error("internal compiler error in " + code.qualname + ": " + problem);
        auto result = current.code;
        m_units.pop_back();
        return result;
    }

    void Compiler::error(std::string message)
    {
        if (m_error)
            return;
        SourcePosition at = m_units.empty() ? SourcePosition {} : unit().location;
        ast::Location location {at.lineno, at.col_offset, at.end_lineno, at.end_col_offset};
        m_error = make_syntax_error(std::move(message), location);
    }

    void Compiler::set_location(ast::Location const& location)
    {
        unit().location = position_of(location);
    }

    void Compiler::unset_location()
    {
        unit().location = SourcePosition {};
    }

    void Compiler::emit(Opcode opcode, uint32_t argument)
    {
        unit().stream.emit(op(opcode), argument, unit().location);
    }

    void Compiler::emit_operand(Opcode opcode, uint32_t argument, OperandKind kind)
    {
        unit().stream.emit(op(opcode), argument, unit().location, kind);
    }

    void Compiler::emit_jump(uint16_t opcode, Label label)
    {
        unit().stream.emit_jump(opcode, label, unit().location);
    }

    uint32_t Compiler::add_constant(ConstantEntry const& constant)
    {
        Unit& current = unit();
        auto [position, inserted] = current.constant_index.try_emplace(
            constant_key(constant), static_cast<uint32_t>(current.code->constants.size()));
        if (inserted)
            current.code->constants.push_back(constant);
        return position->second;
    }

    void Compiler::emit_constant(ConstantEntry const& constant)
    {
        emit(Opcode::LoadConst, add_constant(constant));
    }

    void Compiler::emit_none()
    {
        emit_constant(none_constant());
    }

    void Compiler::emit_int(int64_t value)
    {
        emit_constant(int_constant(value));
    }

    void Compiler::emit_str(std::string_view text)
    {
        emit_constant(str_constant(text));
    }

    uint32_t Compiler::add_name(std::string_view name)
    {
        Unit& current = unit();
        auto [position, inserted] = current.name_index.try_emplace(
            std::string(name), static_cast<uint32_t>(current.code->names.size()));
        if (inserted)
            current.code->names.emplace_back(name);
        return position->second;
    }

    void Compiler::emit_name(Opcode opcode, std::string_view name)
    {
        emit(opcode, add_name(mangle(name)));
    }

    uint32_t Compiler::add_varname(std::string_view name)
    {
        Unit& current = unit();
        auto [position, inserted] = current.varname_index.try_emplace(
            std::string(name), static_cast<uint32_t>(current.code->varnames.size()));
        if (inserted)
            current.code->varnames.emplace_back(name);
        return position->second;
    }

    std::string Compiler::mangle(std::string_view name)
    {
        std::string storage;
        return std::string(mangle_private_name(unit().private_name, name, storage));
    }

    SymbolScope Compiler::scope_of(std::string_view mangled)
    {
        return unit().entry->scope_of(mangled);
    }

    void Compiler::name_op(std::string_view name, ast::ExprContext context)
    {
        std::string mangled = mangle(name);
        bool in_function = unit().entry->type == BlockType::Function;
        enum class Access { Fast, Global, Deref, Name } access = Access::Name;
        switch (scope_of(mangled)) {
        case SymbolScope::Free:
        case SymbolScope::Cell:
            access = Access::Deref;
            break;
        case SymbolScope::Local:
            if (in_function)
                access = Access::Fast;
            break;
        case SymbolScope::GlobalImplicit:
            if (in_function)
                access = Access::Global;
            break;
        case SymbolScope::GlobalExplicit:
            access = Access::Global;
            break;
        case SymbolScope::Unresolved:
            break;
        }
        auto pick = [context](Opcode load, Opcode store, Opcode remove) {
            switch (context) {
            case ast::ExprContext::Load:
                return load;
            case ast::ExprContext::Store:
                return store;
            case ast::ExprContext::Del:
                return remove;
            }
            return load;
        };
        switch (access) {
        case Access::Fast:
            emit(pick(Opcode::LoadFast, Opcode::StoreFast, Opcode::DeleteFast), add_varname(mangled));
            return;
        case Access::Global:
            emit(pick(Opcode::LoadGlobal, Opcode::StoreGlobal, Opcode::DeleteGlobal), add_name(mangled));
            return;
        case Access::Name:
            emit(pick(Opcode::LoadName, Opcode::StoreName, Opcode::DeleteName), add_name(mangled));
            return;
        case Access::Deref: {
            Opcode load = unit().entry->type == BlockType::Class ? Opcode::LoadClassDeref : Opcode::LoadDeref;
            Opcode opcode = pick(load, Opcode::StoreDeref, Opcode::DeleteDeref);
            if (scope_of(mangled) == SymbolScope::Cell) {
                auto found = unit().cell_index.find(mangled);
                if (found == unit().cell_index.end())
                    return error("internal compiler error: no cell for '" + mangled + "'");
                emit_operand(opcode, found->second, OperandKind::CellVariable);
            } else {
                auto found = unit().free_index.find(mangled);
                if (found == unit().free_index.end())
                    return error("internal compiler error: no free variable '" + mangled + "'");
                emit_operand(opcode, found->second, OperandKind::FreeVariable);
            }
            return;
        }
        }
    }

    // --- definitions -------------------------------------------------------------------

    ast::ExprNode const* Compiler::docstring_of(ast::StmtList const& body) const
    {
        if (m_options.optimize >= 2 || body.empty())
            return nullptr;
        auto* statement = ast::as<ast::Expr>(body[0]);
        if (!statement)
            return nullptr;
        auto* constant = ast::as<ast::Constant>(statement->value);
        if (!constant || constant->value.kind != ast::ConstantValue::Kind::Str)
            return nullptr;
        return constant;
    }

    // CPython's find_ann: any annotated assignment in the body, outside nested
    // definitions (it does not look inside `match` statements).
    bool Compiler::has_annotations(ast::StmtList const& statements)
    {
        for (ast::StmtNode* statement : statements) {
            switch (statement->kind) {
            case ast::StmtKind::AnnAssign:
                return true;
            case ast::StmtKind::For: {
                auto& loop = static_cast<ast::For&>(*statement);
                if (has_annotations(loop.body) || has_annotations(loop.orelse))
                    return true;
                break;
            }
            case ast::StmtKind::AsyncFor: {
                auto& loop = static_cast<ast::AsyncFor&>(*statement);
                if (has_annotations(loop.body) || has_annotations(loop.orelse))
                    return true;
                break;
            }
            case ast::StmtKind::While: {
                auto& loop = static_cast<ast::While&>(*statement);
                if (has_annotations(loop.body) || has_annotations(loop.orelse))
                    return true;
                break;
            }
            case ast::StmtKind::If: {
                auto& branch = static_cast<ast::If&>(*statement);
                if (has_annotations(branch.body) || has_annotations(branch.orelse))
                    return true;
                break;
            }
            case ast::StmtKind::With:
                if (has_annotations(static_cast<ast::With&>(*statement).body))
                    return true;
                break;
            case ast::StmtKind::AsyncWith:
                if (has_annotations(static_cast<ast::AsyncWith&>(*statement).body))
                    return true;
                break;
            case ast::StmtKind::Try:
            case ast::StmtKind::TryStar: {
                auto& body = statement->kind == ast::StmtKind::Try
                    ? static_cast<ast::Try&>(*statement).body
                    : static_cast<ast::TryStar&>(*statement).body;
                auto& handlers = statement->kind == ast::StmtKind::Try
                    ? static_cast<ast::Try&>(*statement).handlers
                    : static_cast<ast::TryStar&>(*statement).handlers;
                auto& orelse = statement->kind == ast::StmtKind::Try
                    ? static_cast<ast::Try&>(*statement).orelse
                    : static_cast<ast::TryStar&>(*statement).orelse;
                auto& finalbody = statement->kind == ast::StmtKind::Try
                    ? static_cast<ast::Try&>(*statement).finalbody
                    : static_cast<ast::TryStar&>(*statement).finalbody;
                for (ast::ExceptHandler* handler : handlers) {
                    if (has_annotations(handler->body))
                        return true;
                }
                if (has_annotations(body) || has_annotations(finalbody) || has_annotations(orelse))
                    return true;
                break;
            }
            default:
                break;
            }
        }
        return false;
    }

    // CPython's compiler_body: a module's or class's statements, with `__annotations__`
    // set up first and the docstring stored as `__doc__`.
    void Compiler::visit_body(ast::StmtList const& statements)
    {
        if (unit().kind == UnitKind::Module && !statements.empty())
            set_location(statements[0]->location);
        if (has_annotations(statements))
            emit(Opcode::SetupAnnotations);
        if (statements.empty())
            return;
        uint32_t first = 0;
        if (auto* docstring = docstring_of(statements)) {
            first = 1;
            visit_expression(docstring);
            unset_location();
            name_op("__doc__", ast::ExprContext::Store);
        }
        for (uint32_t i = first; i < statements.size(); ++i)
            visit_statement(statements[i]);
    }

    void Compiler::visit_decorators(ast::ExprList const& decorators)
    {
        for (ast::ExprNode* decorator : decorators)
            visit_expression(decorator);
    }

    // Each decorator was pushed before the function; `Call 0` with the function in the
    // self slot calls decorator(function).
    void Compiler::apply_decorators(ast::ExprList const& decorators)
    {
        SourcePosition saved = unit().location;
        for (uint32_t i = decorators.size(); i-- > 0;) {
            set_location(decorators[i]->location);
            emit(Opcode::Call, 0);
        }
        unit().location = saved;
    }

    uint32_t Compiler::visit_defaults(ast::Arguments const& arguments)
    {
        uint32_t flags = 0;
        if (!arguments.defaults.empty()) {
            visit_expressions(arguments.defaults);
            emit(Opcode::BuildTuple, arguments.defaults.size());
            flags |= MakeFunctionDefaults;
        }
        if (visit_keyword_only_defaults(arguments))
            flags |= MakeFunctionKwDefaults;
        return flags;
    }

    bool Compiler::visit_keyword_only_defaults(ast::Arguments const& arguments)
    {
        ConstantEntry keys;
        keys.kind = ConstantEntry::Kind::Tuple;
        for (uint32_t i = 0; i < arguments.kwonlyargs.size(); ++i) {
            ast::ExprNode* value = i < arguments.kw_defaults.size() ? arguments.kw_defaults[i] : nullptr;
            if (!value)
                continue;
            keys.items.push_back(str_constant(mangle(arguments.kwonlyargs[i]->arg)));
            visit_expression(value);
        }
        if (keys.items.empty())
            return false;
        uint32_t count = static_cast<uint32_t>(keys.items.size());
        emit_constant(keys);
        emit(Opcode::BuildConstKeyMap, count);
        return true;
    }

    void Compiler::visit_annotation_expression(ast::ExprNode const* annotation)
    {
        SourcePosition saved = unit().location;
        set_location(annotation->location);
        emit_str(unparse_annotation(annotation));
        unit().location = saved;
    }

    void Compiler::visit_argument_annotation(
        std::string_view name, ast::ExprNode const* annotation, uint32_t& count)
    {
        if (!annotation)
            return;
        emit_str(mangle(name));
        if (m_table.future().annotations) {
            visit_annotation_expression(annotation);
        } else if (auto* starred = ast::as<ast::Starred>(const_cast<ast::ExprNode*>(annotation))) {
            // `*args: *Ts` stores the single item of the unpacked value.
            visit_expression(starred->value);
            emit(Opcode::UnpackSequence, 1);
        } else {
            visit_expression(annotation);
        }
        count += 2;
    }

    // CPython's compiler_visit_annotations: a tuple of alternating names and values, in
    // the order args, positional-only, *args, keyword-only, **kwargs, return.
    bool Compiler::visit_annotations(ast::Arguments const& arguments, ast::ExprNode const* returns)
    {
        uint32_t count = 0;
        for (ast::Arg* argument : arguments.args)
            visit_argument_annotation(argument->arg, argument->annotation, count);
        for (ast::Arg* argument : arguments.posonlyargs)
            visit_argument_annotation(argument->arg, argument->annotation, count);
        if (arguments.vararg)
            visit_argument_annotation(arguments.vararg->arg, arguments.vararg->annotation, count);
        for (ast::Arg* argument : arguments.kwonlyargs)
            visit_argument_annotation(argument->arg, argument->annotation, count);
        if (arguments.kwarg)
            visit_argument_annotation(arguments.kwarg->arg, arguments.kwarg->annotation, count);
        visit_argument_annotation("return", returns, count);
        if (count == 0)
            return false;
        emit(Opcode::BuildTuple, count);
        return true;
    }

    void Compiler::make_closure(std::shared_ptr<CodeUnit> code, uint32_t flags)
    {
        if (!code->free_names.empty()) {
            for (std::string const& name : code->free_names) {
                bool is_cell = (unit().kind == UnitKind::Class && name == "__class__")
                    || scope_of(name) == SymbolScope::Cell;
                auto& index = is_cell ? unit().cell_index : unit().free_index;
                auto found = index.find(name);
                if (found == index.end())
                    return error(
                        "internal compiler error: no closure variable '" + name + "' for " + code->qualname);
                emit_operand(Opcode::LoadClosure, found->second,
                    is_cell ? OperandKind::CellVariable : OperandKind::FreeVariable);
            }
            emit(Opcode::BuildTuple, static_cast<uint32_t>(code->free_names.size()));
            flags |= MakeFunctionClosure;
        }
        ConstantEntry constant;
        constant.kind = ConstantEntry::Kind::Code;
        constant.code = std::move(code);
        emit_constant(constant);
        emit(Opcode::MakeFunction, flags);
    }

    void Compiler::visit_function(ast::StmtNode const& statement, bool is_async)
    {
        std::string_view name;
        ast::Arguments const* arguments;
        ast::StmtList body;
        ast::ExprList decorators;
        ast::ExprNode const* returns;
        if (is_async) {
            auto& def = static_cast<ast::AsyncFunctionDef const&>(statement);
            name = def.name, arguments = def.args, body = def.body, decorators = def.decorator_list;
            returns = def.returns;
        } else {
            auto& def = static_cast<ast::FunctionDef const&>(statement);
            name = def.name, arguments = def.args, body = def.body, decorators = def.decorator_list;
            returns = def.returns;
        }
        visit_decorators(decorators);
        int first_line = decorators.empty() ? statement.location.lineno : decorators[0]->location.lineno;
        uint32_t flags = visit_defaults(*arguments);
        if (visit_annotations(*arguments, returns))
            flags |= MakeFunctionAnnotations;
        if (failed()
            || !enter_unit(is_async ? UnitKind::AsyncFunction : UnitKind::Function, std::string(name),
                &statement, first_line))
            return;
        ast::ExprNode const* docstring = docstring_of(body);
        if (docstring)
            add_constant(str_constant(static_cast<ast::Constant const*>(docstring)->value.text));
        else
            add_constant(none_constant());
        CodeUnit& code = *unit().code;
        code.argument_count = static_cast<int>(arguments->posonlyargs.size() + arguments->args.size());
        code.positional_only_count = static_cast<int>(arguments->posonlyargs.size());
        code.keyword_only_count = static_cast<int>(arguments->kwonlyargs.size());
        for (uint32_t i = docstring ? 1 : 0; i < body.size(); ++i)
            visit_statement(body[i]);
        auto function = exit_unit(true);
        make_closure(std::move(function), flags);
        apply_decorators(decorators);
        name_op(name, ast::ExprContext::Store);
    }

    void Compiler::visit_lambda(ast::Lambda const& lambda)
    {
        uint32_t flags = visit_defaults(*lambda.args);
        if (failed() || !enter_unit(UnitKind::Lambda, "<lambda>", &lambda, lambda.location.lineno))
            return;
        // None first, so a lambda never has a docstring.
        add_constant(none_constant());
        CodeUnit& code = *unit().code;
        code.argument_count = static_cast<int>(lambda.args->posonlyargs.size() + lambda.args->args.size());
        code.positional_only_count = static_cast<int>(lambda.args->posonlyargs.size());
        code.keyword_only_count = static_cast<int>(lambda.args->kwonlyargs.size());
        visit_expression(lambda.body);
        // A generator lambda returns the value of its body expression from its frame.
        std::shared_ptr<CodeUnit> function;
        if (unit().entry->is_generator) {
            function = exit_unit(false);
        } else {
            emit(Opcode::ReturnValue);
            function = exit_unit(true);
        }
        make_closure(std::move(function), flags);
    }

    void Compiler::visit_class(ast::ClassDef const& definition)
    {
        visit_decorators(definition.decorator_list);
        int first_line = definition.decorator_list.empty() ? definition.location.lineno
                                                           : definition.decorator_list[0]->location.lineno;
        if (failed() || !enter_unit(UnitKind::Class, std::string(definition.name), &definition, first_line))
            return;
        unit().private_name = std::string(definition.name);
        name_op("__name__", ast::ExprContext::Load);
        name_op("__module__", ast::ExprContext::Store);
        emit_str(unit().code->qualname);
        name_op("__qualname__", ast::ExprContext::Store);
        visit_body(definition.body);
        // The ending has no position of its own: it takes the last instruction's.
        unset_location();
        if (unit().entry->needs_class_closure) {
            emit_operand(Opcode::LoadClosure, unit().cell_index.at("__class__"), OperandKind::CellVariable);
            emit(Opcode::Copy, 1);
            name_op("__classcell__", ast::ExprContext::Store);
        } else {
            emit_none();
        }
        emit(Opcode::ReturnValue);
        auto body = exit_unit(true);

        emit(Opcode::LoadBuildClass);
        emit(Opcode::PushNull);
        make_closure(std::move(body), 0);
        emit_str(definition.name);
        visit_call_helper(2, definition.bases, definition.keywords);
        apply_decorators(definition.decorator_list);
        name_op(definition.name, ast::ExprContext::Store);
    }

} // namespace codegen

} // namespace taipan
