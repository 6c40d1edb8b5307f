// The compiler's output: one CodeUnit per module, class body, function, lambda or
// comprehension, as plain data (no Python objects), so the front end can be tested,
// dumped (`--dump-bytecode`) and cached without the runtime. The loader turns a CodeUnit
// into a runtime code object.
#pragma once

#include "bytecode/opcode.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace taipan {

struct CodeUnit;

// A constant of co_consts. Tuples and frozensets of constants come from constant
// folding (`x in (1, 2)`, keyword-name tuples of CallKw, default tuples).
struct ConstantEntry {
    enum class Kind : uint8_t {
        None,
        True,
        False,
        Ellipsis,
        Int, // fits int64_t: `integer`
        BigInt, // decimal digits with an optional leading '-' in `text`
        Float, // `real`
        Complex, // `real` + `imaginary`j
        Str, // generalized UTF-8 in `text` (support/utf8.h)
        Bytes, // raw bytes in `text`
        Tuple, // `items`
        FrozenSet, // `items`
        Code, // `code`
    };
    Kind kind = Kind::None;
    int64_t integer = 0;
    double real = 0;
    double imaginary = 0;
    std::string text;
    std::vector<ConstantEntry> items;
    std::shared_ptr<CodeUnit const> code;

    bool operator==(ConstantEntry const&) const;
};

// CPython's co_flags values, so `__code__.co_flags` and inspect agree.
enum CodeFlag : uint32_t {
    CodeOptimized = 0x1,
    CodeNewLocals = 0x2,
    CodeVarargs = 0x4,
    CodeVarkeywords = 0x8,
    CodeNested = 0x10,
    CodeGenerator = 0x20,
    CodeNoFree = 0x40,
    CodeCoroutine = 0x80,
    CodeIterableCoroutine = 0x100,
    CodeAsyncGenerator = 0x200,
};

// One row of the exception table: an exception raised by an instruction in
// [start, end) unwinds the value stack to `depth` items, pushes the instruction offset
// as an int when `push_lasti` (so Reraise can restore it), pushes the exception, and
// jumps to `target`. Rows are sorted by start and do not overlap (the innermost handler
// wins, as in CPython's table).
struct ExceptionTableEntry {
    uint32_t start = 0;
    uint32_t end = 0;
    uint32_t target = 0;
    uint32_t depth = 0;
    bool push_lasti = false;
};

// The source span of one instruction, for tracebacks (`^^^^` markers) and
// co_positions(). lineno -1 means "no location" (CPython's None); columns are 0-based
// UTF-8 byte offsets, as in the AST.
struct SourcePosition {
    int32_t lineno = -1;
    int32_t end_lineno = -1;
    int32_t col_offset = -1;
    int32_t end_col_offset = -1;
};

struct CodeUnit {
    std::string name; // co_name
    std::string qualname; // co_qualname
    std::string filename; // co_filename
    int first_line = 1; // co_firstlineno
    uint32_t flags = 0; // CodeFlag bits

    int argument_count = 0; // co_argcount (positional, including positional-only)
    int positional_only_count = 0; // co_posonlyargcount
    int keyword_only_count = 0; // co_kwonlyargcount

    // Fast-local slots: varnames first (parameters in order, then other locals), then
    // cell variables that are not parameters, then free variables. `cell_names` lists
    // every cell variable (parameters that are cells too, as co_cellvars does);
    // `cell_slots[i]` is the slot of cell_names[i].
    std::vector<std::string> varnames; // co_varnames
    std::vector<std::string> cell_names; // co_cellvars
    std::vector<uint32_t> cell_slots;
    std::vector<std::string> free_names; // co_freevars, in slots after the cells
    uint32_t local_slot_count = 0; // varnames + non-parameter cells + frees

    std::vector<std::string> names; // co_names (globals, attributes, imports)
    std::vector<ConstantEntry> constants; // co_consts; constants[0] is the docstring
                                          // (or None) for functions, as in CPython
    std::vector<CodeWord> code; // instructions and their inline caches
    std::vector<SourcePosition> positions; // one per code word (caches copy theirs)
    std::vector<ExceptionTableEntry> exception_table;
    uint32_t stack_size = 0; // co_stacksize: the deepest value stack
};

// `--dump-bytecode`: a dis-like listing of a code unit and the ones nested in it.
std::string disassemble(CodeUnit const&);

// The net stack effect of an instruction that falls through (not when it jumps), from
// opcodes.def; computed from the argument for the `Varies` ones.
int stack_effect(Opcode, uint32_t argument, bool jumping);

} // namespace taipan
