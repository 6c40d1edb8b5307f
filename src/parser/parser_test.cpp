// Unit tests of the parser: ASTs and SyntaxErrors (class, message, position) for tricky
// inputs in every mode, with the expectations recorded from CPython 3.11 by
// tools/generate_parser_test_cases.py (parser_test_cases.inc).
#include "lexer/lexer.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <string>

using namespace taipan;

namespace {

struct ParserCase {
    ParseMode mode;
    char const* source;
    char const* dump;
    char const* error_class;
    char const* message;
    int lineno;
    int offset;
    int end_lineno;
    int end_offset;
};

constexpr ParserCase parser_cases[] = {
#include "parser_test_cases.inc"
};

std::string describe(ParserCase const& test)
{
    return std::string("source: ") + test.source;
}

} // namespace

TEST(Parser, RecordedCases)
{
    for (auto const& test : parser_cases) {
        auto text = decode_source(test.source);
        ASSERT_FALSE(text.is_error()) << describe(test);
        Arena arena;
        auto result = parse(text.value(), test.mode, arena);
        if (test.dump[0]) {
            ASSERT_FALSE(result.is_error()) << describe(test) << "\nerror: " << result.error().message;
            EXPECT_EQ(dump_ast(*result.value()), test.dump) << describe(test);
            continue;
        }
        ASSERT_TRUE(result.is_error()) << describe(test);
        auto const& error = result.error();
        EXPECT_STREQ(syntax_error_kind_name(error.kind), test.error_class) << describe(test);
        if (error.kind == SyntaxErrorKind::MemoryError || error.kind == SyntaxErrorKind::RecursionError)
            continue;
        EXPECT_EQ(error.message, test.message) << describe(test);
        EXPECT_EQ(error.lineno, test.lineno) << describe(test);
        EXPECT_EQ(error.offset, test.offset) << describe(test);
        EXPECT_EQ(error.end_lineno, test.end_lineno) << describe(test);
        EXPECT_EQ(error.end_offset, test.end_offset) << describe(test);
    }
}

TEST(Parser, ErrorsCarryTheirLine)
{
    Arena arena;
    auto result = parse("x = 1\ny = (1 2)\n", ParseMode::Exec, arena);
    ASSERT_TRUE(result.is_error());
    EXPECT_TRUE(result.error().has_text);
    EXPECT_EQ(result.error().text, "y = (1 2)\n");
}

// Deep nesting must end in an error, never in a stack overflow.
TEST(Parser, DeepNestingFailsCleanly)
{
    for (std::string unit : {"(", "[", "{", "-", "not ", "lambda:", "await ", "*", "2**", "1 if 2 else "}) {
        std::string source = "x = ";
        for (int i = 0; i < 100000; ++i)
            source += unit;
        source += "1\n";
        Arena arena;
        EXPECT_TRUE(parse(source, ParseMode::Exec, arena).is_error()) << unit;
    }
}

// Long chains of trailers are loops, not recursion (CPython parses this too).
TEST(Parser, LongAttributeChainsParse)
{
    std::string source = "x = ";
    for (int i = 0; i < 100000; ++i)
        source += "a.";
    source += "b\n";
    Arena arena;
    EXPECT_FALSE(parse(source, ParseMode::Exec, arena).is_error());
}

// Positions as CPython gives them for `\n     f"{x + 1}"`: the expression's text starts
// at the '{' (line 2, column 7).
TEST(Parser, FStringExpressionPositions)
{
    Arena arena;
    auto result = parse_fstring_expression("(x + 1)", 2, 7, arena);
    ASSERT_FALSE(result.is_error());
    auto* sum = ast::as<ast::BinOp>(result.value());
    ASSERT_NE(sum, nullptr);
    EXPECT_EQ(sum->location.lineno, 2);
    EXPECT_EQ(sum->location.col_offset, 8);
    EXPECT_EQ(sum->location.end_col_offset, 13);
    EXPECT_EQ(sum->left->location.col_offset, 8);
    EXPECT_EQ(sum->right->location.col_offset, 12);
}

TEST(Parser, FStringExpressionErrorsArePrefixed)
{
    Arena arena;
    auto result = parse_fstring_expression("(a b)", 1, 6, arena);
    ASSERT_TRUE(result.is_error());
    EXPECT_EQ(result.error().message, "f-string: invalid syntax. Perhaps you forgot a comma?");
    EXPECT_EQ(result.error().lineno, 1);
    EXPECT_EQ(result.error().offset, 2);
    EXPECT_EQ(result.error().end_offset, 5);
}

// Identifiers are NFKC-normalised (PEP 3131).
TEST(Parser, IdentifiersAreNormalised)
{
    Arena arena;
    auto result = parse("\xef\xac\x81 = 1\n", ParseMode::Exec, arena); // U+FB01 LATIN SMALL LIGATURE FI
    ASSERT_FALSE(result.is_error());
    auto* module = static_cast<ast::Module*>(result.value());
    auto* assign = ast::as<ast::Assign>(module->body[0]);
    ASSERT_NE(assign, nullptr);
    auto* name = ast::as<ast::Name>(assign->targets[0]);
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->id, "fi");
}
