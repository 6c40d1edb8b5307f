// Helpers shared by source decoding and the lexer: UTF-8 checking and "replace"
// decoding with the exact semantics of CPython's UTF-8 codec (its error ranges and
// reasons appear in SyntaxError messages and its replacement characters in
// SyntaxError.text), and the PEP 263 coding declaration search.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace taipan::source_text {

// The first malformed sequence in UTF-8 bytes, as CPython's strict decoder reports it:
// bytes [start, end) and the reason ("invalid start byte", "invalid continuation
// byte" or "unexpected end of data").
struct Utf8Error {
    size_t start;
    size_t end;
    char const* reason;
};

// Checks bytes[from...] as strict UTF-8 (no surrogates, no overlong forms).
std::optional<Utf8Error> find_utf8_error(std::string_view bytes, size_t from = 0);

// "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", the text of
// the UnicodeDecodeError for `error` (positions relative to the start of `bytes`).
std::string utf8_error_message(std::string_view bytes, Utf8Error const& error);

// bytes decoded as UTF-8 with errors="replace": each malformed sequence becomes U+FFFD.
std::string decode_utf8_replace(std::string_view bytes);

// The number of characters decode_utf8_replace(bytes) would produce.
size_t count_characters_replace(std::string_view bytes);

// The PEP 263 declaration in `line` (a comment that is the only thing on the line,
// containing "coding:" or "coding=" followed by a name), normalised as CPython
// normalises it ("utf-8" for utf-8/utf_8/UTF-8-..., "iso-8859-1" for latin-1 and
// iso-8859-1/iso-latin-1 variants, otherwise the name as written).
std::optional<std::string> coding_spec_of_line(std::string_view line);

// Whether `line` holds only whitespace and possibly a comment: only then is the
// second line also searched for a coding declaration.
bool is_blank_or_comment_line(std::string_view line);

// The declaration on line 1, or on line 2 when line 1 is blank or a comment.
std::optional<std::string> find_coding_spec(std::string_view text);

} // namespace taipan::source_text
