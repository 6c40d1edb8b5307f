// A compile-time error as CPython reports it: the exception class, the message and
// the position. Produced by the lexer, the parser and the symbol table; the runtime
// turns it into a SyntaxError object, the command prints it as CPython does.
#pragma once

#include <string>

namespace taipan {

enum class SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    // Not a SyntaxError subclass, but raised by compile() in the same place, e.g. for
    // "source code string cannot contain null bytes" (ValueError in 3.11.2's compile()
    // and SyntaxError when running a file) or for too deeply nested input.
    ValueError,
    MemoryError,
    RecursionError,
};

char const* syntax_error_kind_name(SyntaxErrorKind);

struct SyntaxError {
    SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
    std::string message;
    // 1-based line numbers, 0 when unknown. Offsets are 1-based and count code points
    // of the line, as SyntaxError.offset does; 0 when unknown.
    int lineno = 0;
    int offset = 0;
    int end_lineno = 0;
    int end_offset = 0;
    // The source line the error points into (decoded, with its newline), or empty.
    std::string text;
    bool has_text = false;
    // Raised after parsing (symbol table, compiler checks, code generation). CPython
    // takes the text of those errors from the file named by the filename only, so they
    // have none when the source did not come from a readable file.
    bool compile_stage = false;
};

// The text CPython prints to stderr for an uncaught SyntaxError raised while compiling
// `filename`, e.g.
//   File "x.py", line 1
//     foo(
//        ^
// SyntaxError: '(' was never closed
std::string format_syntax_error(SyntaxError const&, std::string const& filename);

} // namespace taipan
