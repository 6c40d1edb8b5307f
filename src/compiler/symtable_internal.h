// Shared by the symbol table's source files; not part of its interface.
#pragma once

#include "compiler/symtable.h"

namespace taipan {

// A SyntaxError at a node, as CPython reports symbol-table and code-generator errors:
// offsets are the node's byte columns plus one.
SyntaxError make_syntax_error(std::string message, ast::Location const&);

// The walk of symtable_builder.cpp followed by the analysis of symtable_analysis.cpp.
Result<void, SyntaxError> build_symbol_table_entries(
    SymbolTable&, ast::ModNode const&, FutureFeatures const&);

// CPython: the deepest chain of nested statements and expressions it compiles is 3,000
// (its recursion limit of 1,000 times 3); deeper trees raise RecursionError before the
// symbol table is built.
Result<void, SyntaxError> check_nesting_depth(ast::ModNode const&);

// Resolves every name of every block to its scope (SymbolTableAnalyzer).
Result<void, SyntaxError> analyze_symbol_table(SymbolTableEntry& top);

} // namespace taipan
