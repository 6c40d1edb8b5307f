// Unit tests for the exception printing text (marker lines, SyntaxError carets, "Did
// you mean" choices) against cases recorded from CPython 3.11 at build time by
// tools/generate_exception_test_data.py, and for the exception classes' C++ entry
// points (the class tree, new_exception, OSError's errno mapping, groups).
#include "objects/exception_print.h"

#include "objects/abstract.h"
#include "objects/exception.h"
#include "objects/exception_types.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace taipan {
namespace {

    std::string from_hex(std::string const& hex)
    {
        if (hex == "=")
            return {};
        std::string text;
        for (size_t index = 0; index + 1 < hex.size(); index += 2)
            text.push_back(char(std::stoi(hex.substr(index, 2), nullptr, 16)));
        return text;
    }

    std::vector<std::vector<std::string>> read_rows(char const* name)
    {
        std::ifstream file(std::string(TAIPAN_EXCEPTION_TEST_DATA) + "/" + name);
        EXPECT_TRUE(file.good()) << name;
        std::vector<std::vector<std::string>> rows;
        std::string line;
        while (std::getline(file, line)) {
            std::istringstream fields(line);
            std::vector<std::string> row;
            std::string field;
            while (fields >> field)
                row.push_back(field);
            rows.push_back(std::move(row));
        }
        return rows;
    }

    int64_t optional_number(std::string const& text)
    {
        return text == "N" ? -1 : std::stoll(text);
    }

    TEST(ExceptionPrint, MarkerLinesMatchCPython)
    {
        auto rows = read_rows("markers.txt");
        ASSERT_GT(rows.size(), 50u);
        for (auto const& row : rows) {
            ASSERT_EQ(row.size(), 6u);
            std::string line = from_hex(row[0]);
            SourcePosition position {
                std::stoi(row[1]), std::stoi(row[2]), std::stoi(row[3]), std::stoi(row[4])};
            std::optional<std::string> markers = traceback_marker_line(line, position);
            if (row[5] == "-")
                EXPECT_FALSE(markers) << line << " -> '" << markers.value_or("") << "'";
            else
                EXPECT_EQ(markers.value_or("<none>"), from_hex(row[5])) << line;
        }
    }

    TEST(ExceptionPrint, SyntaxErrorTextMatchesCPython)
    {
        auto rows = read_rows("syntax_text.txt");
        ASSERT_GT(rows.size(), 500u);
        for (auto const& row : rows) {
            ASSERT_EQ(row.size(), 6u);
            std::string text = from_hex(row[0]);
            int64_t lineno = std::stoll(row[1]);
            int64_t end_lineno = row[3] == "N" ? lineno : std::stoll(row[3]);
            std::string printed = syntax_error_text(
                text, lineno, optional_number(row[2]), end_lineno, optional_number(row[4]));
            EXPECT_EQ(printed, from_hex(row[5]))
                << "text '" << text << "' offset " << row[2] << " end " << row[3] << "," << row[4];
        }
    }

    TEST(ExceptionPrint, SuggestionsMatchCPython)
    {
        auto rows = read_rows("suggestions.txt");
        ASSERT_GT(rows.size(), 100u);
        for (auto const& row : rows) {
            ASSERT_GE(row.size(), 2u);
            std::string name = from_hex(row[0]);
            std::vector<std::string> candidates;
            for (size_t index = 2; index < row.size(); ++index)
                candidates.push_back(from_hex(row[index]));
            std::optional<std::string> found = closest_name(name, candidates);
            if (row[1] == "-")
                EXPECT_FALSE(found) << name << " -> " << found.value_or("");
            else
                EXPECT_EQ(found.value_or("<none>"), from_hex(row[1])) << name;
        }
    }

    TEST(ExceptionPrint, CharacterOffsetsCountUtf8Characters)
    {
        EXPECT_EQ(character_offset("abc", 2), 2);
        EXPECT_EQ(character_offset("\xC3\xA9t\xC3\xA9", 3), 2);
        EXPECT_EQ(character_offset("\xC3\xA9t\xC3\xA9", 100), 3);
        // A cut sequence counts as one replacement character, as CPython decodes it.
        EXPECT_EQ(character_offset("\xE2\x82\xAC", 2), 1);
    }

    // --- the classes, with a running Vm ---

    class ExceptionClasses : public ::testing::Test {
    protected:
        Vm vm;
    };

