// Tests for format_syntax_error against reports recorded from CPython 3.11: every
// snippet of tests/errors/syntax (the exception the run raised, from manifest.json, and
// the stderr in its .err file) and the corner cases of tests/errors/format_cases.json.
// Both files are written by tools/collect_syntax_errors.py.
#include "support/syntax_error.h"

#include <gtest/gtest.h>

#include <climits>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace taipan;

namespace {

// A JSON value, just enough for the recorded data: objects, arrays, strings, integers,
// booleans and null.
struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
    bool boolean = false;
    long long number = 0;
    std::string string;
    std::vector<Json> array;
    std::map<std::string, Json> object;

    Json const& operator[](std::string const& key) const
    {
        static Json const null;
        auto found = object.find(key);
        return found == object.end() ? null : found->second;
    }
    bool is_null() const { return type == Type::Null; }
};

class JsonReader {
public:
    explicit JsonReader(std::string text)
        : m_text(std::move(text))
    {
    }

    Json read()
    {
        Json value = read_value();
        skip_blanks();
        if (m_position != m_text.size())
            fail("trailing data");
        return value;
    }

    bool failed() const { return m_failed; }

private:
    void fail(char const*)
    {
        m_failed = true;
        m_position = m_text.size();
    }

    void skip_blanks()
    {
        while (m_position < m_text.size()
            && std::string(" \t\r\n").find(m_text[m_position]) != std::string::npos)
            ++m_position;
    }

    bool consume(char expected)
    {
        skip_blanks();
        if (m_position < m_text.size() && m_text[m_position] == expected) {
            ++m_position;
            return true;
        }
        return false;
    }

    bool consume_word(std::string const& word)
    {
        if (m_text.compare(m_position, word.size(), word) != 0)
            return false;
        m_position += word.size();
        return true;
    }

    Json read_value()
    {
        skip_blanks();
        Json value;
        if (m_position >= m_text.size()) {
            fail("unexpected end");
            return value;
        }
        char c = m_text[m_position];
        if (c == '{') {
            ++m_position;
            value.type = Json::Type::Object;
            if (consume('}'))
                return value;
            do {
                skip_blanks();
                std::string key = read_string();
                if (!consume(':'))
                    fail("expected ':'");
                value.object[key] = read_value();
            } while (consume(','));
            if (!consume('}'))
                fail("expected '}'");
        } else if (c == '[') {
            ++m_position;
            value.type = Json::Type::Array;
            if (consume(']'))
                return value;
            do
                value.array.push_back(read_value());
            while (consume(','));
            if (!consume(']'))
                fail("expected ']'");
        } else if (c == '"') {
            value.type = Json::Type::String;
            value.string = read_string();
        } else if (consume_word("null")) {
            value.type = Json::Type::Null;
        } else if (consume_word("true")) {
            value.type = Json::Type::Bool;
            value.boolean = true;
        } else if (consume_word("false")) {
            value.type = Json::Type::Bool;
        } else {
            size_t end = m_position;
            if (end < m_text.size() && m_text[end] == '-')
                ++end;
            while (end < m_text.size() && m_text[end] >= '0' && m_text[end] <= '9')
                ++end;
            if (end == m_position)
                fail("unexpected character");
            value.type = Json::Type::Number;
            value.number = std::strtoll(m_text.c_str() + m_position, nullptr, 10);
            m_position = end;
        }
        return value;
    }

    unsigned read_hex4()
    {
        if (m_position + 4 > m_text.size()) {
            fail("short \\u escape");
            return 0;
        }
        unsigned value = static_cast<unsigned>(std::stoul(m_text.substr(m_position, 4), nullptr, 16));
        m_position += 4;
        return value;
    }

    static void append_utf8(std::string& out, unsigned code_point)
    {
        if (code_point < 0x80) {
            out += static_cast<char>(code_point);
        } else if (code_point < 0x800) {
            out += static_cast<char>(0xC0 | (code_point >> 6));
            out += static_cast<char>(0x80 | (code_point & 0x3F));
        } else if (code_point < 0x10000) {
            out += static_cast<char>(0xE0 | (code_point >> 12));
            out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code_point & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code_point >> 18));
            out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code_point & 0x3F));
        }
    }

    std::string read_string()
    {
        std::string out;
        if (m_position >= m_text.size() || m_text[m_position] != '"') {
            fail("expected a string");
            return out;
        }
        ++m_position;
        while (m_position < m_text.size() && m_text[m_position] != '"') {
            char c = m_text[m_position++];
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_position >= m_text.size())
                break;
            char escape = m_text[m_position++];
            switch (escape) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                unsigned code_point = read_hex4();
                // A surrogate pair; a lone surrogate is kept as generalized UTF-8.
                if (code_point >= 0xD800 && code_point < 0xDC00
                    && m_text.compare(m_position, 2, "\\u") == 0) {
                    size_t saved = m_position;
                    m_position += 2;
                    unsigned low = read_hex4();
                    if (low >= 0xDC00 && low < 0xE000)
                        code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
                    else
                        m_position = saved;
                }
                append_utf8(out, code_point);
                break;
            }
            default:
                out += escape;
            }
        }
        if (m_position >= m_text.size())
            fail("unterminated string");
        ++m_position;
        return out;
    }

    std::string m_text;
    size_t m_position = 0;
    bool m_failed = false;
};

