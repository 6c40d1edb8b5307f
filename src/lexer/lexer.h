// The lexer: Python 3.11 source text to tokens, exactly as CPython's tokenizer splits
// and positions them, with its errors (IndentationError, TabError, unterminated
// strings, invalid characters...). Tokens are produced on demand so that, as in
// CPython, a syntax error found earlier by the parser wins over a later lexical error.
#pragma once

#include "lexer/token.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace taipan {

// Turns the bytes of a source file into the UTF-8 text the lexer reads: strips a UTF-8
// BOM, honours a PEP 263 coding declaration on line 1 or 2 (utf-8, latin-1 and its
// aliases, ascii...), checks the UTF-8, and translates \r\n and \r newlines to \n.
// Errors are CPython's, e.g. "encoding problem: foo" or
// "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
Result<std::string, SyntaxError> decode_source(std::string_view bytes);

class Lexer {
public:
    // `text` must outlive the lexer and every token it returns.
    explicit Lexer(std::string_view text);

    // The next token. After EndMarker, EndMarker again.
    Result<Token, SyntaxError> next_token();

    // Line `lineno` (1-based) of the source, with its newline if it has one.
    std::string_view line_text(int lineno) const;

    struct OpenBracket {
        char bracket; // '(', '[' or '{'
        int lineno;
        int col_offset;
    };
    // Brackets opened and not yet closed, innermost last.
    std::span<OpenBracket const> open_brackets() const;

    std::string_view text() const { return m_text; }

private:
    std::string_view m_text;
    std::vector<OpenBracket> m_open_brackets;
    // The lexer's remaining state is private to lexer.cpp.
};

} // namespace taipan
