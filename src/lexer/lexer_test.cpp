// The lexer's unit tests. The expected tokens, errors and warnings in
// lexer_test_cases.inc were recorded from /usr/bin/python3.11 by
// tools/record_lexer_cases.py; the tests here check the lexer's own API on top.
#include "lexer/lexer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace taipan;

namespace {

struct ErrorCase {
    std::string_view source;
    char const* kind;
    std::string_view message;
    int lineno;
    int offset;
    int end_lineno;
    int end_offset;
    std::string_view text;
};

struct ExpectedToken {
    char const* kind;
    std::string_view text;
    int lineno;
    int col_offset;
    int end_lineno;
    int end_col_offset;
};

struct TokenCase {
    std::string_view source;
    std::vector<ExpectedToken> tokens;
};

struct WarningCase {
    std::string_view source;
    std::string_view messages; // each followed by a newline
};

struct FileCase {
    std::string_view source;
    bool ok;
    bool check_text;
    // The decoded text when ok and check_text; the SyntaxError's message when not ok.
    std::string_view expected;
};

#include "lexer_test_cases.inc"

std::string printable(std::string_view text)
{
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte == '\n') {
            out += "\\n";
        } else if (byte < 0x20 || byte == 0x7F) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\x%02x", byte);
            out += escape;
        } else {
            out += c;
        }
    }
    return out;
}

struct LexResult {
    std::vector<Token> tokens;
    std::optional<SyntaxError> error;
};

// Lexes to the end marker or the first error.
LexResult lex_all(Lexer& lexer)
{
    LexResult result;
    // Every input ends well before this many tokens; the bound only stops a runaway loop.
    for (int count = 0; count < 1000000; ++count) {
        auto token = lexer.next_token();
        if (token.is_error()) {
            result.error = token.error();
            return result;
        }
        result.tokens.push_back(token.value());
        if (token.value().kind == TokenKind::EndMarker)
            return result;
    }
    ADD_FAILURE() << "the lexer never reached the end";
    return result;
}

std::string expected_error_description(ErrorCase const& expected)
{
    return std::string(expected.kind) + ": " + std::string(expected.message) + " at "
        + std::to_string(expected.lineno) + "," + std::to_string(expected.offset) + "-"
        + std::to_string(expected.end_lineno) + "," + std::to_string(expected.end_offset) + " text '"
        + printable(expected.text) + "'";
}

std::string error_description(SyntaxError const& error)
{
    return std::string(syntax_error_kind_name(error.kind)) + ": " + error.message + " at "
        + std::to_string(error.lineno) + "," + std::to_string(error.offset) + "-"
        + std::to_string(error.end_lineno) + "," + std::to_string(error.end_offset) + " text '"
        + printable(error.text) + "'";
}

TEST(Lexer, ErrorsMatchCPython)
{
    for (auto const& expected : error_cases) {
        SCOPED_TRACE("source: " + printable(expected.source));
        auto text = decode_source(expected.source);
        ASSERT_FALSE(text.is_error()) << text.error().message;
        Lexer lexer(text.value());
        auto result = lex_all(lexer);
        ASSERT_TRUE(result.error.has_value())
            << "no error; expected " << expected_error_description(expected);
        EXPECT_EQ(error_description(*result.error), expected_error_description(expected));
    }
}

TEST(Lexer, TokensMatchCPython)
{
    for (auto const& expected : token_cases) {
        SCOPED_TRACE("source: " + printable(expected.source));
        auto text = decode_source(expected.source);
        ASSERT_FALSE(text.is_error()) << text.error().message;
        Lexer lexer(text.value());
        auto result = lex_all(lexer);
        ASSERT_FALSE(result.error.has_value()) << error_description(*result.error);
        std::string want, got;
        for (auto const& token : expected.tokens) {
            want += std::string(token.kind) + " '" + printable(token.text) + "' "
                + std::to_string(token.lineno) + "," + std::to_string(token.col_offset) + "-"
                + std::to_string(token.end_lineno) + "," + std::to_string(token.end_col_offset) + "\n";
        }
        for (auto const& token : result.tokens) {
            got += std::string(token_kind_cpython_name(token.kind)) + " '" + printable(token.text) + "' "
                + std::to_string(token.lineno) + "," + std::to_string(token.col_offset) + "-"
                + std::to_string(token.end_lineno) + "," + std::to_string(token.end_col_offset) + "\n";
        }
        EXPECT_EQ(got, want);
    }
}

