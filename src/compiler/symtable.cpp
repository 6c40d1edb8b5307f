// The symbol table's data structures, name mangling, the text dump and the
// build_symtable entry point. The walk that fills the table is in
// symtable_builder.cpp, the scope analysis in symtable_analysis.cpp.
#include "compiler/symtable.h"

#include "compiler/symtable_internal.h"

#include <algorithm>

namespace taipan {

char const* symbol_scope_name(SymbolScope scope)
{
    switch (scope) {
    case SymbolScope::Unresolved:
        return "UNRESOLVED";
    case SymbolScope::Local:
        return "LOCAL";
    case SymbolScope::GlobalExplicit:
        return "GLOBAL_EXPLICIT";
    case SymbolScope::GlobalImplicit:
        return "GLOBAL_IMPLICIT";
    case SymbolScope::Free:
        return "FREE";
    case SymbolScope::Cell:
        return "CELL";
    }
    return "?";
}

Symbol const* SymbolTableEntry::lookup(std::string_view mangled_name) const
{
    auto found = m_index.find(mangled_name);
    return found == m_index.end() ? nullptr : &symbols[found->second];
}

SymbolScope SymbolTableEntry::scope_of(std::string_view mangled_name) const
{
    Symbol const* symbol = lookup(mangled_name);
    return symbol ? symbol->scope : SymbolScope::Unresolved;
}

uint16_t SymbolTableEntry::flags_of(std::string_view mangled_name) const
{
    Symbol const* symbol = lookup(mangled_name);
    return symbol ? symbol->flags : 0;
}

Symbol* SymbolTableEntry::find(std::string_view mangled_name)
{
    auto found = m_index.find(mangled_name);
    return found == m_index.end() ? nullptr : &symbols[found->second];
}

Symbol& SymbolTableEntry::add(std::string_view mangled_name)
{
    auto [position, inserted] = m_index.try_emplace(mangled_name, static_cast<uint32_t>(symbols.size()));
    if (inserted)
        symbols.push_back(Symbol {mangled_name, 0, SymbolScope::Unresolved});
    return symbols[position->second];
}

SymbolTableEntry const* SymbolTable::entry_for(void const* node) const
{
    auto found = m_by_node.find(node);
    return found == m_by_node.end() ? nullptr : found->second;
}

std::string_view mangle_private_name(std::string_view class_name, std::string_view name, std::string& storage)
{
    if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
        return name;
    if (name.ends_with("__") || name.find('.') != std::string_view::npos)
        return name;
    size_t start = class_name.find_first_not_of('_');
    if (start == std::string_view::npos)
        return name;
    storage = "_";
    storage += class_name.substr(start);
    storage += name;
    return storage;
}

void attach_source_line(SyntaxError& error, std::string_view source)
{
    error.compile_stage = true;
    if (source.empty() || error.lineno < 1)
        return;
    size_t start = 0;
    for (int line = 1; line < error.lineno; ++line) {
        size_t newline = source.find('\n', start);
        if (newline == std::string_view::npos)
            return;
        start = newline + 1;
    }
    if (start >= source.size())
        return;
    size_t end = source.find('\n', start);
    end = end == std::string_view::npos ? source.size() : end + 1;
    // CPython: compile-stage errors re-read the line from the file with fgets into a
    // 1000-byte buffer, so a longer line shows only its last chunk of up to 999 bytes.
    constexpr size_t chunk = 999;
    start += (end - start - 1) / chunk * chunk;
    error.text = std::string(source.substr(start, end - start));
    error.has_text = true;
}

SyntaxError make_syntax_error(std::string message, ast::Location const& location)
{
    SyntaxError error;
    error.message = std::move(message);
    error.lineno = location.lineno;
    error.offset = location.col_offset + 1;
    error.end_lineno = location.end_lineno;
    error.end_offset = location.end_col_offset + 1;
    return error;
}

namespace {

    char const* block_type_name(BlockType type)
    {
        switch (type) {
        case BlockType::Function:
            return "function";
        case BlockType::Class:
            return "class";
        case BlockType::Module:
            return "module";
        case BlockType::Annotation:
            return "annotation";
        }
        return "?";
    }

    constexpr std::pair<uint16_t, char const*> flag_names[] = {
        {Symbol::DefGlobal, "DEF_GLOBAL"},
        {Symbol::DefLocal, "DEF_LOCAL"},
        {Symbol::DefParam, "DEF_PARAM"},
        {Symbol::DefNonlocal, "DEF_NONLOCAL"},
        {Symbol::Use, "USE"},
        {Symbol::DefFree, "DEF_FREE"},
        {Symbol::DefFreeClass, "DEF_FREE_CLASS"},
        {Symbol::DefImport, "DEF_IMPORT"},
        {Symbol::DefAnnot, "DEF_ANNOT"},
        {Symbol::DefCompIter, "DEF_COMP_ITER"},
    };

    std::string flags_text(uint16_t flags)
    {
        std::string text;
        for (auto [bit, name] : flag_names) {
            if (!(flags & bit))
                continue;
            if (!text.empty())
                text += '|';
            text += name;
            flags &= ~bit;
        }
        if (flags) {
            char buffer[16];
            snprintf(buffer, sizeof buffer, "0x%x", flags);
            text += text.empty() ? "" : "|";
            text += buffer;
        }
        return text.empty() ? "0" : text;
    }

    void dump_entry(SymbolTableEntry const& entry, int depth, std::string& out)
    {
        std::string indent(depth * 2, ' ');
        out += indent + block_type_name(entry.type) + ' ' + std::string(entry.name)
            + " line=" + std::to_string(entry.location.lineno) + (entry.nested ? " nested" : "") + '\n';
        if (!entry.varnames.empty()) {
            out += indent + "  params:";
            for (std::string_view name : entry.varnames)
                out += ' ' + std::string(name);
            out += '\n';
        }
        // Names that only pass through a block to reach a child (no flags of their own)
        // are added by CPython in set order, which depends on string hashes: sort them.
        std::vector<Symbol const*> passing_through;
        auto print = [&](Symbol const& symbol) {
            out += indent + "  " + std::string(symbol.name) + ' ' + symbol_scope_name(symbol.scope) + ' '
                + flags_text(symbol.flags) + '\n';
        };
        for (Symbol const& symbol : entry.symbols) {
            if (symbol.flags == 0)
                passing_through.push_back(&symbol);
            else
                print(symbol);
        }
        std::sort(passing_through.begin(), passing_through.end(),
            [](Symbol const* left, Symbol const* right) { return left->name < right->name; });
        for (Symbol const* symbol : passing_through)
            print(*symbol);
        for (SymbolTableEntry const* child : entry.children)
            dump_entry(*child, depth + 1, out);
    }

} // namespace

std::string dump_symtable(SymbolTable const& table)
{
    std::string out;
    dump_entry(table.top(), 0, out);
    return out;
}

Result<std::unique_ptr<SymbolTable>, SyntaxError> build_symtable(
    ast::ModNode const& module, std::string const&, std::string_view source, bool future_annotations)
{
    auto future = parse_future_features(module);
    if (future.is_error()) {
        attach_source_line(future.error(), source);
        return Failure {future.release_error()};
    }
    if (future_annotations)
        future.value().annotations = true;
    auto table = std::make_unique<SymbolTable>();
    auto built = build_symbol_table_entries(*table, module, future.value());
    if (built.is_error()) {
        attach_source_line(built.error(), source);
        return Failure {built.release_error()};
    }
    return table;
}

} // namespace taipan
