// The `strings` rule: a run of adjacent STRING tokens becomes one Constant (str or
// bytes, implicitly concatenated) or, when any of them is an f-string, a JoinedStr
// whose replacement fields are parsed as expressions, with CPython 3.11's values,
// locations and error messages.
#pragma once

#include "lexer/token.h"
#include "parser/ast.h"
#include "support/arena.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <span>

namespace taipan {

// Errors of the literals themselves (f-string syntax, "(unicode error) ...", "cannot
// mix bytes and nonbytes literals", "bytes can only contain ASCII literal
// characters") come back with lineno == 0: CPython raises them with
// RAISE_SYNTAX_ERROR, at the last token the parser has fetched (normally the token
// after the run), so the caller locates them there, as raise_at_last_token does.
// Errors from parse_fstring_expression are passed through unchanged. Errors may leave
// SyntaxError::text empty; the caller fills it in from the source.
Result<ast::ExprNode*, SyntaxError> parse_strings(std::span<Token const> tokens, Arena&);

} // namespace taipan
