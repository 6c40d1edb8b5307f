// The `taipan` command. For now it exposes the front end: it checks a program the way
// CPython compiles it (printing CPython's SyntaxError report) and dumps tokens, ASTs,
// symbol tables and bytecode for comparison with CPython.
#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "lexer/lexer.h"
#include "objects/hash.h"
#include "objects/str.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "support/arena.h"
#include "vm/run_program.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace taipan;

namespace {

constexpr char usage[] = "usage: taipan [--dump-tokens | --dump-ast | --dump-symtable | --dump-bytecode] "
                         "(FILE | -c CODE) [arg ...]\n";

std::optional<std::string> read_file(std::string const& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

int report(SyntaxError const& error, std::string const& filename)
{
    std::cerr << format_syntax_error(error, filename);
    return 1;
}

std::string format_token(Token const& token)
{
    std::ostringstream out;
    std::string position = std::to_string(token.lineno) + "," + std::to_string(token.col_offset) + "-"
        + std::to_string(token.end_lineno) + "," + std::to_string(token.end_col_offset) + ":";
    out << position;
    for (size_t i = position.size(); i < 20; ++i)
        out << ' ';
    std::string name = token_kind_cpython_name(token.kind);
    out << name;
    for (size_t i = name.size(); i < 15; ++i)
        out << ' ';
    out << '\'';
    for (char c : token.text) {
        if (c == '\n')
            out << "\\n";
        else if (c == '\'' || c == '\\')
            out << '\\' << c;
        else
            out << c;
    }
    out << "'\n";
    return out.str();
}

int dump_tokens(std::string_view text, std::string const& filename)
{
    Lexer lexer(text);
    for (;;) {
        auto token = lexer.next_token();
        if (token.is_error())
            return report(token.error(), filename);
        std::cout << format_token(token.value());
        if (token.value().kind == TokenKind::EndMarker)
            return 0;
    }
}

} // namespace

int main(int argc, char** argv)
{
    enum class Action { Run, DumpTokens, DumpAst, DumpSymtable, DumpBytecode } action = Action::Run;
    std::vector<std::string> program_argv; // sys.argv
    std::string filename;
    std::optional<std::string> source;
    int index = 1;
    for (; index < argc; ++index) {
        std::string argument = argv[index];
        if (argument == "--dump-tokens") {
            action = Action::DumpTokens;
        } else if (argument == "--dump-ast") {
            action = Action::DumpAst;
        } else if (argument == "--dump-symtable") {
            action = Action::DumpSymtable;
        } else if (argument == "--dump-bytecode") {
            action = Action::DumpBytecode;
        } else if (argument == "-c" && index + 1 < argc) {
            filename = "<string>";
            source = argv[index + 1];
            program_argv.push_back("-c");
            for (int rest = index + 2; rest < argc; ++rest)
                program_argv.push_back(argv[rest]);
            break;
        } else if (!argument.empty() && argument[0] != '-') {
            // CPython: the script's path is made absolute by prefixing the working
            // directory, without normalising it ("/tmp/./a.py").
            filename = argument;
            if (argument[0] != '/')
                filename = std::filesystem::current_path().string() + "/" + argument;
            source = read_file(argument);
            if (!source) {
                std::cerr << argv[0] << ": can't open file '" << filename
                          << "': [Errno 2] No such file or directory\n";
                return 2;
            }
            for (int rest = index; rest < argc; ++rest)
                program_argv.push_back(argv[rest]);
            break;
        } else {
            std::cerr << usage;
            return 2;
        }
    }
    if (!source) {
        std::cerr << usage;
        return 2;
    }
    if (action == Action::Run) {
        // CPython keys str and bytes hashes from PYTHONHASHSEED at start-up: random when
        // it is unset or "random", fixed by an integer seed; anything else is fatal.
        auto key = hash_key_from_environment(std::getenv("PYTHONHASHSEED"));
        if (key.is_error()) {
            std::cerr << key.error() << "\nPython runtime state: preinitialized\n\n";
            return 1;
        }
        set_hash_key(key.value());
    }

    auto text = decode_source(*source, filename);
    if (text.is_error())
        return report(text.error(), filename);
    if (action == Action::DumpTokens)
        return dump_tokens(text.value(), filename);

    Arena arena;
    auto tree = parse(text.value(), ParseMode::Exec, arena);
    if (tree.is_error())
        return report(tree.error(), filename);
    if (action == Action::DumpAst) {
        std::cout << dump_ast(*tree.value()) << '\n';
        return 0;
    }
    // CPython prints no source line for errors in -c code.
    std::string_view source_for_errors = filename == "<string>" ? std::string_view {} : text.value();
    auto symbols = build_symtable(*tree.value(), filename, source_for_errors);
    if (symbols.is_error())
        return report(symbols.error(), filename);
    if (action == Action::DumpSymtable) {
        std::cout << dump_symtable(*symbols.value());
        return 0;
    }
    auto checked = check_compile_errors(*tree.value(), *symbols.value(), filename, source_for_errors);
    if (checked.is_error())
        return report(checked.error(), filename);
    CompileOptions options;
    options.filename = filename;
    auto code = generate_code(*tree.value(), *symbols.value(), options, source_for_errors);
    if (code.is_error())
        return report(code.error(), filename);
    if (action == Action::DumpBytecode) {
        std::cout << disassemble(*code.value());
        return 0;
    }
    return run_program(code.value(), filename, filename == "<string>", std::move(program_argv));
}
