// repr() of the values a front end handles, exactly as CPython formats them: str,
// bytes, float (shortest round trip) and complex. Shared with the runtime later.
#pragma once

#include <string>
#include <string_view>

namespace taipan {

// `text` is generalized UTF-8 (see utf8.h).
std::string python_str_repr(std::string_view text);
std::string python_bytes_repr(std::string_view bytes);
std::string python_float_repr(double);
// repr(complex(real, imag)), e.g. "1j", "(1+2j)", "(-0-1j)".
std::string python_complex_repr(double real, double imag);

// The same, appended to `out` (no temporary string), for dumps that build one big text.
void append_python_str_repr(std::string& out, std::string_view text);
void append_python_bytes_repr(std::string& out, std::string_view bytes);
void append_python_float_repr(std::string& out, double);
void append_python_complex_repr(std::string& out, double real, double imag);

} // namespace taipan
