// NUMBER tokens to Constant values, as CPython converts them: ints of any size and base
// (underscores allowed), floats (correctly rounded) and imaginary literals.
#pragma once

#include "parser/ast.h"
#include "support/arena.h"

#include <string>
#include <string_view>

namespace taipan {

// `text` is a NUMBER token as the lexer produced it (already checked to be well
// formed). On failure (a decimal int longer than the 4300-digit limit) returns false
// and sets `error_message` to CPython's message for that SyntaxError.
bool parse_number_literal(
    std::string_view text, Arena&, ast::ConstantValue& value, std::string& error_message);

} // namespace taipan
