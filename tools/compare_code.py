#!/usr/bin/python3.11
"""Compares the code objects Taipan's compiler makes with CPython 3.11's.

For every .py file under the paths (default: /usr/lib/python3.11) that CPython
compiles, every code object reached through co_consts is described by its co_qualname,
co_firstlineno, co_name, co_argcount/co_posonlyargcount/co_kwonlyargcount, co_flags
(masked to the CodeFlag bits of bytecode/code_unit.h) and the SETS of co_varnames,
co_cellvars, co_freevars and co_names. Taipan's side comes from
`codegen_driver --metadata` (built next to the taipan binary, in src/compiler/).

A file matches when every CPython code object has an identical description on Taipan's
side. CPython drops the code objects of unreachable definitions (after a return...),
so Taipan may have more; they are counted, not failed.

With --positions, the comparison is instead of the source positions (co_positions) of
the instructions that can raise and exist in both instruction sets (calls, attribute
and subscript accesses, operators, name loads and stores...): every such CPython
instruction must have a Taipan instruction of the same kind and position in the same
code object. (Taipan may have more: it folds fewer constants.)

  compare_code.py [--taipan PATH | --driver PATH] [--positions] [--show N] [paths...]
"""

import argparse
import collections
import os
import subprocess
import sys
import warnings

FLAG_MASK = 0x3FF


def python_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for directory, subdirectories, files in os.walk(path):
            subdirectories.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    yield os.path.join(directory, name)


def name_set(names):
    return "[" + ",".join(sorted(set(names))) + "]"


def describe(code, out):
    out.append(f"{code.co_qualname} {code.co_firstlineno} name={code.co_name} "
               f"args={code.co_argcount}/{code.co_posonlyargcount}/{code.co_kwonlyargcount} "
               f"flags={code.co_flags & FLAG_MASK} varnames={name_set(code.co_varnames)} "
               f"cellvars={name_set(code.co_cellvars)} freevars={name_set(code.co_freevars)} "
               f"names={name_set(code.co_names)}")
    for constant in code.co_consts:
        if isinstance(constant, type(code)):
            describe(constant, out)


POSITION_KINDS = {
    "CALL": "call", "CALL_FUNCTION_EX": "callex", "LOAD_ATTR": "attr", "LOAD_METHOD": "method",
    "STORE_ATTR": "storeattr", "BINARY_SUBSCR": "subscr", "STORE_SUBSCR": "storesubscr", "BINARY_OP": "binop",
    "COMPARE_OP": "compare", "CONTAINS_OP": "contains", "LOAD_GLOBAL": "global", "LOAD_NAME": "name",
    "STORE_NAME": "storename", "LOAD_FAST": "fast", "STORE_FAST": "storefast", "LOAD_DEREF": "deref",
    "IMPORT_NAME": "import", "GET_ITER": "iter", "RAISE_VARARGS": "raise",
    "STORE_GLOBAL": "storeglobal", "DELETE_NAME": "delname", "DELETE_FAST": "delfast",
    "DELETE_ATTR": "delattr", "DELETE_SUBSCR": "delsubscr", "STORE_DEREF": "storederef",
    "LOAD_CLASSDEREF": "classderef", "UNPACK_SEQUENCE": "unpack", "UNPACK_EX": "unpackex",
    "FORMAT_VALUE": "format", "BUILD_STRING": "buildstring", "YIELD_VALUE": "yield",
    "GET_AWAITABLE": "awaitable", "BEFORE_WITH": "beforewith", "CHECK_EXC_MATCH": "excmatch",
    "IMPORT_FROM": "importfrom", "IMPORT_STAR": "importstar", "LOAD_BUILD_CLASS": "buildclass",
    "LOAD_ASSERTION_ERROR": "assertionerror", "MATCH_CLASS": "matchclass", "MATCH_MAPPING": "matchmapping",
    "MATCH_SEQUENCE": "matchsequence", "MATCH_KEYS": "matchkeys", "GET_LEN": "getlen",
    "DICT_MERGE": "dictmerge", "DICT_UPDATE": "dictupdate", "LIST_EXTEND": "listextend",
    "UNARY_NEGATIVE": "unary", "UNARY_POSITIVE": "unary", "UNARY_INVERT": "unary", "UNARY_NOT": "unary",
    "IS_OP": "is", "MAKE_FUNCTION": "makefunction", "SETUP_ANNOTATIONS": "setupannotations",
    "LIST_APPEND": "listappend", "SET_ADD": "setadd", "MAP_ADD": "mapadd", "GET_AITER": "aiter",
    "GET_ANEXT": "anext", "END_ASYNC_FOR": "endasyncfor", "GET_YIELD_FROM_ITER": "yieldfromiter",
    "PRINT_EXPR": "printexpr", "WITH_EXCEPT_START": "withexceptstart", "PUSH_EXC_INFO": "pushexcinfo",
    "LOAD_CLOSURE": "loadclosure", "BUILD_SLICE": "buildslice",
}


