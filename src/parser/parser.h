// The parser: tokens to an AST identical to CPython 3.11's `ast.parse`, or CPython's
// SyntaxError for invalid input. A hand-written recursive-descent parser over the PEG
// grammar of the language reference; like CPython, a failed parse is re-run with the
// error-message rules enabled to find the most helpful message.
#pragma once

#include "parser/ast.h"
#include "support/arena.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <string_view>

namespace taipan {

// What the source is parsed as, like compile()'s mode argument.
enum class ParseMode {
    Exec,         // a module: ast.Module
    Eval,         // one expression: ast.Expression
    Single,       // one interactive statement: ast.Interactive
    FunctionType, // a signature type comment: ast.FunctionType
};

// Parses decoded source text (see decode_source). The tree and its strings live in
// `arena`; `text` must outlive the tree only while parsing.
Result<ast::ModNode*, SyntaxError> parse(std::string_view text, ParseMode, Arena&);

} // namespace taipan

namespace taipan {

// For f-strings (see strings.h): parses the text of a replacement field's expression,
// already wrapped as "(" + expression + ")", with the `fstring` start rule
// (star_expressions). Tokens are positioned as if the text started at
// (start_lineno, start_col_offset): tokens on the text's first line get
// lineno = start_lineno and col_offset shifted by start_col_offset; tokens on later
// lines get lineno shifted by start_lineno - 1 and keep their columns. Error messages
// are prefixed with "f-string: " as CPython does.
Result<ast::ExprNode*, SyntaxError> parse_fstring_expression(
    std::string_view text, int start_lineno, int start_col_offset, Arena&);

} // namespace taipan
