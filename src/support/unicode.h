// Unicode character properties the front end needs, from tables generated at build time
// out of the system Python's unicodedata (Unicode 14.0, as CPython 3.11): identifier
// characters (PEP 3131), NFKC normalisation of identifiers, \N{...} names, and
// "printable" for repr().
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace taipan::unicode {

bool is_xid_start(char32_t);
bool is_xid_continue(char32_t);

// str.isprintable() for one character: false for categories Cc, Cf, Cs, Co, Cn, Zl,
// Zp and Zs other than U+0020.
bool is_printable(char32_t);

// NFKC normal form of a UTF-8 string (identifiers are normalised with it).
std::string nfkc(std::string_view utf8);

// The character for a \N{name} escape: official names, name aliases, Hangul syllables
// and CJK unified ideographs, matched case-insensitively as unicodedata.lookup does
// (named sequences are not accepted, as in CPython's \N{...}).
std::optional<char32_t> lookup_name(std::string_view name);

} // namespace taipan::unicode
