// Tests for number formatting and float text: every case is recorded from CPython 3.11
// at build time by tools/generate_format_test_data.py.
#include "objects/float_text.h"
#include "objects/format_spec.h"

#include <gmp.h>
#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

using namespace taipan;

namespace {

std::string unescape(std::string const& text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        char next = text[++i];
        if (next == 't') {
            out += '\t';
        } else if (next == 'n') {
            out += '\n';
        } else if (next == 'x') {
            out += char(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += next;
        }
    }
    return out;
}

// The data file's rows, fields split at tabs and unescaped.
std::vector<std::vector<std::string>> read_rows(char const* name)
{
    std::string path = std::string(TAIPAN_FORMAT_TEST_DATA) + "/" + name;
    std::ifstream file(path, std::ios::binary);
    EXPECT_TRUE(file) << "missing " << path;
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(file, line);) {
        std::vector<std::string> fields;
        size_t start = 0;
        for (;;) {
            size_t end = line.find('\t', start);
            fields.push_back(unescape(line.substr(start, end - start)));
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
        rows.push_back(std::move(fields));
    }
    EXPECT_GT(rows.size(), 0u) << path;
    return rows;
}

double double_from_bits(std::string const& hex)
{
    return std::bit_cast<double>(uint64_t(std::stoull(hex, nullptr, 16)));
}

std::string double_bits(double value)
{
    char buffer[17];
    snprintf(
        buffer, sizeof buffer, "%016llX", static_cast<unsigned long long>(std::bit_cast<uint64_t>(value)));
    return buffer;
}

char const* kind_name(FormatError::Kind kind)
{
    switch (kind) {
    case FormatError::Kind::ValueError:
        return "ValueError";
    case FormatError::Kind::TypeError:
        return "TypeError";
    case FormatError::Kind::OverflowError:
        return "OverflowError";
    }
    return "?";
}

// The text a result is compared with: the output, or "!Kind: message".
std::string outcome(FormatResult<void> result, std::string const& out)
{
    if (result.is_error())
        return std::string("!") + kind_name(result.error().kind) + ": " + result.error().message;
    return out;
}

// An arbitrary integer from its decimal text, through GMP.
class BigDigits final : public IntegerDigits {
public:
    explicit BigDigits(std::string const& decimal)
        : m_decimal(decimal)
    {
        mpz_init_set_str(m_value, decimal.c_str(), 10);
    }
    ~BigDigits() { mpz_clear(m_value); }
    bool is_negative() const override { return mpz_sgn(m_value) < 0; }
    void append_magnitude(std::string& out, int base) const override
    {
        mpz_t magnitude;
        mpz_init(magnitude);
        mpz_abs(magnitude, m_value);
        std::string text(mpz_sizeinbase(magnitude, base) + 2, '\0');
        mpz_get_str(text.data(), base, magnitude);
        out += text.c_str();
        mpz_clear(magnitude);
    }
    FormatResult<double> to_double() const override
    {
        // from_chars rounds the decimal text correctly, as int.__float__ does.
        double value = 0;
        auto result = std::from_chars(m_decimal.data(), m_decimal.data() + m_decimal.size(), value);
        if (result.ec == std::errc::result_out_of_range || std::isinf(value))
            return Failure {
                FormatError {FormatError::Kind::OverflowError, "int too large to convert to float"}};
        return value;
    }

private:
    std::string m_decimal;
    mpz_t m_value;
};

// "%-+08.3f" -> PercentSpec.
PercentSpec parse_directive(std::string const& directive)
{
    PercentSpec spec;
    size_t i = 1;
    for (; i < directive.size(); ++i) {
        char c = directive[i];
        if (c == '-')
            spec.left = true;
        else if (c == '+')
            spec.plus = true;
        else if (c == ' ')
            spec.space = true;
        else if (c == '#')
            spec.alternate = true;
        else if (c == '0')
            spec.zero = true;
        else
            break;
    }
    if (std::isdigit(static_cast<unsigned char>(directive[i]))) {
        spec.width = 0;
        while (std::isdigit(static_cast<unsigned char>(directive[i])))
            spec.width = spec.width * 10 + (directive[i++] - '0');
    }
    if (directive[i] == '.') {
        ++i;
        spec.precision = 0;
        while (std::isdigit(static_cast<unsigned char>(directive[i])))
            spec.precision = spec.precision * 10 + (directive[i++] - '0');
    }
    spec.type = directive[i];
    return spec;
}

// Runs a table and reports the first few mismatches with their inputs.
template<typename Check>
void check_rows(char const* name, Check check)
{
    size_t failures = 0;
    auto rows = read_rows(name);
    for (auto const& row : rows) {
        ASSERT_GE(row.size(), 3u);
        std::string actual = check(row);
        if (actual != row[2]) {
            if (++failures <= 20)
                ADD_FAILURE() << name << ": " << row[0] << " | " << row[1] << "\n  expected: " << row[2]
                              << "\n  actual:   " << actual;
        }
    }
    EXPECT_EQ(failures, 0u) << "of " << rows.size() << " cases in " << name;
}

} // namespace