def describe_positions(code, out):
    import dis
    for instruction in dis.get_instructions(code):
        kind = POSITION_KINDS.get(instruction.opname)
        if kind:
            position = ",".join("-1" if value is None else str(value) for value in instruction.positions)
            out.append(f"{code.co_qualname} {code.co_firstlineno} {kind} {position}")
    for constant in code.co_consts:
        if isinstance(constant, type(code)):
            describe_positions(constant, out)


def cpython_description(path, positions=False):
    with open(path, "rb") as file:
        source = file.read()
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    out = []
    (describe_positions if positions else describe)(code, out)
    return out


def taipan_descriptions(driver, paths, positions=False):
    result = subprocess.run([driver, "--positions" if positions else "--metadata"], input="\n".join(paths) + "\n", capture_output=True,
                            text=True, errors="surrogateescape")
    if result.returncode != 0:
        sys.exit(f"codegen_driver failed: {result.stderr}")
    outputs = {}
    current = None
    for line in result.stdout.splitlines():
        if line.startswith("### "):
            current = line[4:]
            outputs[current] = []
        elif current is not None:
            outputs[current].append(line)
    return outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--taipan", default=os.path.join(os.path.dirname(__file__), "..", "build", "src", "taipan"))
    parser.add_argument("--driver", help="codegen_driver (default: beside --taipan, in compiler/)")
    parser.add_argument("--positions", action="store_true", help="compare instruction positions instead")
    parser.add_argument("--show", type=int, default=10, help="mismatching files to print")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with Python 3.11 (the oracle): /usr/bin/python3.11")
    warnings.simplefilter("ignore")
    driver = args.driver or os.path.join(os.path.dirname(args.taipan), "compiler", "codegen_driver")

    expected = {}
    for path in python_files(args.paths or ["/usr/lib/python3.11"]):
        description = cpython_description(path, args.positions)
        if description is not None:
            expected[path] = description
    ours = {}
    paths = list(expected)
    for start in range(0, len(paths), 400):
        ours.update(taipan_descriptions(driver, paths[start:start + 400], args.positions))

    matched = 0
    missing_total = 0
    extra_units = 0
    shown = 0
    for path, lines in expected.items():
        actual = ours.get(path, ["error no output"])
        missing = collections.Counter(lines) - collections.Counter(actual)
        if not missing:
            matched += 1
            extra_units += sum((collections.Counter(actual) - collections.Counter(lines)).values())
            continue
        missing_total += sum(missing.values())
        if shown < args.show:
            shown += 1
            print(f"--- {path}")
            unexpected = collections.Counter(actual) - collections.Counter(lines)
            for line in sorted(missing)[:6]:
                print(f"  cpython: {line}")
            for line in sorted(unexpected)[:6]:
                print(f"  taipan:  {line}")
    if args.positions:
        print(f"{missing_total} CPython instructions without a Taipan one at the same position, "
              f"{extra_units} Taipan instructions without a CPython one")
    else:
        print(f"{extra_units} extra code objects in unreachable code (CPython drops them)")
    print(f"{matched} of {len(expected)} files match")
    return 0 if matched == len(expected) else 1


if __name__ == "__main__":
    sys.exit(main())
