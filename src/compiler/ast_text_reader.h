// Test support: rebuilds an AST from the text form that tools/compare_symtable.py
// writes from CPython's `ast` module, so the symbol table and the compile checks can
// be tested on CPython's own trees, independently of Taipan's parser.
//
// The form is a prefix walk separated by blanks: a node is its class name, then
// `lineno col_offset end_lineno end_col_offset` when CPython gives it a location, then
// its fields in ast_nodes.def order. `~` is None, `[ ... ]` a list, `s<n>:<bytes>` an
// identifier, a bare number an int field. Constants are N, T, F, E (None, True,
// False, Ellipsis), I<digits>, D<float repr>, J<imaginary repr>, S<n>:<utf-8> and
// B<n>:<bytes>.
#pragma once

#include "parser/ast.h"
#include "support/arena.h"
#include "support/syntax_error.h"

#include <optional>
#include <string>
#include <string_view>

namespace taipan {

// Reads one module from `text` starting at `position` and advances it past the
// module. On malformed input returns null and sets `error`.
ast::ModNode* read_ast_text(std::string_view text, size_t& position, Arena&, std::string& error);

// An error as tools/compare_symtable.py prints CPython's:
// "error <Kind> <lineno> <offset> <end_lineno> <end_offset> <message>\n".
std::string describe_syntax_error(SyntaxError const&);

} // namespace taipan
