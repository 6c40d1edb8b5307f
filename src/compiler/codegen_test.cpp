// Tests of the code generator: every file of CPython's Lib/ (stdlib and test suite)
// compiles and each code unit passes the structural checks of code_invariants.h; and
// small programs show the details CPython's compiler fixes (constants, qualnames,
// docstrings, flags, -O levels, compile modes, compile-time errors).
#include "compiler/code_invariants.h"
#include "compiler/codegen.h"
#include "lexer/lexer.h"
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace taipan;

namespace {

std::shared_ptr<CodeUnit const> compile(std::string_view source, CompileOptions options = {})
{
    auto code = compile_source(source, options);
    if (code.is_error()) {
        ADD_FAILURE() << "compile error: " << code.error().message << " at line " << code.error().lineno;
        return nullptr;
    }
    std::vector<std::string> problems;
    check_code_invariants(*code.value(), problems);
    for (auto const& problem : problems)
        ADD_FAILURE() << problem;
    return code.value();
}

CodeUnit const* nested(CodeUnit const& code, std::string_view qualname)
{
    if (code.qualname == qualname)
        return &code;
    for (ConstantEntry const& constant : code.constants) {
        if (constant.kind != ConstantEntry::Kind::Code)
            continue;
        if (auto* found = nested(*constant.code, qualname))
            return found;
    }
    return nullptr;
}

std::vector<Opcode> opcodes(CodeUnit const& code)
{
    std::vector<Opcode> result;
    for (size_t offset = 0; offset < code.code.size();) {
        Opcode opcode = instruction_opcode(code.code[offset]);
        result.push_back(opcode);
        offset += 1 + opcode_cache_units(opcode);
    }
    return result;
}

bool contains(CodeUnit const& code, Opcode opcode)
{
    auto list = opcodes(code);
    return std::find(list.begin(), list.end(), opcode) != list.end();
}

bool has_constant(CodeUnit const& code, ConstantEntry const& wanted)
{
    return std::find(code.constants.begin(), code.constants.end(), wanted) != code.constants.end();
}

ConstantEntry int_constant(int64_t value)
{
    ConstantEntry constant;
    constant.kind = ConstantEntry::Kind::Int;
    constant.integer = value;
    return constant;
}

ConstantEntry str_constant(std::string text)
{
    ConstantEntry constant;
    constant.kind = ConstantEntry::Kind::Str;
    constant.text = std::move(text);
    return constant;
}

} // namespace

