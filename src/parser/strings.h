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

// Errors may leave SyntaxError::text empty; the caller fills it in from the source.
Result<ast::ExprNode*, SyntaxError> parse_strings(std::span<Token const> tokens, Arena&);

} // namespace taipan
