// Test support for the code generator, without the runtime: compiles files with the
// whole front end and prints what the tools compare.
//
//   codegen_driver --dump FILE        the disassembly (as `taipan --dump-bytecode`)
//   codegen_driver --metadata         for each path on stdin: `### path`, then one line
//                                     per code unit (tools/compare_code.py's format) or
//                                     `error <message>`
//   codegen_driver --positions        the same, listing the positions of the instructions
//                                     that can raise and match CPython's one to one
//   codegen_driver --check [PATH...]  checks the invariants of every code unit of every
//                                     .py file under the paths; prints failures and
//                                     "N of M files pass"
#include "compiler/code_invariants.h"
#include "compiler/codegen.h"
#include "lexer/lexer.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

using namespace taipan;

namespace {

std::optional<std::string> read_file(std::string const& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

Result<std::shared_ptr<CodeUnit const>, SyntaxError> compile_file(std::string const& path)
{
    auto bytes = read_file(path);
    if (!bytes) {
        SyntaxError error;
        error.message = "cannot read file";
        return Failure {error};
    }
    auto text = TRY(decode_source(*bytes, path));
    CompileOptions options;
    options.filename = path;
    return compile_source(text, options);
}

std::string sorted_set(std::vector<std::string> names)
{
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string out = "[";
    for (size_t i = 0; i < names.size(); ++i)
        out += (i ? "," : "") + names[i];
    return out + "]";
}

// One line per code unit, depth first, in the form compare_code.py builds from CPython's
// code objects.
void describe(CodeUnit const& code, std::string& out)
{
    std::vector<std::string> locals(code.varnames.begin(), code.varnames.end());
    out += code.qualname + " " + std::to_string(code.first_line) + " name=" + code.name
        + " args=" + std::to_string(code.argument_count) + "/" + std::to_string(code.positional_only_count)
        + "/" + std::to_string(code.keyword_only_count) + " flags=" + std::to_string(code.flags)
        + " varnames=" + sorted_set(locals) + " cellvars=" + sorted_set(code.cell_names)
        + " freevars=" + sorted_set(code.free_names) + " names=" + sorted_set(code.names) + "\n";
    for (ConstantEntry const& constant : code.constants) {
        if (constant.kind == ConstantEntry::Kind::Code && constant.code)
            describe(*constant.code, out);
    }
}

// The instructions whose positions tracebacks show, named as compare_code.py names
// CPython's.
char const* position_kind(Opcode opcode)
{
    switch (opcode) {
    case Opcode::Call:
    case Opcode::CallKw:
        return "call";
    case Opcode::CallEx:
        return "callex";
    case Opcode::LoadAttr:
        return "attr";
    case Opcode::LoadMethod:
        return "method";
    case Opcode::StoreAttr:
        return "storeattr";
    case Opcode::BinarySubscr:
        return "subscr";
    case Opcode::StoreSubscr:
        return "storesubscr";
    case Opcode::BinaryOp:
        return "binop";
    case Opcode::CompareOp:
        return "compare";
    case Opcode::ContainsOp:
        return "contains";
    case Opcode::LoadGlobal:
        return "global";
    case Opcode::LoadName:
        return "name";
    case Opcode::StoreName:
        return "storename";
    case Opcode::LoadFast:
        return "fast";
    case Opcode::StoreFast:
        return "storefast";
    case Opcode::LoadDeref:
        return "deref";
    case Opcode::ImportName:
        return "import";
    case Opcode::GetIter:
        return "iter";
    case Opcode::RaiseVarargs:
        return "raise";
    case Opcode::StoreGlobal:
        return "storeglobal";
    case Opcode::DeleteName:
        return "delname";
    case Opcode::DeleteFast:
        return "delfast";
    case Opcode::DeleteAttr:
        return "delattr";
    case Opcode::DeleteSubscr:
        return "delsubscr";
    case Opcode::StoreDeref:
        return "storederef";
    case Opcode::LoadClassDeref:
        return "classderef";
    case Opcode::UnpackSequence:
        return "unpack";
    case Opcode::UnpackEx:
        return "unpackex";
    case Opcode::FormatValue:
        return "format";
    case Opcode::BuildString:
        return "buildstring";
    case Opcode::YieldValue:
        return "yield";
    case Opcode::GetAwaitable:
        return "awaitable";
    case Opcode::BeforeWith:
        return "beforewith";
    case Opcode::CheckExcMatch:
        return "excmatch";
    case Opcode::ImportFrom:
        return "importfrom";
    case Opcode::ImportStar:
        return "importstar";
    case Opcode::LoadBuildClass:
        return "buildclass";
    case Opcode::LoadAssertionError:
        return "assertionerror";
    case Opcode::MatchClass:
        return "matchclass";
    case Opcode::MatchMapping:
        return "matchmapping";
    case Opcode::MatchSequence:
        return "matchsequence";
    case Opcode::MatchKeys:
        return "matchkeys";
    case Opcode::GetLen:
        return "getlen";
    case Opcode::DictMerge:
        return "dictmerge";
    case Opcode::DictUpdate:
        return "dictupdate";
    case Opcode::ListExtend:
        return "listextend";
    case Opcode::UnaryOp:
        return "unary";
    case Opcode::IsOp:
        return "is";
    case Opcode::MakeFunction:
        return "makefunction";
    case Opcode::SetupAnnotations:
        return "setupannotations";
    case Opcode::ListAppend:
        return "listappend";
    case Opcode::SetAdd:
        return "setadd";
    case Opcode::MapAdd:
        return "mapadd";
    case Opcode::GetAIter:
        return "aiter";
    case Opcode::GetANext:
        return "anext";
    case Opcode::EndAsyncFor:
        return "endasyncfor";
    case Opcode::GetYieldFromIter:
        return "yieldfromiter";
    case Opcode::PrintExpr:
        return "printexpr";
    case Opcode::WithExceptStart:
        return "withexceptstart";
    case Opcode::PushExcInfo:
        return "pushexcinfo";
    case Opcode::LoadClosure:
        return "loadclosure";
    case Opcode::BuildSlice:
        return "buildslice";
    default:
        return nullptr;
    }
}

void describe_positions(CodeUnit const& code, std::string& out)
{
    for (size_t offset = 0; offset < code.code.size();) {
        Opcode opcode = instruction_opcode(code.code[offset]);
        if (char const* kind = position_kind(opcode)) {
            SourcePosition const& p = code.positions[offset];
            out += code.qualname + " " + std::to_string(code.first_line) + " " + kind + " "
                + std::to_string(p.lineno) + "," + std::to_string(p.end_lineno) + ","
                + std::to_string(p.col_offset) + "," + std::to_string(p.end_col_offset) + "\n";
        }
        offset += 1 + opcode_cache_units(opcode);
    }
    for (ConstantEntry const& constant : code.constants) {
        if (constant.kind == ConstantEntry::Kind::Code && constant.code)
            describe_positions(*constant.code, out);
    }
}

void collect_files(std::string const& path, std::vector<std::string>& files)
{
    if (std::filesystem::is_regular_file(path)) {
        files.push_back(path);
        return;
    }
    for (auto const& entry : std::filesystem::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".py")
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
}

int check(std::vector<std::string> const& paths)
{
    std::vector<std::string> files;
    for (auto const& path : paths)
        collect_files(path, files);
    int passed = 0;
    int total = 0;
    for (auto const& file : files) {
        auto code = compile_file(file);
        if (code.is_error())
            continue; // not valid Python 3.11: the parser's tests cover these
        ++total;
        std::vector<std::string> problems;
        check_code_invariants(*code.value(), problems);
        if (problems.empty()) {
            ++passed;
            continue;
        }
        std::cout << "FAIL " << file << "\n";
        for (size_t i = 0; i < problems.size() && i < 5; ++i)
            std::cout << "  " << problems[i] << "\n";
    }
    std::cout << passed << " of " << total << " files pass\n";
    return passed == total ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "--dump" && argc == 3) {
        auto code = compile_file(argv[2]);
        if (code.is_error()) {
            std::cerr << format_syntax_error(code.error(), argv[2]);
            return 1;
        }
        std::cout << disassemble(*code.value());
        return 0;
    }
    if (mode == "--metadata" || mode == "--positions") {
        std::string path;
        while (std::getline(std::cin, path)) {
            if (path.empty())
                continue;
            std::cout << "### " << path << "\n";
            auto code = compile_file(path);
            if (code.is_error()) {
                std::cout << "error " << code.error().message << "\n";
                continue;
            }
            std::string out;
            if (mode == "--metadata")
                describe(*code.value(), out);
            else
                describe_positions(*code.value(), out);
            std::cout << out;
        }
        return 0;
    }
    if (mode == "--check") {
        std::vector<std::string> paths(argv + 2, argv + argc);
        if (paths.empty())
            paths.push_back("/usr/lib/python3.11");
        return check(paths);
    }
    std::cerr << "usage: codegen_driver (--dump FILE | --metadata | --positions | --check [PATH...])\n";
    return 2;
}