TEST(Codegen, CompilesTheStandardLibrary)
{
    std::string root = "/usr/lib/python3.11";
    if (!std::filesystem::exists(root))
        GTEST_SKIP() << "no " << root;
    std::vector<std::string> files;
    for (auto const& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_regular_file() && entry.path().extension() == ".py")
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    size_t compiled = 0;
    size_t failures = 0;
    for (auto const& path : files) {
        std::ifstream file(path, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        auto text = decode_source(bytes, path);
        if (text.is_error())
            continue;
        // Programs CPython rejects are the parser's and symbol table's business; every
        // program that gets through their checks must compile.
        Arena arena;
        auto tree = parse(text.value(), ParseMode::Exec, arena);
        if (tree.is_error())
            continue;
        auto table = build_symtable(*tree.value(), path);
        if (table.is_error())
            continue;
        if (check_compile_errors(*tree.value(), *table.value(), path).is_error())
            continue;
        CompileOptions options;
        options.filename = path;
        auto code = generate_code(*tree.value(), *table.value(), options);
        if (code.is_error()) {
            ADD_FAILURE() << path << ": " << code.error().message;
            ++failures;
            continue;
        }
        std::vector<std::string> problems;
        check_code_invariants(*code.value(), problems);
        if (!problems.empty()) {
            ADD_FAILURE() << path << ": " << problems.front() << " (" << problems.size() << " problems)";
            ++failures;
        }
        ++compiled;
    }
    EXPECT_GT(compiled, 1600u);
    EXPECT_EQ(failures, 0u);
}

TEST(Codegen, FoldsConstantsAsCPythonDoes)
{
    auto code = compile("a = -1\nb = (1, (2, -3))\nc = x in [1, 2]\nd = __debug__\n");
    ASSERT_TRUE(code);
    EXPECT_TRUE(has_constant(*code, int_constant(-1)));
    ConstantEntry inner;
    inner.kind = ConstantEntry::Kind::Tuple;
    inner.items = {int_constant(2), int_constant(-3)};
    ConstantEntry outer;
    outer.kind = ConstantEntry::Kind::Tuple;
    outer.items = {int_constant(1), inner};
    EXPECT_TRUE(has_constant(*code, outer));
    ConstantEntry membership;
    membership.kind = ConstantEntry::Kind::Tuple;
    membership.items = {int_constant(1), int_constant(2)};
    EXPECT_TRUE(has_constant(*code, membership));
    ConstantEntry true_constant;
    true_constant.kind = ConstantEntry::Kind::True;
    EXPECT_TRUE(has_constant(*code, true_constant));
    EXPECT_FALSE(contains(*code, Opcode::UnaryOp));
    EXPECT_FALSE(contains(*code, Opcode::BuildList));
}

TEST(Codegen, QualnamesFollowCPython)
{
    auto code = compile("def f():\n    def g():\n        return lambda: [x for x in ()]\n"
                        "class C:\n    def m(self):\n        global G\n        class G: pass\n");
    ASSERT_TRUE(code);
    EXPECT_TRUE(nested(*code, "f.<locals>.g"));
    EXPECT_TRUE(nested(*code, "f.<locals>.g.<locals>.<lambda>"));
    EXPECT_TRUE(nested(*code, "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>"));
    EXPECT_TRUE(nested(*code, "C.m"));
    // A class declared global in the method is not qualified by it.
    EXPECT_TRUE(nested(*code, "G"));
}

TEST(Codegen, DocstringIsTheFirstConstant)
{
    auto code = compile("def f():\n    'doc'\n    return 1\ndef g():\n    return 2\n");
    ASSERT_TRUE(code);
    EXPECT_EQ(nested(*code, "f")->constants[0], str_constant("doc"));
    EXPECT_EQ(nested(*code, "g")->constants[0].kind, ConstantEntry::Kind::None);
    CompileOptions stripped;
    stripped.optimize = 2;
    auto optimized = compile("def f():\n    'doc'\n    return 1\n", stripped);
    ASSERT_TRUE(optimized);
    EXPECT_EQ(nested(*optimized, "f")->constants[0].kind, ConstantEntry::Kind::None);
}

TEST(Codegen, FlagsAndArgumentCounts)
{
    auto code
        = compile("def f(a, /, b, *c, d, **e):\n    yield\nasync def g():\n    await x\n"
                  "async def h():\n    yield\ndef outer():\n    y = 1\n    def inner():\n        return y\n");
    ASSERT_TRUE(code);
    CodeUnit const& f = *nested(*code, "f");
    EXPECT_EQ(f.argument_count, 2);
    EXPECT_EQ(f.positional_only_count, 1);
    EXPECT_EQ(f.keyword_only_count, 1);
    EXPECT_EQ(f.flags, CodeOptimized | CodeNewLocals | CodeVarargs | CodeVarkeywords | CodeGenerator);
    EXPECT_EQ(nested(*code, "g")->flags, CodeOptimized | CodeNewLocals | CodeCoroutine);
    EXPECT_EQ(nested(*code, "h")->flags, CodeOptimized | CodeNewLocals | CodeAsyncGenerator);
    CodeUnit const& inner = *nested(*code, "outer.<locals>.inner");
    EXPECT_EQ(inner.flags, CodeOptimized | CodeNewLocals | CodeNested);
    EXPECT_EQ(inner.free_names, std::vector<std::string> {"y"});
    EXPECT_EQ(nested(*code, "outer")->cell_names, std::vector<std::string> {"y"});
}

TEST(Codegen, OptimizeDropsAsserts)
{
    CompileOptions options;
    options.optimize = 1;
    auto code = compile("assert x, 'message'\n", options);
    ASSERT_TRUE(code);
    EXPECT_FALSE(contains(*code, Opcode::LoadAssertionError));
    auto plain = compile("assert x, 'message'\n");
    ASSERT_TRUE(plain);
    EXPECT_TRUE(contains(*plain, Opcode::LoadAssertionError));
}

TEST(Codegen, CompileModes)
{
    CompileOptions eval;
    eval.mode = CompileMode::Eval;
    auto expression = compile("1 + x", eval);
    ASSERT_TRUE(expression);
    auto list = opcodes(*expression);
    EXPECT_EQ(list.back(), Opcode::ReturnValue);
    EXPECT_EQ(list[list.size() - 2], Opcode::BinaryOp);
    CompileOptions single;
    single.mode = CompileMode::Single;
    auto interactive = compile("x + 1\n", single);
    ASSERT_TRUE(interactive);
    EXPECT_TRUE(contains(*interactive, Opcode::PrintExpr));
}

TEST(Codegen, ClassCellIsReturned)
{
    auto code = compile("class C:\n    def m(self):\n        return super().m()\n");
    ASSERT_TRUE(code);
    CodeUnit const& body = *nested(*code, "C");
    EXPECT_EQ(body.cell_names, std::vector<std::string> {"__class__"});
    EXPECT_TRUE(std::find(body.names.begin(), body.names.end(), "__classcell__") != body.names.end());
}

TEST(Codegen, ExceptionTableCoversTryBody)
{
    auto code = compile("try:\n    f()\nexcept E as e:\n    g()\nfinally:\n    h()\n");
    ASSERT_TRUE(code);
    EXPECT_FALSE(code->exception_table.empty());
    EXPECT_TRUE(contains(*code, Opcode::PushExcInfo));
    EXPECT_TRUE(contains(*code, Opcode::PopExcept));
    EXPECT_TRUE(contains(*code, Opcode::CheckExcMatch));
}

TEST(Codegen, FutureImportAfterCodeIsAnError)
{
    auto code = compile_source("x = 1\nfrom __future__ import annotations\n", {});
    ASSERT_TRUE(code.is_error());
    EXPECT_EQ(code.error().message, "from __future__ imports must occur at the beginning of the file");
    EXPECT_EQ(code.error().lineno, 2);
}

TEST(Codegen, PositionsOfACall)
{
    auto code = compile("f(a,\n  b)\n");
    ASSERT_TRUE(code);
    for (size_t offset = 0; offset < code->code.size();) {
        Opcode opcode = instruction_opcode(code->code[offset]);
        if (opcode == Opcode::Call) {
            SourcePosition position = code->positions[offset];
            EXPECT_EQ(position.lineno, 1);
            EXPECT_EQ(position.end_lineno, 2);
            EXPECT_EQ(position.col_offset, 0);
            EXPECT_EQ(position.end_col_offset, 4);
        }
        offset += 1 + opcode_cache_units(opcode);
    }
}
