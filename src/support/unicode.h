// Unicode character properties, from tables generated at build time out of the system
// Python's unicodedata and str methods (Unicode 14.0, as CPython 3.11): identifier
// characters (PEP 3131), NFKC normalisation of identifiers, \N{...} names, "printable"
// for repr(), and the predicates and full case mappings behind str's methods.
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

// The predicates behind str.isalpha(), isdecimal(), isdigit(), isnumeric(), isspace()
// for one character.
bool is_alpha(char32_t);
bool is_decimal(char32_t);
bool is_digit(char32_t);
bool is_numeric(char32_t);
bool is_space(char32_t);
// The Lowercase and Uppercase properties and the title-case category (Lt), as
// str.islower/isupper/istitle combine them.
bool is_lower(char32_t);
bool is_upper(char32_t);
bool is_title(char32_t);
// "Cased" and "Case_Ignorable" (str.title and the final-sigma rule of str.lower).
bool is_cased(char32_t);
bool is_case_ignorable(char32_t);
// A line boundary for str.splitlines (\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028/2029).
bool is_linebreak(char32_t);
// The decimal digit value (0-9) of a character with isdecimal(), or -1.
int decimal_value(char32_t);

// Full case mappings (special casing included): write one to three code points into
// `out` and return how many. Lower-casing here has no context: the final-sigma rule is
// the caller's.
int to_lower_full(char32_t, char32_t out[3]);
int to_upper_full(char32_t, char32_t out[3]);
int to_title_full(char32_t, char32_t out[3]);
int to_fold_full(char32_t, char32_t out[3]);

// NFKC normal form of a UTF-8 string (identifiers are normalised with it).
std::string nfkc(std::string_view utf8);

// The character for a \N{name} escape: official names, name aliases, Hangul syllables
// and CJK unified ideographs, matched case-insensitively as unicodedata.lookup does
// (named sequences are not accepted, as in CPython's \N{...}).
std::optional<char32_t> lookup_name(std::string_view name);

} // namespace taipan::unicode