TEST(Lexer, WarningsMatchCPython)
{
    for (auto const& expected : warning_cases) {
        SCOPED_TRACE("source: " + printable(expected.source));
        auto text = decode_source(expected.source);
        ASSERT_FALSE(text.is_error());
        Lexer lexer(text.value());
        auto result = lex_all(lexer);
        std::string got;
        for (auto const& warning : lexer.warnings()) {
            got += warning.message + "\n";
            EXPECT_EQ(warning.lineno, 1);
        }
        EXPECT_EQ(got, expected.messages);
    }
}

TEST(Lexer, WarningRecordsTheErrorOffsetCPythonUsesUnderWerror)
{
    // python3.11 -W error::SyntaxWarning: "invalid decimal literal" at offset 5.
    Lexer lexer("x = 1if y else 2");
    (void)lex_all(lexer);
    ASSERT_EQ(lexer.warnings().size(), 1u);
    EXPECT_EQ(lexer.warnings()[0].error_offset, 5);
    // ... and "invalid hexadecimal literal" at offset 9.
    Lexer hex("x = [0x1for x in y]");
    (void)lex_all(hex);
    ASSERT_EQ(hex.warnings().size(), 1u);
    EXPECT_EQ(hex.warnings()[0].error_offset, 9);
}

TEST(SourceDecoding, FilesMatchCPython)
{
    for (auto const& expected : file_cases) {
        SCOPED_TRACE("source: " + printable(expected.source));
        auto text = decode_source(expected.source, file_case_name);
        if (expected.ok) {
            ASSERT_FALSE(text.is_error()) << text.error().message;
            if (expected.check_text) {
                EXPECT_EQ(printable(text.value()), printable(expected.expected));
            }
            Lexer lexer(text.value());
            auto result = lex_all(lexer);
            EXPECT_FALSE(result.error.has_value()) << error_description(*result.error);
            continue;
        }
        // CPython fails while reading the file, or later in the tokenizer.
        if (text.is_error()) {
            EXPECT_EQ(text.error().message, expected.expected);
            EXPECT_EQ(text.error().lineno, 0);
            EXPECT_FALSE(text.error().has_text);
            continue;
        }
        Lexer lexer(text.value());
        auto result = lex_all(lexer);
        ASSERT_TRUE(result.error.has_value()) << "expected " << expected.expected;
        EXPECT_EQ(result.error->message, expected.expected);
    }
}

TEST(SourceDecoding, NullBytesEndTheirLineAsInCPythonsFileReader)
{
    // CPython 3.11.2 reads "x = 1\0\nprint(2)\n" as "x = 1print(2)\n".
    auto text = decode_source(std::string_view("x = 1\0\nprint(2)\n", 16));
    ASSERT_FALSE(text.is_error());
    EXPECT_EQ(text.value(), "x = 1print(2)\n");
}

TEST(SourceDecoding, DefaultFileNameInMessages)
{
    auto text = decode_source("\xff\n");
    ASSERT_TRUE(text.is_error());
    EXPECT_EQ(text.error().message,
        "Non-UTF-8 code starting with '\\xff' in file <string> on line 1, but no encoding declared; see "
        "https://peps.python.org/pep-0263/ for details");
}

