// Tests of the symbol table and the compile-time checks. Most cases come from
// testdata/symtable_cases.inc: snippets with CPython 3.11's own AST, what its
// compile() reports and its `symtable` dump, all recorded by
// tools/compare_symtable.py --record-unit-tests; the rest test the C++ interface.
#include "compiler/ast_text_reader.h"
#include "compiler/symtable.h"

#include <gtest/gtest.h>

#include <iterator>

using namespace taipan;

namespace {

struct RecordedCase {
    char const* source;
    char const* ast_text;
    char const* compile_result;
    char const* dump;
};

constexpr RecordedCase recorded_cases[] = {
#define TAIPAN_SYMTABLE_CASE(source, ast_text, compile_result, dump) {source, ast_text, compile_result, dump},
#include "compiler/testdata/symtable_cases.inc"
#undef TAIPAN_SYMTABLE_CASE
};

ast::ModNode* read_module(std::string_view text, Arena& arena)
{
    size_t position = 0;
    std::string error;
    ast::ModNode* module = read_ast_text(text, position, arena, error);
    EXPECT_NE(module, nullptr) << error;
    return module;
}

std::unique_ptr<SymbolTable> build(std::string_view ast_text, Arena& arena)
{
    ast::ModNode* module = read_module(ast_text, arena);
    if (!module)
        return nullptr;
    auto table = build_symtable(*module, "test.py");
    EXPECT_FALSE(table.is_error()) << (table.is_error() ? table.error().message : "");
    return table.is_error() ? nullptr : table.release_value();
}

class RecordedCaseTest : public testing::TestWithParam<size_t> { };

TEST_P(RecordedCaseTest, MatchesCPython)
{
    RecordedCase const& recorded = recorded_cases[GetParam()];
    SCOPED_TRACE(recorded.source);
    Arena arena;
    ast::ModNode* module = read_module(recorded.ast_text, arena);
    ASSERT_NE(module, nullptr);

    auto table = build_symtable(*module, "test.py");
    std::string dump
        = table.is_error() ? describe_syntax_error(table.error()) : dump_symtable(*table.value());
    EXPECT_EQ(dump, recorded.dump);

    std::string compile_result;
    if (table.is_error()) {
        compile_result = describe_syntax_error(table.error());
    } else {
        auto checked = check_compile_errors(*module, *table.value(), "test.py");
        compile_result = checked.is_error() ? describe_syntax_error(checked.error()) : "ok\n";
    }
    EXPECT_EQ(compile_result, recorded.compile_result);
}

INSTANTIATE_TEST_SUITE_P(CPython, RecordedCaseTest, testing::Range(size_t(0), std::size(recorded_cases)));

TEST(Symtable, ManglesPrivateNames)
{
    std::string storage;
    EXPECT_EQ(mangle_private_name("C", "__x", storage), "_C__x");
    EXPECT_EQ(mangle_private_name("_C_", "__x", storage), "_C___x");
    EXPECT_EQ(mangle_private_name("__A", "__spam_", storage), "_A__spam_");
    EXPECT_EQ(mangle_private_name("C", "__x__", storage), "__x__");
    EXPECT_EQ(mangle_private_name("C", "_x", storage), "_x");
    EXPECT_EQ(mangle_private_name("C", "__", storage), "__");
    EXPECT_EQ(mangle_private_name("C", "__a.b", storage), "__a.b");
    EXPECT_EQ(mangle_private_name("___", "__x", storage), "__x");
    EXPECT_EQ(mangle_private_name("", "__x", storage), "__x");
}

TEST(Symtable, AttachesTheSourceLine)
{
    SyntaxError error;
    error.lineno = 2;
    attach_source_line(error, "a = 1\n  global x\nb\n");
    EXPECT_TRUE(error.has_text);
    EXPECT_EQ(error.text, "  global x\n");

    SyntaxError last;
    last.lineno = 3;
    attach_source_line(last, "a\nb\nc");
    EXPECT_EQ(last.text, "c");

    SyntaxError beyond;
    beyond.lineno = 5;
    attach_source_line(beyond, "a\n");
    EXPECT_FALSE(beyond.has_text);
}

// def f(x):
//     def g():
//         return x
//     return g
// class C:
//     def m(self, *a, **k):
//         return super()
//     async def n(self):
//         yield 1
TEST(Symtable, ExposesWhatTheCodeGeneratorNeeds)
{
    Arena arena;
    auto table = build("Module [ FunctionDef 1 0 4 12 s1:f arguments [ ] [ arg 1 6 1 7 s1:x ~ ~ ] ~ [ ] [ ] "
                       "~ [ ] [ FunctionDef 2 4 3 "
                       "16 s1:g arguments [ ] [ ] ~ [ ] [ ] ~ [ ] [ Return 3 8 3 16 Name 3 15 3 16 s1:x Load "
                       "] [ ] ~ ~ Return 4 4 4 "
                       "12 Name 4 11 4 12 s1:g Load ] [ ] ~ ~ ClassDef 5 0 9 15 s1:C [ ] [ ] [ FunctionDef 6 "
                       "4 7 22 s1:m arguments "
                       "[ ] [ arg 6 10 6 14 s4:self ~ ~ ] arg 6 17 6 18 s1:a ~ ~ [ ] [ ] arg 6 22 6 23 s1:k "
                       "~ ~ [ ] [ Return 7 8 7 "
                       "22 Call 7 15 7 22 Name 7 15 7 20 s5:super Load [ ] [ ] ] [ ] ~ ~ AsyncFunctionDef 8 "
                       "4 9 15 s1:n arguments [ "
                       "] [ arg 8 16 8 20 s4:self ~ ~ ] ~ [ ] [ ] ~ [ ] [ Expr 9 8 9 15 Yield 9 8 9 15 "
                       "Constant 9 14 9 15 I1 ~ ] [ "
                       "] ~ ~ ] [ ] ] [ ]",
        arena);
    ASSERT_NE(table, nullptr);
    SymbolTableEntry const& top = table->top();
    ASSERT_EQ(top.children.size(), 2u);

    SymbolTableEntry const& f = *top.children[0];
    EXPECT_EQ(f.name, "f");
    EXPECT_EQ(f.scope_of("x"), SymbolScope::Cell);
    EXPECT_EQ(f.scope_of("g"), SymbolScope::Local);
    EXPECT_TRUE(f.child_has_free);
    EXPECT_FALSE(f.has_free);
    EXPECT_TRUE(f.returns_value);
    SymbolTableEntry const& g = *f.children[0];
    EXPECT_EQ(g.scope_of("x"), SymbolScope::Free);
    EXPECT_TRUE(g.has_free);
    EXPECT_TRUE(g.nested);
    EXPECT_EQ(table->entry_for(g.node), &g);

    SymbolTableEntry const& c = *top.children[1];
    EXPECT_EQ(c.type, BlockType::Class);
    EXPECT_TRUE(c.needs_class_closure);
    EXPECT_EQ(c.lookup("__class__"), nullptr);
    SymbolTableEntry const& m = *c.children[0];
    EXPECT_TRUE(m.has_varargs);
    EXPECT_TRUE(m.has_varkeywords);
    EXPECT_EQ(m.varnames, (std::vector<std::string_view> {"self", "a", "k"}));
    EXPECT_EQ(m.scope_of("__class__"), SymbolScope::Free);
    EXPECT_EQ(m.scope_of("super"), SymbolScope::GlobalImplicit);
    EXPECT_EQ(m.scope_of("missing"), SymbolScope::Unresolved);
    SymbolTableEntry const& n = *c.children[1];
    EXPECT_TRUE(n.is_coroutine);
    EXPECT_TRUE(n.is_generator);
}

// `x.a.a...a` as an expression statement, `depth` attributes deep.
std::string attribute_chain(int depth)
{
    std::string text = "Module [ Expr 1 0 1 " + std::to_string(1 + 2 * depth) + ' ';
    for (int level = depth; level > 0; --level)
        text += "Attribute 1 0 1 " + std::to_string(1 + 2 * level) + ' ';
    text += "Name 1 0 1 1 s1:x Load";
    for (int level = 0; level < depth; ++level)
        text += " s1:a Load";
    return text + " ] [ ]";
}

// Recorded by running files with python3.11: 2,998 attributes compile, 2,999 do not.
TEST(Symtable, LimitsNestingAsCPythonDoes)
{
    Arena arena;
    ast::ModNode* shallow = read_module(attribute_chain(2998), arena);
    ASSERT_NE(shallow, nullptr);
    EXPECT_FALSE(build_symtable(*shallow, "deep.py").is_error());

    ast::ModNode* deep = read_module(attribute_chain(2999), arena);
    ASSERT_NE(deep, nullptr);
    auto result = build_symtable(*deep, "deep.py");
    ASSERT_TRUE(result.is_error());
    EXPECT_EQ(describe_syntax_error(result.error()),
        "error RecursionError 0 0 0 0 maximum recursion depth exceeded during compilation\n");
}

// def f(x): global x
TEST(Symtable, ErrorsCarryTheSourceLineWhenGiven)
{
    Arena arena;
    ast::ModNode* module
        = read_module("Module [ FunctionDef 1 0 1 18 s1:f arguments [ ] [ arg 1 6 1 7 s1:x ~ ~ ] ~ "
                      "[ ] [ ] ~ [ ] [ Global 1 10 1 18 [ s1:x ] ] [ ] ~ ~ ] [ ]",
            arena);
    ASSERT_NE(module, nullptr);
    auto result = build_symtable(*module, "f.py", "def f(x): global x\n");
    ASSERT_TRUE(result.is_error());
    EXPECT_EQ(result.error().message, "name 'x' is parameter and global");
    EXPECT_EQ(result.error().offset, 11);
    EXPECT_EQ(result.error().end_offset, 19);
    EXPECT_TRUE(result.error().has_text);
    EXPECT_EQ(result.error().text, "def f(x): global x\n");

    auto without_source = build_symtable(*module, "f.py");
    ASSERT_TRUE(without_source.is_error());
    EXPECT_FALSE(without_source.error().has_text);
}

} // namespace
