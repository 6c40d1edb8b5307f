// The second pass of the symbol table: resolves every name of every block to its
// scope (local, global, free, cell), the way CPython 3.11 does. Each block sees the
// names bound by its enclosing functions ("bound") and the names declared global
// above it; the free names of children climb back up until a function that binds
// them turns them into cells. Class bodies are transparent: their names are never
// visible to the functions nested in them.
#include "compiler/symtable_internal.h"

#include <algorithm>
#include <unordered_set>

namespace taipan {

namespace {

    using Check = Result<void, SyntaxError>;
    using NameSet = std::unordered_set<std::string_view>;

} // namespace

class SymbolTableAnalyzer {
public:
    // `bound` is null for the module: there is nothing around it to bind names.
    Check analyze_block(SymbolTableEntry& entry, NameSet* bound, NameSet& free, NameSet& global)
    {
        bool is_class = entry.type == BlockType::Class;
        NameSet local;
        NameSet new_bound;
        NameSet new_global;
        // A class body does not affect what its methods see: they get the sets as
        // they were before the class's own names.
        if (is_class) {
            new_global = global;
            if (bound)
                new_bound = *bound;
        }
        for (Symbol& symbol : entry.symbols)
            TRY(analyze_name(entry, symbol, bound, local, free, global));

        if (!is_class) {
            if (entry.type == BlockType::Function)
                new_bound.insert(local.begin(), local.end());
            if (bound)
                new_bound.insert(bound->begin(), bound->end());
            new_global.insert(global.begin(), global.end());
        } else {
            // Methods may refer to the implicit `__class__` cell of their class.
            new_bound.insert("__class__");
        }

        NameSet children_free;
        for (SymbolTableEntry* child : entry.children) {
            NameSet child_bound = new_bound;
            NameSet child_global = new_global;
            NameSet child_free;
            TRY(analyze_block(*child, &child_bound, child_free, child_global));
            children_free.insert(child_free.begin(), child_free.end());
            if (child->has_free || child->child_has_free)
                entry.child_has_free = true;
        }

        if (entry.type == BlockType::Function) {
            // A local that a child uses freely becomes a cell.
            for (Symbol& symbol : entry.symbols) {
                if (symbol.scope == SymbolScope::Local && children_free.erase(symbol.name))
                    symbol.scope = SymbolScope::Cell;
            }
        } else if (is_class) {
            if (children_free.erase("__class__"))
                entry.needs_class_closure = true;
        }
        add_passing_free_names(entry, bound, children_free, is_class);
        free.insert(children_free.begin(), children_free.end());
        return {};
    }

private:
    Check error_at_directive(SymbolTableEntry const& entry, std::string message, std::string_view name)
    {
        for (auto const& directive : entry.m_directives) {
            if (directive.name == name)
                return Failure {make_syntax_error(std::move(message), directive.location)};
        }
        return Failure {make_syntax_error(std::move(message), ast::Location {})};
    }

    Check analyze_name(SymbolTableEntry& entry, Symbol& symbol, NameSet* bound, NameSet& local, NameSet& free,
        NameSet& global)
    {
        std::string_view name = symbol.name;
        if (symbol.has(Symbol::DefGlobal)) {
            if (symbol.has(Symbol::DefNonlocal))
                return error_at_directive(
                    entry, "name '" + std::string(name) + "' is nonlocal and global", name);
            symbol.scope = SymbolScope::GlobalExplicit;
            global.insert(name);
            if (bound)
                bound->erase(name);
            return {};
        }
        if (symbol.has(Symbol::DefNonlocal)) {
            if (!bound)
                return error_at_directive(entry, "nonlocal declaration not allowed at module level", name);
            if (!bound->contains(name))
                return error_at_directive(
                    entry, "no binding for nonlocal '" + std::string(name) + "' found", name);
            symbol.scope = SymbolScope::Free;
            entry.has_free = true;
            free.insert(name);
            return {};
        }
        if (symbol.has(Symbol::DefBound)) {
            symbol.scope = SymbolScope::Local;
            local.insert(name);
            global.erase(name);
            return {};
        }
        // A name only read here: free if an enclosing function binds it, else global.
        if (bound && bound->contains(name)) {
            symbol.scope = SymbolScope::Free;
            entry.has_free = true;
            free.insert(name);
            return {};
        }
        // CPython: a nested block reading a global also counts as having free names.
        if (!(global.contains(name)) && entry.nested)
            entry.has_free = true;
        symbol.scope = SymbolScope::GlobalImplicit;
        return {};
    }

    // Free names of children that this block does not define pass through it: a
    // function gets them as free too (so the closure can hand them down); in a class,
    // a name also bound in the class body is marked DEF_FREE_CLASS.
    void add_passing_free_names(
        SymbolTableEntry& entry, NameSet const* bound, NameSet const& free, bool is_class)
    {
        std::vector<std::string_view> names(free.begin(), free.end());
        std::sort(names.begin(), names.end());
        for (std::string_view name : names) {
            if (Symbol* symbol = entry.find(name)) {
                if (is_class && symbol->has(Symbol::DefBound | Symbol::DefGlobal))
                    symbol->flags |= Symbol::DefFreeClass;
                continue;
            }
            if (bound && !bound->contains(name))
                continue;
            Symbol& added = entry.add(name);
            added.scope = SymbolScope::Free;
        }
    }
};

Result<void, SyntaxError> analyze_symbol_table(SymbolTableEntry& top)
{
    SymbolTableAnalyzer analyzer;
    NameSet free;
    NameSet global;
    return analyzer.analyze_block(top, nullptr, free, global);
}

} // namespace taipan