TEST(Lexer, EndMarkerRepeats)
{
    Lexer lexer("x\n");
    auto result = lex_all(lexer);
    ASSERT_FALSE(result.error);
    for (int i = 0; i < 3; ++i) {
        auto token = lexer.next_token();
        ASSERT_FALSE(token.is_error());
        EXPECT_EQ(token.value().kind, TokenKind::EndMarker);
    }
}

TEST(Lexer, AnErrorRepeats)
{
    Lexer lexer("x = 1x\ny = 2\n");
    EXPECT_FALSE(lexer.next_token().is_error()); // x
    EXPECT_FALSE(lexer.next_token().is_error()); // =
    auto first = lexer.next_token();
    ASSERT_TRUE(first.is_error());
    auto second = lexer.next_token();
    ASSERT_TRUE(second.is_error());
    EXPECT_EQ(first.error().message, second.error().message);
    EXPECT_EQ(first.error().offset, second.error().offset);
}

TEST(Lexer, TokensAreProducedLazily)
{
    // The bad literal on line 2 is only reported when its token is asked for.
    Lexer lexer("x = 1\ny = 1x\n");
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(lexer.next_token().is_error());
    EXPECT_EQ(lexer.open_brackets().size(), 0u);
}

TEST(Lexer, KeywordsAndSoftKeywords)
{
    Lexer lexer("if match case _ async await None True False lambda nonlocal elif\n");
    std::vector<TokenKind> kinds;
    for (auto const& token : lex_all(lexer).tokens)
        kinds.push_back(token.kind);
    std::vector<TokenKind> expected = {TokenKind::KeywordIf, TokenKind::Name, TokenKind::Name,
        TokenKind::Name, TokenKind::KeywordAsync, TokenKind::KeywordAwait, TokenKind::KeywordNone,
        TokenKind::KeywordTrue, TokenKind::KeywordFalse, TokenKind::KeywordLambda, TokenKind::KeywordNonlocal,
        TokenKind::KeywordElif, TokenKind::Newline, TokenKind::EndMarker};
    EXPECT_EQ(kinds, expected);
    EXPECT_TRUE(is_keyword(TokenKind::KeywordYield));
    EXPECT_FALSE(is_keyword(TokenKind::Name));
    EXPECT_STREQ(token_kind_spelling(TokenKind::KeywordNonlocal), "nonlocal");
    EXPECT_STREQ(token_kind_spelling(TokenKind::DoubleStarEqual), "**=");
    EXPECT_STREQ(token_kind_cpython_name(TokenKind::KeywordDef), "NAME");
    EXPECT_STREQ(token_kind_cpython_name(TokenKind::LessGreater), "NOTEQUAL");
}

TEST(Lexer, TokenTextViewsIntoTheSource)
{
    std::string source = "name = 'str'\n";
    Lexer lexer(source);
    auto token = lexer.next_token();
    ASSERT_FALSE(token.is_error());
    EXPECT_EQ(token.value().text.data(), source.data());
    EXPECT_EQ(lexer.text().data(), source.data());
}

TEST(Lexer, OpenBrackets)
{
    Lexer lexer("f(a, [b,\n  {c");
    for (int i = 0; i < 8; ++i)
        ASSERT_FALSE(lexer.next_token().is_error());
    auto brackets = lexer.open_brackets();
    ASSERT_EQ(brackets.size(), 3u);
    EXPECT_EQ(brackets[0].bracket, '(');
    EXPECT_EQ(brackets[0].lineno, 1);
    EXPECT_EQ(brackets[0].col_offset, 1);
    EXPECT_EQ(brackets[1].bracket, '[');
    EXPECT_EQ(brackets[1].col_offset, 5);
    EXPECT_EQ(brackets[2].bracket, '{');
    EXPECT_EQ(brackets[2].lineno, 2);
    EXPECT_EQ(brackets[2].col_offset, 2);
}