    TEST_F(ExceptionClasses, HierarchyFollowsExceptionsDef)
    {
        Type& key_error = exception_type(ExceptionKind::KeyError);
        EXPECT_EQ(key_error.name, "KeyError");
        EXPECT_TRUE(key_error.has_flag(TypeExceptionSubclass));
        EXPECT_TRUE(is_subtype(&key_error, &exception_type(ExceptionKind::LookupError)));
        EXPECT_TRUE(is_subtype(&key_error, &exception_type(ExceptionKind::BaseException)));
        EXPECT_FALSE(is_subtype(
            &exception_type(ExceptionKind::SystemExit), &exception_type(ExceptionKind::Exception)));
        EXPECT_TRUE(is_exception_class(Value(&key_error)));
        // ExceptionGroup has two bases, as CPython makes it.
        Type& group = exception_type(ExceptionKind::ExceptionGroup);
        EXPECT_EQ(group.mro->size, 5);
        EXPECT_TRUE(is_subtype(&group, &exception_type(ExceptionKind::Exception)));
    }

    TEST_F(ExceptionClasses, NewExceptionSetsArgsAndStr)
    {
        Ref<Str> message = MUST(new_str(vm, "boom"));
        Value argument = message.value();
        Ref<> error = MUST(new_exception(vm, exception_type(ExceptionKind::ValueError), {&argument, 1}));
        EXPECT_TRUE(is_exception_instance(error));
        EXPECT_EQ(as_exception(error).args->size, 1);
        EXPECT_EQ(MUST(str_utf8(vm, error)), "boom");
        EXPECT_EQ(MUST(repr_utf8(vm, error)), "ValueError('boom')");
        Ref<> key_error = MUST(new_exception(vm, exception_type(ExceptionKind::KeyError), {&argument, 1}));
        EXPECT_EQ(MUST(str_utf8(vm, key_error)), "'boom'");
    }

    TEST_F(ExceptionClasses, OSErrorPicksTheErrnoSubclass)
    {
        Ref<Str> text = MUST(new_str(vm, "No such file or directory"));
        Ref<Str> filename = MUST(new_str(vm, "f"));
        Value arguments[] = {new_int(2), text.value(), filename.value()};
        Ref<> error = MUST(new_exception(vm, exception_type(ExceptionKind::OSError), arguments));
        EXPECT_EQ(error.value().type(), &exception_type(ExceptionKind::FileNotFoundError));
        EXPECT_EQ(MUST(str_utf8(vm, error)), "[Errno 2] No such file or directory: 'f'");
        EXPECT_EQ(as_exception(error).args->size, 2);
    }

    TEST_F(ExceptionClasses, GroupsSplitByType)
    {
        Ref<> value_error = MUST(new_exception(vm, exception_type(ExceptionKind::ValueError), {}));
        Ref<> type_error = MUST(new_exception(vm, exception_type(ExceptionKind::TypeError), {}));
        Value members[] = {value_error.value(), type_error.value()};
        Ref<List> list = MUST(new_list(vm, members));
        Ref<Str> message = MUST(new_str(vm, "group"));
        Value arguments[] = {message.value(), list.value()};
        Ref<> group = MUST(new_exception(vm, exception_type(ExceptionKind::BaseExceptionGroup), arguments));
        // Only Exceptions inside: BaseExceptionGroup(...) makes an ExceptionGroup.
        EXPECT_EQ(group.value().type(), &exception_type(ExceptionKind::ExceptionGroup));
        EXPECT_EQ(MUST(str_utf8(vm, group)), "group (2 sub-exceptions)");
        auto [match, rest]
            = MUST(exception_group_split(vm, group, Value(&exception_type(ExceptionKind::ValueError))));
        EXPECT_EQ(MUST(repr_utf8(vm, match)), "ExceptionGroup('group', [ValueError()])");
        EXPECT_EQ(MUST(repr_utf8(vm, rest)), "ExceptionGroup('group', [TypeError()])");
    }

    TEST_F(ExceptionClasses, PrintsAnExceptionWithoutTraceback)
    {
        Ref<Str> message = MUST(new_str(vm, "bad"));
        Value argument = message.value();
        Ref<> error = MUST(new_exception(vm, exception_type(ExceptionKind::RuntimeError), {&argument, 1}));
        std::string out;
        MUST(print_exception(vm, error, out));
        EXPECT_EQ(out, "RuntimeError: bad\n");
    }

} // namespace
} // namespace taipan
