// The symbol table: which names are local, global, nonlocal, free or cell in every
// scope (module, class, function, lambda, comprehension), with CPython's compile-time
// errors ("name 'x' is parameter and global", ...). Built from the AST before code
// generation in two passes, as CPython 3.11 does: a walk that records how each block
// uses each name, then an analysis that resolves every name to its scope.
#pragma once

#include "compiler/future_features.h"
#include "parser/ast.h"
#include "support/arena.h"
#include "support/result.h"
#include "support/syntax_error.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace taipan {

// Where a name lives at run time. The values are CPython's (symtable.LOCAL, ...), since
// tools compare them with its `symtable` module.
enum class SymbolScope : uint8_t {
    Unresolved = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
};

char const* symbol_scope_name(SymbolScope);

// One name in one block.
struct Symbol {
    // How the block uses the name: a set of these bits, with CPython's values.
    enum Flag : uint16_t {
        DefGlobal = 1 << 0, // `global` statement
        DefLocal = 1 << 1, // assigned in this block
        DefParam = 1 << 2, // a parameter
        DefNonlocal = 1 << 3, // `nonlocal` statement
        Use = 1 << 4, // read in this block
        DefFree = 1 << 5, // never set by CPython 3.11, kept for its value
        DefFreeClass = 1 << 6, // a method's free variable that is also bound in the class
        DefImport = 1 << 7, // bound by an import
        DefAnnot = 1 << 8, // annotated (`x: int`)
        DefCompIter = 1 << 9, // a comprehension's iteration variable
        DefBound = DefLocal | DefParam | DefImport,
    };

    std::string_view name; // mangled (`__x` in class C is `_C__x`)
    uint16_t flags = 0;
    SymbolScope scope = SymbolScope::Unresolved;

    bool has(uint16_t mask) const { return (flags & mask) != 0; }
};

enum class BlockType : uint8_t {
    Function, // also lambdas and comprehensions
    Class,
    Module,
    // The throwaway block that holds annotations under `from __future__ import
    // annotations`; it is never a child of anything and never analysed.
    Annotation,
};

enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// One scope: a module, class, function, lambda or comprehension (CPython's
// PySTEntryObject).
class SymbolTableEntry {
public:
    BlockType type = BlockType::Module;
    // "top", the function or class name as written (not mangled), "lambda",
    // "listcomp", "setcomp", "dictcomp" or "genexpr".
    std::string_view name;
    ast::Location location; // of the def, class, lambda or comprehension; 0 for the module
    // Inside a function (directly or not): free names may then come from enclosing
    // scopes.
    bool nested = false;
    bool is_generator = false;
    bool is_coroutine = false;
    ComprehensionKind comprehension = ComprehensionKind::None;
    bool has_varargs = false;
    bool has_varkeywords = false;
    bool returns_value = false;
    // Has free variables of its own (CPython's ste_free)...
    bool has_free = false;
    // ...or a child (at any depth) has some: a closure is needed below (ste_child_free).
    bool child_has_free = false;
    // A class whose methods use `__class__` or super(): it needs the implicit
    // `__class__` cell.
    bool needs_class_closure = false;

    // Symbols in the order of first appearance, as CPython's dict keeps them.
    std::vector<Symbol> symbols;
    // Parameter names (mangled), in co_varnames order: positional-only, positional,
    // keyword-only, *args, **kwargs. Comprehensions have ".0".
    std::vector<std::string_view> varnames;
    std::vector<SymbolTableEntry*> children;
    // The node this block was made for (FunctionDef, AsyncFunctionDef, ClassDef,
    // Lambda, a comprehension, or the ModNode).
    void const* node = nullptr;

    Symbol const* lookup(std::string_view mangled_name) const;
    // The scope of a (mangled) name, Unresolved when the block does not know it.
    SymbolScope scope_of(std::string_view mangled_name) const;
    uint16_t flags_of(std::string_view mangled_name) const;

private:
    friend class SymbolTableBuilder;
    friend class SymbolTableAnalyzer;

    Symbol* find(std::string_view mangled_name);
    Symbol& add(std::string_view mangled_name);

    std::unordered_map<std::string_view, uint32_t> m_index;

    // Where each global/nonlocal statement (and walrus in a comprehension) named a
    // name: analysis errors point there.
    struct Directive {
        std::string_view name;
        ast::Location location;
    };
    std::vector<Directive> m_directives;
    // Nesting count of comprehension iterables being visited; an assignment
    // expression there is an error. Inherited by nested blocks, like CPython's.
    int m_comprehension_iterable_depth = 0;
    bool m_in_comprehension_target = false;
};

class SymbolTable {
public:
    SymbolTableEntry const& top() const { return *m_top; }
    // The block made for a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or
    // comprehension node, or null.
    SymbolTableEntry const* entry_for(void const* node) const;
    FutureFeatures const& future() const { return m_future; }

private:
    friend class SymbolTableBuilder;

    Arena m_strings;
    std::vector<std::unique_ptr<SymbolTableEntry>> m_entries;
    std::unordered_map<void const*, SymbolTableEntry*> m_by_node;
    SymbolTableEntry* m_top = nullptr;
    FutureFeatures m_future;
};

// CPython's private name mangling: in class `class_name`, `__spam` becomes
// `_ClassName__spam` (leading underscores of the class name stripped). Names ending
// in `__`, dotted names and classes named only with underscores are left alone.
// Returns `name` itself when nothing changes; otherwise the mangled text lives in
// `storage`.
std::string_view mangle_private_name(
    std::string_view class_name, std::string_view name, std::string& storage);

// Runs the __future__ checks and builds the symbol table of a module, as
// `symtable.symtable(source, filename, "exec")` does. `source` (the decoded text) is
// optional: when given, errors carry the line they point into, as CPython's do when
// it can read the file. `future_annotations` turns PEP 563 on as the import would
// (compile() with CO_FUTURE_ANNOTATIONS).
Result<std::unique_ptr<SymbolTable>, SyntaxError> build_symtable(ast::ModNode const&,
    std::string const& filename, std::string_view source = {}, bool future_annotations = false);

// The errors CPython's code generator raises after the symbol table is built
// ("'return' outside function", "'break' outside loop", pattern-matching checks,
// ...), found in the order the code generator would meet them. `compile()` reports
// the first error of build_symtable, then the first of these.
Result<void, SyntaxError> check_compile_errors(
    ast::ModNode const&, SymbolTable const&, std::string const& filename, std::string_view source = {});

// A text dump of every scope and symbol, in the form tools/compare_symtable.py also
// produces from CPython's `symtable` module.
std::string dump_symtable(SymbolTable const&);

// Fills SyntaxError::text with line `error.lineno` of `source` when source is
// non-empty (shared by the symbol table passes).
void attach_source_line(SyntaxError& error, std::string_view source);

} // namespace taipan
