// The text of CPython's ast.dump(tree, include_attributes=True) for a Taipan AST, so
// that `taipan --dump-ast` and CPython can be compared with diff.
#pragma once

#include "parser/ast.h"

#include <string>

namespace taipan {

std::string dump_ast(ast::ModNode const&);

} // namespace taipan