TEST(FormatSpec, Float)
{
    check_rows("format_float.txt", [](auto const& row) {
        std::string out;
        auto result = format_double(out, double_from_bits(row[0]), row[1]);
        return outcome(std::move(result), out);
    });
}

TEST(FormatSpec, Int)
{
    check_rows("format_int.txt", [](auto const& row) {
        std::string out;
        auto result = format_int(out, BigDigits(row[0]), row[1]);
        return outcome(std::move(result), out);
    });
}

TEST(FormatSpec, Int64MatchesBigInt)
{
    for (auto const& row : read_rows("format_int.txt")) {
        long long value;
        auto [end, error] = std::from_chars(row[0].data(), row[0].data() + row[0].size(), value);
        if (error != std::errc() || end != row[0].data() + row[0].size())
            continue;
        std::string out;
        auto result = format_int(out, int64_t(value), row[1]);
        EXPECT_EQ(outcome(std::move(result), out), row[2]) << row[0] << " | " << row[1];
    }
}

TEST(FormatSpec, Str)
{
    check_rows("format_str.txt", [](auto const& row) {
        std::string out;
        auto result = format_str(out, row[0], row[1]);
        return outcome(std::move(result), out);
    });
}

TEST(FormatSpec, TypeNameInMessages)
{
    std::string out;
    auto result = format_int(out, 5, "s", "bool");
    ASSERT_TRUE(result.is_error());
    EXPECT_EQ(result.error().message, "Unknown format code 's' for object of type 'bool'");
}

TEST(FormatSpec, AppendsToExistingText)
{
    std::string out = "x=";
    ASSERT_FALSE(format_double(out, 2.5, ">6.2f").is_error());
    EXPECT_EQ(out, "x=  2.50");
}

TEST(PercentFormat, Float)
{
    check_rows("percent_float.txt", [](auto const& row) {
        std::string out;
        auto result = percent_format_double(out, double_from_bits(row[1]), parse_directive(row[0]));
        return outcome(std::move(result), out);
    });
}

TEST(PercentFormat, Int)
{
    check_rows("percent_int.txt", [](auto const& row) {
        std::string out;
        percent_format_int(out, BigDigits(row[1]), parse_directive(row[0]));
        return out;
    });
}

TEST(PercentFormat, Text)
{
    check_rows("percent_str.txt", [](auto const& row) {
        std::string out;
        percent_format_text(out, row[1], parse_directive(row[0]));
        return out;
    });
}

namespace {

std::string outcome_bits(FormatResult<double> result)
{
    if (result.is_error())
        return std::string("!") + kind_name(result.error().kind) + ": " + result.error().message;
    return double_bits(result.value());
}

} // namespace

// Non-ASCII decimal digits ("\u0661") are not accepted yet; those rows are skipped.
TEST(FloatText, Parse)
{
    size_t failures = 0, skipped = 0;
    auto rows = read_rows("float_parse.txt");
    for (auto const& row : rows) {
        if (row[0].find("\xd9\xa1") != std::string::npos) {
            ++skipped;
            continue;
        }
        std::string actual = outcome_bits(parse_float(row[0]));
        if (actual != row[1] && ++failures <= 20)
            ADD_FAILURE() << "float(" << row[0] << ")\n  expected: " << row[1] << "\n  actual:   " << actual;
    }
    EXPECT_EQ(failures, 0u) << "of " << rows.size() << " cases";
    EXPECT_LT(skipped, rows.size() / 4);
}

TEST(FloatText, Hex)
{
    for (auto const& row : read_rows("float_hex.txt")) {
        std::string out;
        append_float_hex(out, double_from_bits(row[0]));
        EXPECT_EQ(out, row[1]) << row[0];
    }
}

TEST(FloatText, FromHex)
{
    size_t failures = 0;
    for (auto const& row : read_rows("float_fromhex.txt")) {
        std::string actual = outcome_bits(float_from_hex(row[0]));
        if (actual != row[1] && ++failures <= 20)
            ADD_FAILURE() << "fromhex(" << row[0] << ")\n  expected: " << row[1]
                          << "\n  actual:   " << actual;
    }
    EXPECT_EQ(failures, 0u);
}

TEST(FloatText, Round)
{
    size_t failures = 0;
    for (auto const& row : read_rows("float_round.txt")) {
        std::string actual = outcome_bits(round_double(double_from_bits(row[0]), std::stoll(row[1])));
        if (actual != row[2] && ++failures <= 20)
            ADD_FAILURE() << "round(" << row[0] << ", " << row[1] << ")\n  expected: " << row[2]
                          << "\n  actual:   " << actual;
    }
    EXPECT_EQ(failures, 0u);
}
