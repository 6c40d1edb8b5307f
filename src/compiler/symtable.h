// The symbol table: which names are local, global, nonlocal, free or cell in every
// scope (module, class, function, lambda, comprehension), with CPython's compile-time
// errors ("name 'x' is parameter and global", ...). Built from the AST before code
// generation, as CPython's symtable.c does.
#pragma once

#include "parser/ast.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <memory>
#include <string>

namespace taipan {

class SymbolTable;

Result<std::unique_ptr<SymbolTable>, SyntaxError> build_symtable(ast::ModNode const&, std::string const& filename);

// A text dump of every scope and symbol, in the form tools/compare_symtable.py expects
// from CPython's `symtable` module.
std::string dump_symtable(SymbolTable const&);

} // namespace taipan
