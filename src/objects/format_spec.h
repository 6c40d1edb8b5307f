// The format-spec mini-language of format(), str.format and f-strings, and the pieces of
// printf-style `%` formatting, as pure functions over C++ values: the object model calls
// them with a double, an integer's digits or a string's UTF-8 text. Every result and
// error message is CPython 3.11's; output is appended to a caller's std::string.
#pragma once

#include "support/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace taipan {

// The Python exception a formatting function raises, with CPython's exact message.
struct FormatError {
    enum class Kind { ValueError, TypeError, OverflowError } kind;
    std::string message;
};

template<typename T>
using FormatResult = Result<T, FormatError>;

// A parsed `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
struct FormatSpec {
    char32_t fill = ' ';
    char align = 0; // '<', '>', '^', '=' or 0 (the type's default)
    char sign = 0; // '+', '-', ' ' or 0
    bool no_negative_zero = false; // 'z'
    bool alternate = false; // '#'
    char grouping = 0; // ',', '_' or 0
    int64_t width = -1; // -1: none
    int64_t precision = -1; // -1: none
    char32_t type = 0; // the presentation type, or 0 when the spec has none
};

// Parses `spec` with CPython's validation. `type_name` is the object's type name for the
// messages ("Invalid format specifier '...' for object of type 'float'"); `default_type`
// is the presentation type an empty type means for the grouping checks ('s' for str,
// 'd' for int, 0 for float).
FormatResult<FormatSpec> parse_format_spec(
    std::string_view spec, std::string_view type_name, char32_t default_type);

// format(float, spec). `type_name` is "float" or a subclass's name.
FormatResult<void> format_double(
    std::string& out, double value, std::string_view spec, std::string_view type_name = "float");
FormatResult<void> format_double(
    std::string& out, double value, FormatSpec const& spec, std::string_view type_name = "float");

// An integer of any size as format_int sees it: a sign, its magnitude's digits in a base,
// and its value as a double for the float presentation types.
class IntegerDigits {
public:
    virtual bool is_negative() const = 0;
    // Appends |value| in base 2, 8, 10 or 16 (lowercase, no prefix, "0" for zero).
    virtual void append_magnitude(std::string& out, int base) const = 0;
    // float(value); OverflowError "int too large to convert to float" when out of range.
    virtual FormatResult<double> to_double() const = 0;

protected:
    ~IntegerDigits() = default;
};

// format(int, spec). `type_name` is "int", "bool" or a subclass's name.
FormatResult<void> format_int(
    std::string& out, IntegerDigits const& value, std::string_view spec, std::string_view type_name = "int");
FormatResult<void> format_int(
    std::string& out, int64_t value, std::string_view spec, std::string_view type_name = "int");

// format(str, spec): `text` is generalized UTF-8; width and precision count code points.
FormatResult<void> format_str(
    std::string& out, std::string_view text, std::string_view spec, std::string_view type_name = "str");

// One printf-style conversion, `%[flags][width][.precision]type`, after the caller has
// resolved `*` widths, mapping keys and the argument's conversion.
struct PercentSpec {
    bool left = false; // '-'
    bool plus = false; // '+'
    bool space = false; // ' '
    bool alternate = false; // '#'
    bool zero = false; // '0'
    int64_t width = -1;
    int64_t precision = -1;
    char type = 's';
};

// %e %E %f %F %g %G of a float.
FormatResult<void> percent_format_double(std::string& out, double value, PercentSpec const& spec);
// %d %i %u %o %x %X of an integer.
void percent_format_int(std::string& out, IntegerDigits const& value, PercentSpec const& spec);
void percent_format_int(std::string& out, int64_t value, PercentSpec const& spec);
// %s %r %a %c once the argument is text (str(), repr(), ascii() or the character):
// precision truncates to that many code points, width pads with spaces.
void percent_format_text(std::string& out, std::string_view text, PercentSpec const& spec);

} // namespace taipan
