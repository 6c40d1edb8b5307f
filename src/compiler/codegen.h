// Code generation: AST + symbol table → CodeUnit (bytecode/code_unit.h), as CPython
// 3.11's compiler does it (same scoping, same evaluation order, same co_* metadata,
// exception-table-based try/with/finally, positions for every instruction).
#pragma once

#include "bytecode/code_unit.h"
#include "compiler/symtable.h"
#include "parser/ast.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <memory>
#include <string>
#include <string_view>

namespace taipan {

enum class CompileMode : uint8_t {
    Exec, // a module or exec(): the code returns None
    Eval, // an expression: the code returns its value
    Single, // interactive: expression statements go through PrintExpr
};

struct CompileOptions {
    std::string filename = "<string>";
    CompileMode mode = CompileMode::Exec;
    // -O level: 1 drops asserts and makes __debug__ False, 2 also drops docstrings.
    int optimize = 0;
    // `from __future__ import annotations` given from outside (compile()'s flags).
    bool future_annotations = false;
};

// Compiles a parsed module/expression whose symbol table is built and whose
// check_compile_errors passed. `source` (optional) fills SyntaxError::text.
Result<std::shared_ptr<CodeUnit const>, SyntaxError> generate_code(
    ast::ModNode const&, SymbolTable const&, CompileOptions const&, std::string_view source = {});

// The whole pipeline from decoded source text: parse, build the symbol table, run the
// compile-time checks, generate code.
Result<std::shared_ptr<CodeUnit const>, SyntaxError> compile_source(
    std::string_view source, CompileOptions const&);

} // namespace taipan
