// Tests for the support layer: Unicode properties, NFKC, \N{...} names and the repr of
// constants. The bulk comparisons read expectations that
// tools/generate_support_test_data.py records from CPython at build time.
#include "support/python_repr.h"
#include "support/unicode.h"
#include "support/utf8.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace taipan;

namespace {

std::string data_path(char const* name)
{
    return std::string(TAIPAN_SUPPORT_TEST_DATA) + "/" + name;
}

std::vector<std::string> read_lines(char const* name)
{
    std::ifstream file(data_path(name), std::ios::binary);
    EXPECT_TRUE(file) << "missing " << data_path(name);
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> split(std::string const& line, char separator = '\t')
{
    std::vector<std::string> fields;
    size_t start = 0;
    for (;;) {
        size_t end = line.find(separator, start);
        fields.push_back(line.substr(start, end - start));
        if (end == std::string::npos)
            return fields;
        start = end + 1;
    }
}

// "41 301" -> generalized UTF-8 of U+0041 U+0301.
std::string code_points_to_utf8(std::string const& hex_list)
{
    std::string out;
    std::istringstream stream(hex_list);
    for (std::string item; stream >> item;)
        utf8::append(out, char32_t(std::stoul(item, nullptr, 16)));
    return out;
}

std::string hex_to_bytes(std::string const& hex)
{
    std::string out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        out += char(std::stoul(hex.substr(i, 2), nullptr, 16));
    return out;
}

double bits_to_double(std::string const& hex)
{
    return std::bit_cast<double>(uint64_t(std::stoull(hex, nullptr, 16)));
}

} // namespace

TEST(Unicode, FlagsOfEveryCodePointMatchPython)
{
    std::ifstream file(data_path("unicode_flags.txt"), std::ios::binary);
    std::string flags((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    ASSERT_EQ(flags.size(), 0x110000u);
    int failures = 0;
    for (char32_t c = 0; c < 0x110000 && failures < 20; ++c) {
        int expected = flags[c] - '0';
        int actual = (unicode::is_xid_start(c) ? 1 : 0) | (unicode::is_xid_continue(c) ? 2 : 0)
            | (unicode::is_printable(c) ? 4 : 0);
        if (actual != expected) {
            ADD_FAILURE() << "U+" << std::hex << uint32_t(c) << ": flags " << actual << ", Python "
                          << expected;
            ++failures;
        }
    }
    EXPECT_FALSE(unicode::is_printable(0x110000));
    EXPECT_FALSE(unicode::is_xid_continue(0xFFFFFFFF));
}

TEST(Unicode, NfkcMatchesPython)
{
    auto lines = read_lines("nfkc.txt");
    ASSERT_GT(lines.size(), 60000u);
    int failures = 0;
    for (auto const& line : lines) {
        auto fields = split(line);
        ASSERT_EQ(fields.size(), 2u) << line;
        std::string input = code_points_to_utf8(fields[0]);
        std::string expected = code_points_to_utf8(fields[1]);
        if (unicode::nfkc(input) != expected && ++failures < 20)
            ADD_FAILURE() << "nfkc(" << fields[0] << ") != " << fields[1];
    }
    EXPECT_EQ(failures, 0);
}

TEST(Unicode, NfkcExamples)
{
    // Recorded from python3.11: unicodedata.normalize('NFKC', ...).
    EXPECT_EQ(unicode::nfkc("abc"), "abc");
    EXPECT_EQ(unicode::nfkc("\xef\xac\x81"), "fi"); // U+FB01 LATIN SMALL LIGATURE FI
    EXPECT_EQ(unicode::nfkc("e\xcc\x81"), "\xc3\xa9"); // e + COMBINING ACUTE -> é
    EXPECT_EQ(unicode::nfkc("\xe1\x84\x80\xe1\x85\xa1"), "\xea\xb0\x80"); // jamo G + A -> 가
    EXPECT_EQ(unicode::nfkc("\xe2\x84\x8c"), "H"); // U+210C BLACK-LETTER CAPITAL H
}

TEST(Unicode, EveryNameMatchesPythonEscapes)
{
    auto lines = read_lines("names.txt");
    ASSERT_GT(lines.size(), 140000u);
    int failures = 0;
    for (auto const& line : lines) {
        auto fields = split(line);
        ASSERT_EQ(fields.size(), 2u) << line;
        auto actual = unicode::lookup_name(fields[0]);
        std::optional<char32_t> expected;
        if (fields[1] != "-")
            expected = char32_t(std::stoul(fields[1], nullptr, 16));
        if (actual != expected && ++failures < 20)
            ADD_FAILURE() << "\\N{" << fields[0] << "}: expected " << fields[1];
    }
    EXPECT_EQ(failures, 0);
}

TEST(Unicode, NameExamples)
{
    EXPECT_EQ(unicode::lookup_name("LATIN SMALL LETTER A"), U'a');
    EXPECT_EQ(unicode::lookup_name("latin capital letter gha"), char32_t(0x1A2));
    EXPECT_EQ(unicode::lookup_name("HANGUL SYLLABLE GGAGG"), char32_t(0xAE4E));
    EXPECT_EQ(unicode::lookup_name("hangul syllable ga"), std::nullopt);
    EXPECT_EQ(unicode::lookup_name("CJK UNIFIED IDEOGRAPH-04E00"), char32_t(0x4E00));
    EXPECT_EQ(unicode::lookup_name("CJK UNIFIED IDEOGRAPH-4e00"), std::nullopt);
    EXPECT_EQ(unicode::lookup_name("nushu character-1b170"), char32_t(0x1B170));
    EXPECT_EQ(unicode::lookup_name("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), std::nullopt);
    EXPECT_EQ(unicode::lookup_name(std::string(300, 'X')), std::nullopt);
}

TEST(PythonRepr, StrMatchesPython)
{
    auto lines = read_lines("str_repr.txt");
    ASSERT_GT(lines.size(), 0x110000u);
    int failures = 0;
    for (auto const& line : lines) {
        auto fields = split(line);
        ASSERT_EQ(fields.size(), 2u) << line;
        std::string actual = python_str_repr(code_points_to_utf8(fields[0]));
        if (actual != fields[1] && ++failures < 20)
            ADD_FAILURE() << "repr of " << fields[0] << ": " << actual << " != " << fields[1];
    }
    EXPECT_EQ(failures, 0);
}

TEST(PythonRepr, StrExamples)
{
    EXPECT_EQ(python_str_repr("a'b"), "\"a'b\"");
    EXPECT_EQ(python_str_repr("a\"b"), "'a\"b'");
    EXPECT_EQ(python_str_repr("a'\"b"), "'a\\'\"b'");
    EXPECT_EQ(python_str_repr("\xed\xb2\x80"), "'\\udc80'"); // a lone surrogate
    EXPECT_EQ(python_str_repr("\t\n\r\x01\x7f\\"), "'\\t\\n\\r\\x01\\x7f\\\\'");
}

TEST(PythonRepr, BytesMatchesPython)
{
    auto lines = read_lines("bytes_repr.txt");
    ASSERT_GT(lines.size(), 5000u);
    for (auto const& line : lines) {
        auto fields = split(line);
        ASSERT_EQ(fields.size(), 2u) << line;
        ASSERT_EQ(python_bytes_repr(hex_to_bytes(fields[0])), fields[1]) << fields[0];
    }
}

TEST(PythonRepr, FloatMatchesPython)
{
    auto lines = read_lines("float_repr.txt");
    ASSERT_GT(lines.size(), 100000u);
    int failures = 0;
    for (auto const& line : lines) {
        auto fields = split(line);
        ASSERT_EQ(fields.size(), 2u) << line;
        std::string actual = python_float_repr(bits_to_double(fields[0]));
        if (actual != fields[1] && ++failures < 20)
            ADD_FAILURE() << "repr of " << fields[0] << ": " << actual << " != " << fields[1];
    }
    EXPECT_EQ(failures, 0);
}

TEST(PythonRepr, FloatExamples)
{
    EXPECT_EQ(python_float_repr(1e16), "1e+16");
    EXPECT_EQ(python_float_repr(1e15), "1000000000000000.0");
    EXPECT_EQ(python_float_repr(1e-5), "1e-05");
    EXPECT_EQ(python_float_repr(0.0001), "0.0001");
    EXPECT_EQ(python_float_repr(-0.0), "-0.0");
    EXPECT_EQ(python_float_repr(1.0), "1.0");
    EXPECT_EQ(python_float_repr(5e-324), "5e-324");
}

TEST(PythonRepr, ComplexMatchesPython)
{
    auto lines = read_lines("complex_repr.txt");
    ASSERT_GT(lines.size(), 20000u);
    int failures = 0;
    for (auto const& line : lines) {
        auto fields = split(line);
        ASSERT_EQ(fields.size(), 3u) << line;
        std::string actual = python_complex_repr(bits_to_double(fields[0]), bits_to_double(fields[1]));
        if (actual != fields[2] && ++failures < 20)
            ADD_FAILURE() << "repr of " << fields[0] << " " << fields[1] << ": " << actual
                          << " != " << fields[2];
    }
    EXPECT_EQ(failures, 0);
}

TEST(PythonRepr, ComplexExamples)
{
    EXPECT_EQ(python_complex_repr(0.0, 1.0), "1j");
    EXPECT_EQ(python_complex_repr(-0.0, -1.0), "(-0-1j)");
    EXPECT_EQ(python_complex_repr(0.0, -0.0), "-0j");
    EXPECT_EQ(python_complex_repr(2.5, 0.0), "(2.5+0j)");
    EXPECT_EQ(python_complex_repr(0.0, 1e16), "1e+16j");
}
