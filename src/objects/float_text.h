// Text conversions of Python floats outside the format-spec mini-language: repr/str,
// float(str), float.hex(), float.fromhex() and round(x, ndigits), with CPython 3.11's
// rules and error messages.
#pragma once

#include "objects/format_spec.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace taipan {

// repr(x) and str(x), which are the same for floats since Python 3.2.
void append_float_repr(std::string& out, double value);

// float(text) for a str argument (generalized UTF-8): surrounding whitespace, a sign,
// "inf"/"infinity"/"nan" in any case, or a decimal literal with single underscores
// between digits. ValueError "could not convert string to float: <repr(text)>".
// Non-ASCII decimal digits are not accepted yet.
FormatResult<double> parse_float(std::string_view text);

// float.hex(x): "0x1.8000000000000p+0", "-0x0.0p+0", "inf", "nan".
void append_float_hex(std::string& out, double value);

// float.fromhex(text), correctly rounded (half to even).
FormatResult<double> float_from_hex(std::string_view text);

// round(x, ndigits) for a float: correctly rounded, half to even on the exact value.
// OverflowError "rounded value too large to represent" when the result is not finite.
FormatResult<double> round_double(double value, int64_t ndigits);

} // namespace taipan
