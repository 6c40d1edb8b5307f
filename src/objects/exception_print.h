// The text-only parts of printing an exception (exception_print.cpp), separated from
// the object walking so unit tests can check them against CPython without a Vm: the
// ~~~^^^ marker line under a traceback's source line, the SyntaxError text and caret
// lines, and the "Did you mean" suggestion search.
#pragma once

#include "bytecode/code_unit.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace taipan {

// CPython's _byte_offset_to_character_offset: the number of characters in the first
// `offset` bytes of the UTF-8 `line` (clamped to its length).
int64_t character_offset(std::string_view line, int64_t byte_offset);

// The marker line CPython 3.11 prints under the source line `line` (UTF-8, no newline,
// indentation included) of a traceback entry whose instruction spans `position`:
// "~~^~~" for a binary operator, "~^^^" for a subscript, "^^^^" otherwise. Returns the
// markers starting at the first column after the line's indentation (the caller puts
// the margin and the four-space indent first), or nothing when CPython prints no marker
// line (no columns, or a marker that would cover the whole line).
std::optional<std::string> traceback_marker_line(std::string_view line, SourcePosition position);

// The lines CPython prints for a SyntaxError's `text` (UTF-8) with 1-based `offset`
// and `end_offset` (-1 when None) on lines `lineno`..`end_lineno`: the source text
// line(s) and, when the offset points into the text, the caret line. Each line ends
// with "\n"; no margin.
std::string syntax_error_text(
    std::string_view text, int64_t lineno, int64_t offset, int64_t end_lineno, int64_t end_offset);

// The closest name to `name` among `candidates` for "Did you mean: 'x'?" (CPython's
// Levenshtein distance with case-insensitive matches cheaper), or nothing.
std::optional<std::string> closest_name(std::string_view name, std::span<std::string const> candidates);

} // namespace taipan
