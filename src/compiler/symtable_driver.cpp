// Test support for tools/compare_symtable.py: reads records of CPython ASTs in the
// text form of ast_text_reader.h from stdin and prints, for each, Taipan's symbol
// table dump or the first compile-time error, so whole directories can be compared
// with CPython in one process.
//
// Input: records `P<n>:<path> <module>`. Output per record: `### <path>` then the
// dump, or `error <Kind> <lineno> <offset> <end_lineno> <end_offset> <message>`.
// With --compile, the code generator's checks run too (as compile() does) and "ok"
// replaces the dump. With --code-kinds, the dump is replaced by what the code
// generator takes from each block (see collect_code_kinds).
#include "compiler/ast_text_reader.h"
#include "compiler/symtable.h"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <iterator>
#include <string>

using namespace taipan;

namespace {

std::string format_error(SyntaxError const& error)
{
    return describe_syntax_error(error);
}

// What the code generator takes from each block, in the form compare_symtable.py
// derives from CPython's code objects: "name lineno kind", sorted.
void collect_code_kinds(SymbolTableEntry const& entry, std::vector<std::string>& lines)
{
    std::string kind;
    if (entry.type == BlockType::Class) {
        kind = entry.needs_class_closure ? "class+__class__" : "class";
    } else if (entry.type == BlockType::Function) {
        if (entry.is_coroutine && entry.is_generator)
            kind = "async_generator";
        else if (entry.is_coroutine)
            kind = "coroutine";
        else if (entry.is_generator)
            kind = "generator";
        else
            kind = "function";
    }
    // A code object's first line is its first decorator's.
    int lineno = entry.location.lineno;
    ast::ExprList decorators;
    bool is_def = entry.type == BlockType::Function && entry.comprehension == ComprehensionKind::None
        && entry.name != "lambda";
    if (entry.type == BlockType::Class) {
        decorators = static_cast<ast::ClassDef const*>(entry.node)->decorator_list;
    } else if (is_def) {
        auto* statement = static_cast<ast::StmtNode const*>(entry.node);
        if (statement->kind == ast::StmtKind::FunctionDef)
            decorators = static_cast<ast::FunctionDef const*>(statement)->decorator_list;
        else
            decorators = static_cast<ast::AsyncFunctionDef const*>(statement)->decorator_list;
    }
    if (!decorators.empty())
        lineno = decorators[0]->location.lineno;
    if (!kind.empty())
        lines.push_back(std::string(entry.name) + ' ' + std::to_string(lineno) + ' ' + kind + '\n');
    for (SymbolTableEntry const* child : entry.children)
        collect_code_kinds(*child, lines);
}

std::string process(ast::ModNode const& module, std::string const& path, bool compile, bool code_kinds)
{
    auto table = build_symtable(module, path);
    if (table.is_error())
        return format_error(table.error());
    if (code_kinds) {
        std::vector<std::string> lines;
        collect_code_kinds(table.value()->top(), lines);
        std::sort(lines.begin(), lines.end());
        std::string out;
        for (auto const& line : lines)
            out += line;
        return out;
    }
    if (compile) {
        auto checked = check_compile_errors(module, *table.value(), path);
        if (checked.is_error())
            return format_error(checked.error());
        return "ok\n";
    }
    return dump_symtable(*table.value());
}

} // namespace

int main(int argc, char** argv)
{
    bool compile = argc > 1 && std::strcmp(argv[1], "--compile") == 0;
    bool code_kinds = argc > 1 && std::strcmp(argv[1], "--code-kinds") == 0;
    std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    size_t position = 0;
    for (;;) {
        while (position < input.size() && (input[position] == ' ' || input[position] == '\n'))
            ++position;
        if (position >= input.size())
            break;
        if (input[position] != 'P') {
            std::cerr << "symtable_driver: expected a record at offset " << position << '\n';
            return 2;
        }
        size_t colon = input.find(':', position);
        size_t length = std::stoul(input.substr(position + 1, colon - position - 1));
        std::string path = input.substr(colon + 1, length);
        position = colon + 1 + length;
        Arena arena;
        std::string error;
        ast::ModNode* module = read_ast_text(input, position, arena, error);
        if (!module) {
            std::cerr << "symtable_driver: " << path << ": " << error << '\n';
            return 2;
        }
        std::cout << "### " << path << '\n' << process(*module, path, compile, code_kinds);
    }
    return 0;
}
