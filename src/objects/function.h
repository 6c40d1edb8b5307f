// Runtime code objects (a CodeUnit turned into Python objects: co_consts, co_names...),
// Python functions, cells, bound methods, modules.
#pragma once

#include "bytecode/code_unit.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <memory>
#include <vector>

namespace taipan {

class Vm;
struct Str;
struct Tuple;
struct Dict;

struct CodeObject : Object {
    std::shared_ptr<CodeUnit const> unit;
    Ref<Tuple> constants; // co_consts as Python values
    Ref<Tuple> names; // co_names, interned strs
    Ref<Tuple> varnames; // co_varnames
    Ref<Tuple> cellvars;
    Ref<Tuple> freevars;
    Ref<Str> name;
    Ref<Str> qualname;
    Ref<Str> filename;
    // The instructions, copied from the unit so the interpreter can quicken them in place.
    std::vector<CodeWord> code;
};

// Loads a CodeUnit (and the units nested in its constants) as code objects.
Result<Ref<CodeObject>> load_code(Vm&, std::shared_ptr<CodeUnit const> const&);

struct FunctionObject : Object {
    Ref<CodeObject> code;
    Ref<Dict> globals;
    Ref<Dict> builtins;
    Ref<> name; // __name__
    Ref<> qualname; // __qualname__
    Ref<> doc; // __doc__
    Ref<> module; // __module__
    Ref<Tuple> defaults; // __defaults__ or null
    Ref<Dict> kwdefaults; // __kwdefaults__ or null
    Ref<Tuple> closure; // tuple of cells or null
    Ref<> annotations; // a dict, or the tuple from MakeFunction until first read
    Ref<Dict> dict; // __dict__, created on demand
};

struct CellObject : Object {
    Ref<> contents; // null: empty
};

struct MethodObject : Object {
    Ref<> function; // __func__
    Ref<> self; // __self__
};

struct Module : Object {
    Ref<Dict> dict;
    // Made by the native module registry (sys, builtins, gc...): the repr says
    // "(built-in)", as for CPython's modules of the BuiltinImporter.
    bool is_builtin = false;
};

Result<Ref<CellObject>> new_cell(Vm&, Value contents);
Result<Ref<>> new_method(Vm&, Value function, Value self);
// A module whose __name__ is `name` (and __doc__ None, __package__/__loader__/__spec__
// None as a fresh types.ModuleType).
Result<Ref<Module>> new_module(Vm&, std::string_view name);

} // namespace taipan