// The repository root: TAIPAN_SOURCE_DIR, or three levels above this file, whose path
// CMake passes to the compiler in full.
std::string repository()
{
    if (char const* root = std::getenv("TAIPAN_SOURCE_DIR"))
        return root;
#ifdef TAIPAN_TEST_SOURCE_DIR
    // __FILE__ is relative when ccache rewrites paths (CCACHE_BASEDIR).
    return TAIPAN_TEST_SOURCE_DIR;
#endif
    std::string path = __FILE__;
    for (int level = 0; level < 3; ++level)
        path = path.substr(0, path.rfind('/'));
    return path;
}

std::string read_file(std::string const& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream contents;
    contents << file.rdbuf();
    return contents.str();
}

Json read_json(std::string const& path)
{
    std::string text = read_file(path);
    EXPECT_FALSE(text.empty()) << "cannot read " << path;
    JsonReader reader(text);
    Json value = reader.read();
    EXPECT_FALSE(reader.failed()) << "malformed JSON in " << path;
    return value;
}

int position(Json const& value)
{
    if (value.type != Json::Type::Number)
        return 0;
    if (value.number > INT_MAX)
        return INT_MAX;
    if (value.number < INT_MIN)
        return INT_MIN;
    return static_cast<int>(value.number);
}

SyntaxErrorKind kind_named(std::string const& name)
{
    for (auto kind :
        {SyntaxErrorKind::SyntaxError, SyntaxErrorKind::IndentationError, SyntaxErrorKind::TabError,
            SyntaxErrorKind::ValueError, SyntaxErrorKind::MemoryError, SyntaxErrorKind::RecursionError}) {
        if (name == syntax_error_kind_name(kind))
            return kind;
    }
    ADD_FAILURE() << "unknown exception class " << name;
    return SyntaxErrorKind::SyntaxError;
}

// The error as the front end would describe it, from a recorded CPython exception.
SyntaxError error_from(Json const& recorded)
{
    SyntaxError error;
    error.kind = kind_named(recorded["class"].string);
    error.message = recorded["msg"].string;
    error.lineno = position(recorded["lineno"]);
    error.offset = position(recorded["offset"]);
    error.end_lineno = position(recorded["end_lineno"]);
    error.end_offset = position(recorded["end_offset"]);
    error.has_text = recorded["text"].type == Json::Type::String;
    error.text = recorded["text"].string;
    return error;
}

TEST(SyntaxErrorTest, KindNames)
{
    EXPECT_STREQ(syntax_error_kind_name(SyntaxErrorKind::SyntaxError), "SyntaxError");
    EXPECT_STREQ(syntax_error_kind_name(SyntaxErrorKind::IndentationError), "IndentationError");
    EXPECT_STREQ(syntax_error_kind_name(SyntaxErrorKind::TabError), "TabError");
    EXPECT_STREQ(syntax_error_kind_name(SyntaxErrorKind::ValueError), "ValueError");
    EXPECT_STREQ(syntax_error_kind_name(SyntaxErrorKind::MemoryError), "MemoryError");
    EXPECT_STREQ(syntax_error_kind_name(SyntaxErrorKind::RecursionError), "RecursionError");
}

TEST(SyntaxErrorTest, ReportOfUnclosedBracket)
{
    // Recorded: `python3.11 x.py` on "foo(\n" (path made relative).
    SyntaxError error;
    error.message = "'(' was never closed";
    error.lineno = 1;
    error.offset = 4;
    error.end_lineno = 1;
    error.end_offset = 5;
    error.text = "foo(\n";
    error.has_text = true;
    EXPECT_EQ(format_syntax_error(error, "x.py"),
        "  File \"x.py\", line 1\n    foo(\n       ^\nSyntaxError: '(' was never closed\n");
}

// Every snippet of the corpus: the exception the script run raised, formatted, must be
// its .err byte for byte.
TEST(SyntaxErrorTest, CorpusReports)
{
    std::string directory = repository() + "/tests/errors/syntax";
    Json manifest = read_json(directory + "/manifest.json");
    ASSERT_EQ(manifest.type, Json::Type::Object);
    ASSERT_GE(manifest.object.size(), 400u);
    size_t identical = 0;
    for (auto const& [name, entry] : manifest.object) {
        std::string expected = read_file(directory + "/" + name.substr(0, name.size() - 3) + ".err");
        std::string actual = format_syntax_error(error_from(entry["run"]), name);
        if (actual == expected)
            ++identical;
        else
            ADD_FAILURE() << name << "\n--- expected\n" << expected << "--- formatted\n" << actual;
    }
    EXPECT_EQ(identical, manifest.object.size());
}

// Positions no snippet produces, printed by CPython's own printer.
TEST(SyntaxErrorTest, FormatCases)
{
    Json cases = read_json(repository() + "/tests/errors/format_cases.json");
    ASSERT_EQ(cases.type, Json::Type::Array);
    ASSERT_FALSE(cases.array.empty());
    for (Json const& recorded : cases.array) {
        SyntaxError error = error_from(recorded);
        EXPECT_EQ(format_syntax_error(error, recorded["filename"].string), recorded["stderr"].string)
            << "offset " << error.offset << ", end " << error.end_lineno << ":" << error.end_offset
            << ", text '" << error.text << "'";
    }
}

} // namespace