TEST(Lexer, LineText)
{
    Lexer lexer("a\nbb\n\nccc");
    EXPECT_EQ(lexer.line_text(1), "a\n");
    EXPECT_EQ(lexer.line_text(2), "bb\n");
    EXPECT_EQ(lexer.line_text(3), "\n");
    EXPECT_EQ(lexer.line_text(4), "ccc");
    EXPECT_EQ(lexer.line_text(5), "");
    EXPECT_EQ(lexer.line_text(0), "");
}

TEST(Lexer, EncodingDeclaration)
{
    EXPECT_FALSE(Lexer("x = 1\n").encoding_declared());
    EXPECT_TRUE(Lexer("# -*- coding: utf-8 -*-\nx = 1\n").encoding_declared());
    EXPECT_TRUE(Lexer("#!/usr/bin/env python\n# coding=latin-1\n").encoding_declared());
    EXPECT_FALSE(Lexer("x = 1\n# coding: utf-8\n").encoding_declared());
}

TEST(Lexer, WhichErrorsCPythonsTokenizerRaises)
{
    auto raised = [](std::string_view source) {
        Lexer lexer(source);
        auto result = lex_all(lexer);
        EXPECT_TRUE(result.error.has_value()) << source;
        return lexer.error_raised_by_tokenizer();
    };
    EXPECT_TRUE(raised("1x"));
    EXPECT_TRUE(raised("'abc"));
    EXPECT_TRUE(raised("x)"));
    EXPECT_TRUE(raised("\xe2\x82\xac"));
    EXPECT_FALSE(raised("(\n"));
    EXPECT_FALSE(raised("x = \\ y"));
    EXPECT_FALSE(raised("x = \\"));
    EXPECT_FALSE(raised("if x:\n  a\n b\n"));
    EXPECT_FALSE(raised("if 1:\n\tx\n        y\n"));
}

TEST(Lexer, UndecodableIdentifierInDeclaredUtf8)
{
    // python3.11 runs "# coding: utf-8\nx\xff = 1\n" to
    // "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte".
    auto text = decode_source("# coding: utf-8\nx\xff = 1\n");
    ASSERT_FALSE(text.is_error());
    Lexer lexer(text.value());
    auto result = lex_all(lexer);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->message,
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    EXPECT_EQ(result.error->lineno, 2);
    EXPECT_EQ(result.error->offset, 2);
    EXPECT_EQ(result.error->end_offset, -1);
}

TEST(Lexer, DeepNestingNeedsNoStack)
{
    std::string source(100000, '(');
    Lexer lexer(source);
    auto result = lex_all(lexer);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->message, "too many nested parentheses");
    EXPECT_EQ(result.error->offset, 201);
}

// Arbitrary bytes never crash or hang the lexer: a deterministic mix of random bytes
// and Python-like pieces.
TEST(Lexer, ArbitraryInputTerminates)
{
    char const* pieces[] = {"\"", "'", "\"\"\"", "(", ")", "[", "]", "{", "}", "\\", "\\\n", "\n", " ", "\t",
        "\f", "#", "0", "1", "_", ".", "e", "j", "x", "0x", "0o", "0b", "if", "else", "rb", "f", "\xc3\xa9",
        "\xe2\x82\xac", "\xff", "\xc3", "$", "!", "<>", "...", "\x01", "    ", "\n    ", "\n\t", "\0"};
    uint64_t state = 12345;
    auto random = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<uint32_t>(state >> 33);
    };
    for (int round = 0; round < 3000; ++round) {
        std::string source;
        int count = 1 + random() % 20;
        for (int i = 0; i < count; ++i) {
            if (random() % 4 == 0)
                source += static_cast<char>(random() % 256);
            else
                source += pieces[random() % std::size(pieces)];
        }
        Lexer raw(source);
        (void)lex_all(raw);
        auto text = decode_source(source);
        if (!text.is_error()) {
            Lexer lexer(text.value());
            (void)lex_all(lexer);
        }
    }
}

} // namespace
