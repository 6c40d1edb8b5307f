// A token: its kind, its text (a view into the source) and its position as CPython's
// tokenizer reports it (1-based lines, 0-based columns in UTF-8 bytes).
#pragma once

#include <cstdint>
#include <string_view>

namespace taipan {

enum class TokenKind : uint8_t {
#define TAIPAN_TOKEN(name, cpython_name, spelling) name,
#define TAIPAN_KEYWORD(name, spelling) Keyword##name,
#include "token_kinds.def"
};

// CPython's token name ("NAME", "LPAR", ...; keywords are "NAME").
char const* token_kind_cpython_name(TokenKind);
// The operator or keyword text ("(", "if"), or "" for tokens without fixed text.
char const* token_kind_spelling(TokenKind);
bool is_keyword(TokenKind);

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    // The token's text as written: a view into the lexer's source. For INDENT, DEDENT
    // and ENDMARKER it is empty; for NEWLINE it is the newline ("" at end of file).
    std::string_view text;
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

} // namespace taipan
