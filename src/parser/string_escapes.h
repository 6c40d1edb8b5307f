// Backslash escapes in str and bytes literals, decoded as CPython 3.11 decodes them
// (its 'unicodeescape' codec for str, its bytes escape decoder for bytes), with the
// same SyntaxError messages, including the error positions CPython reports.
#pragma once

#include "support/result.h"

#include <string>
#include <string_view>

namespace taipan {

struct EscapeError {
    // The whole SyntaxError message, e.g. "(unicode error) 'unicodeescape' codec can't
    // decode bytes in position 0-1: truncated \xXX escape".
    std::string message;
};

// Decodes the body of a non-raw str literal (the source text between the quotes,
// strict UTF-8) and appends it to `out` as generalized UTF-8. Unknown escapes such as
// "\d" are kept as written (CPython only warns about them).
Result<void, EscapeError> decode_string_escapes(std::string_view body, std::string& out);

// Decodes the body of a non-raw bytes literal (ASCII; the caller has checked) and
// appends the bytes to `out`. \u, \U and \N are not escapes in bytes.
Result<void, EscapeError> decode_bytes_escapes(std::string_view body, std::string& out);

} // namespace taipan
