// The lexer: Python 3.11 source text to tokens, exactly as CPython's tokenizer splits
// and positions them, with its errors (IndentationError, TabError, unterminated
// strings, invalid characters...). Tokens are produced on demand so that, as in
// CPython, a syntax error found earlier by the parser wins over a later lexical error.
#pragma once

#include "lexer/token.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace taipan {

// Turns the bytes of a source file into the UTF-8 text the lexer reads, as CPython 3.11
// reads a file it runs: strips a UTF-8 BOM, honours a PEP 263 coding declaration on
// line 1 or 2 (utf-8, latin-1, ascii, the Windows/DOS/ISO-8859/KOI8 code pages and
// their aliases), checks that undeclared source is UTF-8, and translates \r\n and \r
// newlines to \n. Errors are CPython's: "encoding problem: foo", "encoding problem:
// iso-8859-1 with BOM", or "Non-UTF-8 code starting with '\xff' in file F on line 2,
// but no encoding declared; see https://peps.python.org/pep-0263/ for details", where
// F is `filename` as CPython shows it (the script's path made absolute); these carry no
// position (lineno 0, no text) and CPython prints them without a "File" line.
// Null bytes: CPython's reader drops the rest of the physical line after one (the next
// line continues that line), except in lines read through a codec (any declaration
// other than exactly "utf-8"), which keep them for the lexer to reject.
// Source declared as exactly "utf-8" (or with a BOM) is passed on unchecked, as CPython
// does: the lexer reports bad bytes in identifiers, the string decoder in literals.
Result<std::string, SyntaxError> decode_source(
    std::string_view bytes, std::string_view filename = "<string>");

// A warning CPython's tokenizer emits while lexing (a SyntaxWarning such as "invalid
// decimal literal" for `1if x else y`). With warnings turned into errors, CPython
// raises a SyntaxError with `message` at `error_offset` instead.
struct LexerWarning {
    std::string message;
    int lineno;
    int error_offset;
};

// Positions are those CPython's tokenizer gives its parser:
//  - the text is read as if it ended with a newline (compile() adds a missing one), so
//    the last logical line always ends with a NEWLINE token (with empty text when the
//    newline was missing);
//  - NEWLINE leaves the newline out: it ends where it starts, at the newline, or starts
//    at the comment before the newline when there is one;
//  - INDENT, DEDENT and ENDMARKER have no position in CPython, whose parser then uses
//    the tokenizer's cursor: these tokens carry that cursor, on the line being read
//    (after the indentation; at the end of input, the end of the last line), with empty
//    text and the same start and end;
//  - STRING tokens start on their first line and end on their last.
class Lexer {
public:
    // `text` (decoded source, see decode_source) must outlive the lexer and every token
    // it returns.
    explicit Lexer(std::string_view text);

    // The next token. After EndMarker, EndMarker again; after an error, that error again.
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

    // Warnings emitted so far, in order.
    std::span<LexerWarning const> warnings() const { return m_warnings; }

    // Whether the text declares its encoding (a PEP 263 comment on line 1 or 2). CPython
    // then reports SyntaxError offsets computed from byte columns in characters; without
    // a declaration, compile() of bytes and running a file report them in bytes.
    bool encoding_declared() const { return m_encoding_declared; }

    // After next_token() failed: whether CPython's tokenizer raises that error itself
    // (invalid literals and characters, unterminated strings, unmatched or too deeply
    // nested brackets) rather than leaving it for the parser to report from its state
    // (end of input, unclosed brackets, line continuation, indentation). When CPython's
    // parser has found a syntax error and lexes on to look for a lexical one, only a
    // raised error replaces its own; an unraised one does not, except that when
    // brackets are open and the innermost opened on a line before the parser's error,
    // "'(' was never closed" does.
    bool error_raised_by_tokenizer() const { return m_error_raised; }

private:
    // End of input, as next_char() returns it.
    static constexpr int end_of_input = -1;

    int next_char();
    void backup(int c);
    bool read_line();
    int char_at(size_t position) const;

    Token make_token(TokenKind, size_t start, size_t end) const;
    Token make_cursor_token(TokenKind) const;
    Result<Token, SyntaxError> lex();
    Result<bool, SyntaxError> read_indentation();
    SyntaxError indentation_error(SyntaxErrorKind);
    Result<void, SyntaxError> skip_line_continuation();
    Result<Token, SyntaxError> lex_bracket(size_t start, int c);
    Result<Token, SyntaxError> lex_identifier_or_string(size_t start, int c);
    Result<void, SyntaxError> check_identifier(size_t start);
    Result<Token, SyntaxError> lex_string(size_t start, int quote);
    Result<Token, SyntaxError> lex_number(size_t start, int c);
    Result<Token, SyntaxError> lex_number_tail(size_t start, int c, bool in_fraction);
    Result<int, SyntaxError> lex_decimal_tail();
    Result<int, SyntaxError> lex_radix_digits(int c, bool (*is_radix_digit)(int), char const* kind);
    Result<void, SyntaxError> check_end_of_number(int c, char const* kind);
    bool followed_by_word(std::string_view keyword) const;

    // Errors CPython's tokenizer raises itself: the offset counts characters up to the
    // cursor (or is given), and the text is the line without its newline.
    SyntaxError tokenizer_error(std::string message);
    SyntaxError tokenizer_error_at(std::string message, int offset, int end_offset);
    SyntaxError direct_error(std::string message, int lineno, size_t line_start, size_t cursor);
    SyntaxError invalid_digit_error(int c, char const* kind);
    // Errors CPython's parser raises for the tokenizer (end of input, indentation, line
    // continuation, decoding): a 1-based byte offset, converted to characters only when
    // the encoding is declared; the text keeps its newline on the line being read.
    SyntaxError parser_style_error(
        SyntaxErrorKind, std::string message, int lineno, int byte_offset, int end_offset);
    SyntaxError end_of_input_error();

    std::string_view m_text;
    std::vector<OpenBracket> m_open_brackets;
    std::vector<LexerWarning> m_warnings;
    // The text always ends with a newline as CPython sees it: compile() and the file
    // reader add one when it is missing, so m_end may be m_text.size() + 1.
    size_t m_end = 0;
    // The cursor, and the last line read (CPython reads one line at a time; positions
    // and error texts depend on which lines it has read).
    size_t m_position = 0;
    int m_line_number = 0;
    size_t m_line_start = 0;
    size_t m_line_end = 0;
    // CPython's buffer start: the first line read for the token being lexed, or the
    // current line between tokens.
    size_t m_buffer_start = 0;
    bool m_inside_token = false;
    bool m_error_raised = false;
    // Where the string being lexed started (for multi-line strings).
    int m_string_first_line = 0;
    size_t m_string_line_start = 0;
    bool m_at_line_start = true;
    bool m_encoding_declared = false;
    bool m_finished = false;
    // Positive: INDENT tokens to return; negative: DEDENT tokens.
    int m_pending_indents = 0;
    // Indentation columns of the open blocks, with tabs to multiples of 8 and, in the
    // alternate stack, tabs as 1 column: the two must agree (TabError otherwise).
    std::vector<int> m_indents;
    std::vector<int> m_alternate_indents;
    std::optional<SyntaxError> m_error;
};

} // namespace taipan
