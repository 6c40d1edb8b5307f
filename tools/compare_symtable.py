#!/usr/bin/python3.11
"""Compares Taipan's symbol tables and compile-time errors with CPython 3.11's.

CPython's side comes from its `symtable` module (symtable.symtable(source, filename,
"exec") and the raw flags of `_symtable`) and from compile(). Taipan's side comes from
`taipan --dump-symtable FILE` or, with --via-cpython-ast, from the symtable_driver
test program fed with CPython's own ASTs (so the symbol table can be checked without
Taipan's parser).

  compare_symtable.py [--taipan PATH | --via-cpython-ast --driver PATH] [paths...]
      Compares the dumps of every .py file under the paths (default: /usr/lib/python3.11)
      and prints "N of M files match".
  compare_symtable.py --via-cpython-ast --compile [paths...]
      The same files, comparing what compile() reports (with the code generator's
      checks) instead of the dumps.
  compare_symtable.py --snippets FILE --driver PATH
      Compares, for every snippet of FILE (snippets separated by lines "# ---"), what
      compile() reports (with the code generator's checks) and the symbol table dump.
  compare_symtable.py --record-unit-tests FILE OUT
      Writes the C++ test data (source, CPython's AST, CPython's result) that
      src/compiler/symtable_test.cpp includes.
"""

import argparse
import ast
import os
import subprocess
import sys
import symtable
import _symtable

ORACLE = "/usr/bin/python3.11"

FLAG_NAMES = [
    (_symtable.DEF_GLOBAL, "DEF_GLOBAL"),
    (_symtable.DEF_LOCAL, "DEF_LOCAL"),
    (_symtable.DEF_PARAM, "DEF_PARAM"),
    (_symtable.DEF_NONLOCAL, "DEF_NONLOCAL"),
    (_symtable.USE, "USE"),
    (_symtable.DEF_FREE, "DEF_FREE"),
    (_symtable.DEF_FREE_CLASS, "DEF_FREE_CLASS"),
    (_symtable.DEF_IMPORT, "DEF_IMPORT"),
    (_symtable.DEF_ANNOT, "DEF_ANNOT"),
    (512, "DEF_COMP_ITER"),
]
SCOPE_NAMES = {0: "UNRESOLVED", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
TYPE_NAMES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}


def flags_text(flags):
    parts = []
    for bit, name in FLAG_NAMES:
        if flags & bit:
            parts.append(name)
            flags &= ~bit
    if flags:
        parts.append(hex(flags))
    return "|".join(parts) if parts else "0"


def dump_table(table, depth, out):
    indent = "  " * depth
    out.append(f"{indent}{TYPE_NAMES[table.type]} {table.name} line={table.lineno}{' nested' if table.nested else ''}")
    if table.varnames:
        out.append(f"{indent}  params: " + " ".join(table.varnames))
    # Names that only pass through a block (no flags of their own) come in set order,
    # which depends on string hashes: sorted, as Taipan's dump does.
    passing = []
    for name, value in table.symbols.items():
        flags = value & ((1 << _symtable.SCOPE_OFF) - 1)
        scope = (value >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        line = f"{indent}  {name} {SCOPE_NAMES[scope]} {flags_text(flags)}"
        if flags == 0:
            passing.append((name, line))
        else:
            out.append(line)
    out.extend(line for _, line in sorted(passing))
    for child in table.children:
        dump_table(child, depth + 1, out)


def format_error(error):
    def number(value):
        return 0 if value is None else value

    return (f"error {type(error).__name__} {number(error.lineno)} {number(error.offset)} "
            f"{number(error.end_lineno)} {number(error.end_offset)} {error.msg}")


def cpython_dump(source, filename):
    try:
        table = _symtable.symtable(source, filename, "exec")
    except SyntaxError as error:
        return format_error(error) + "\n"
    except RecursionError:
        return "error RecursionError 0 0 0 0 maximum recursion depth exceeded during compilation\n"
    out = []
    dump_table(table, 0, out)
    return "\n".join(out) + "\n"


def cpython_compile_result(source, filename):
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as error:
        return format_error(error) + "\n"
    except RecursionError:
        return "error RecursionError 0 0 0 0 maximum recursion depth exceeded during compilation\n"
    return "ok\n"


# --- CPython's AST in the text form of src/compiler/ast_text_reader.h ---------------

CONSTANT_FIELDS = {("Constant", "value"), ("MatchSingleton", "value")}


def counted(prefix, data):
    return f"{prefix}{len(data)}:" + data.decode("latin-1")


def serialize_constant(value, out):
    if value is None:
        out.append("N")
    elif value is True:
        out.append("T")
    elif value is False:
        out.append("F")
    elif value is Ellipsis:
        out.append("E")
    elif isinstance(value, int):
        out.append(f"I{value}")
    elif isinstance(value, float):
        out.append(f"D{value!r}")
    elif isinstance(value, complex):
        out.append(f"J{value.imag!r}")
    elif isinstance(value, str):
        out.append(counted("S", value.encode("utf-8", "surrogatepass")))
    elif isinstance(value, bytes):
        out.append(counted("B", value))
    else:
        raise ValueError(f"unsupported constant {value!r}")


def serialize(node, out):
    """Appends tokens; strings are latin-1 views of the UTF-8 bytes (so len() counts bytes)."""
    if node is None:
        out.append("~")
    elif isinstance(node, str):
        out.append(counted("s", node.encode("utf-8")))
    elif isinstance(node, list):
        out.append("[")
        for item in node:
            serialize(item, out)
        out.append("]")
    elif isinstance(node, ast.AST):
        kind = type(node).__name__
        out.append(kind)
        if "lineno" in node._attributes:
            out.extend(str(getattr(node, name)) for name in ("lineno", "col_offset", "end_lineno", "end_col_offset"))
        for field in node._fields:
            value = getattr(node, field, None)
            if (kind, field) in CONSTANT_FIELDS:
                serialize_constant(value, out)
            elif isinstance(value, str):
                out.append(counted("s", value.encode("utf-8")))
            elif isinstance(value, bool):
                out.append(str(int(value)))
            elif isinstance(value, int):
                out.append(str(value))
            else:
                serialize(value, out)
    else:
        raise ValueError(f"unsupported AST value {node!r}")


def serialize_module(tree):
    out = []
    serialize(tree, out)
    return " ".join(out)


def driver_record(path, tree):
    return counted("P", path.encode("utf-8")) + " " + serialize_module(tree) + "\n"


def cpython_code_kinds(source, filename):
    """"name lineno kind" for every function and class code object, sorted."""
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, RecursionError):
        return None
    lines = []

    def walk(code, is_class):
        if code.co_name != "<module>":
            flags = code.co_flags
            if is_class:
                kind = "class+__class__" if "__class__" in code.co_cellvars else "class"
            elif flags & 0x200:
                kind = "async_generator"
            elif flags & 0x80:
                kind = "coroutine"
            elif flags & 0x20:
                kind = "generator"
            else:
                kind = "function"
            name = code.co_name.strip("<>")
            lines.append(f"{name} {code.co_firstlineno} {kind}\n")
        for constant in code.co_consts:
            if isinstance(constant, type(code)):
                # Class bodies are the only code objects without CO_OPTIMIZED.
                walk(constant, not constant.co_flags & 0x1)

    walk(code, False)
    return "".join(sorted(lines))


def code_kinds_covered(expected, actual):
    """CPython drops the code objects of unreachable functions (after a return...):
    Taipan's blocks may include more, but every code object must be matched."""
    from collections import Counter
    return not (Counter(expected.splitlines()) - Counter((actual or "").splitlines()))


def run_driver(driver, records, compile_checks):
    if compile_checks == "code-kinds":
        command = [driver, "--code-kinds"]
    else:
        command = [driver] + (["--compile"] if compile_checks else [])
    payload = "".join(records).encode("latin-1")
    result = subprocess.run(command, input=payload, capture_output=True)
    if result.returncode != 0:
        sys.exit(f"symtable_driver failed: {result.stderr.decode('utf-8', 'replace')}")
    outputs = {}
    current = None
    for line in result.stdout.decode("utf-8").splitlines(keepends=True):
        if line.startswith("### "):
            current = line[4:].rstrip("\n")
            outputs[current] = ""
        else:
            outputs[current] += line
    return outputs


# --- file comparisons -----------------------------------------------------------------

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


def read_source(path):
    with open(path, "rb") as file:
        return file.read()


def taipan_dump(taipan, path):
    result = subprocess.run([taipan, "--dump-symtable", path], capture_output=True)
    if result.returncode == 0:
        return result.stdout.decode("utf-8", "replace")
    # The error report ends with "Kind: message"; compare that line.
    lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
    return "failed: " + (lines[-1] if lines else "")


def cpython_failure_line(dump):
    """The last line CPython's report would print for a dump that is an error."""
    parts = dump.split(" ", 6)
    return f"failed: {parts[1]}: {parts[6].strip()}"


def compare_files(args):
    paths = args.paths or ["/usr/lib/python3.11"]
    matched = 0
    total = 0
    mismatches = []
    batch = []

    def flush():
        nonlocal matched, total
        if not batch:
            return
        mode = "code-kinds" if args.code_kinds else args.compile
        ours = run_driver(args.driver, [record for _, _, record in batch], mode) if args.via_cpython_ast else {}
        for path, expected, _ in batch:
            total += 1
            actual = ours.get(path) if args.via_cpython_ast else taipan_dump(args.taipan, path)
            if not args.via_cpython_ast and expected.startswith("error "):
                expected = cpython_failure_line(expected)
            if actual == expected or (args.code_kinds and code_kinds_covered(expected, actual)):
                matched += 1
            else:
                mismatches.append((path, expected, actual))
        batch.clear()

    for path in python_files(paths):
        source = read_source(path)
        try:
            tree = ast.parse(source, path)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue  # not Python 3.11: the parser's comparison covers these
        if args.code_kinds:
            expected = cpython_code_kinds(source, path)
            if expected is None:
                continue
        elif args.compile:
            expected = cpython_compile_result(source, path)
        else:
            expected = cpython_dump(source, path)
        record = driver_record(path, tree) if args.via_cpython_ast else None
        batch.append((path, expected, record))
        if len(batch) >= 200:
            flush()
    flush()
    report_mismatches(mismatches, args)
    print(f"{matched} of {total} files match")
    return 0 if matched == total else 1


def report_mismatches(mismatches, args):
    import difflib
    for path, expected, actual in mismatches[: args.show]:
        print(f"--- {path}")
        diff = difflib.unified_diff(expected.splitlines(), (actual or "").splitlines(), "cpython", "taipan", lineterm="", n=2)
        for line in list(diff)[: args.lines]:
            print(line)
    if len(mismatches) > args.show:
        print(f"... and {len(mismatches) - args.show} more")


# --- snippets ---------------------------------------------------------------------------

def read_snippets(path):
    with open(path, encoding="utf-8") as file:
        text = file.read()
    snippets = []
    for chunk in text.split("\n# ---\n"):
        chunk = chunk.strip("\n")
        # A chunk of comments only is the file's header.
        if chunk and not all(line.startswith("#") for line in chunk.splitlines()):
            snippets.append(chunk + "\n")
    return snippets


def compare_snippets(args):
    """Compares, for every snippet, compile()'s result and the symbol table dump."""
    snippets = []
    for source in read_snippets(args.snippets):
        try:
            ast.parse(source)
            snippets.append(source)
        except (SyntaxError, ValueError):
            pass  # the parser's errors are not this tool's business
    records = []
    expected_compile = {}
    expected_dump = {}
    for index, source in enumerate(snippets):
        name = f"snippet{index}"
        records.append(driver_record(name, ast.parse(source, name)))
        expected_compile[name] = cpython_compile_result(source, name)
        expected_dump[name] = cpython_dump(source, name)
    ours_compile = run_driver(args.driver, records, True)
    ours_dump = run_driver(args.driver, records, False)
    matched = 0
    for index, source in enumerate(snippets):
        name = f"snippet{index}"
        problems = []
        if ours_compile.get(name) != expected_compile[name]:
            problems.append(f"    compile cpython: {expected_compile[name]}    compile taipan:  {ours_compile.get(name)}")
        if ours_dump.get(name) != expected_dump[name]:
            problems.append(f"    dump cpython:\n{expected_dump[name]}    dump taipan:\n{ours_dump.get(name)}")
        if not problems:
            matched += 1
        elif args.show > 0:
            args.show -= 1
            print(f"--- snippet {index}:\n{source}" + "".join(problems))
    print(f"{matched} of {len(snippets)} snippets match")
    return 0 if matched == len(snippets) else 1


def cpp_string(text):
    """A C++ string literal of text (UTF-8) or bytes, split at newlines for readability."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    out = ['"']
    for index, byte in enumerate(data):
        char = chr(byte)
        if char == "\\" or char == '"':
            out.append("\\" + char)
        elif char == "\n":
            out.append('\\n"\n        "' if index + 1 < len(data) else "\\n")
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append(f'\\x{byte:02x}""')
    out.append('"')
    return "".join(out)


def record_unit_tests(args):
    snippets_path, out_path = args.record_unit_tests
    snippets = read_snippets(snippets_path)
    lines = [
        "// Generated by tools/compare_symtable.py --record-unit-tests from",
        f"// {os.path.basename(snippets_path)}: every snippet with CPython 3.11's AST (in the form",
        "// of ast_text_reader.h), what compile() reports (\"ok\" or \"error Kind lineno offset",
        "// end_lineno end_offset message\") and the dump of symtable.symtable(). Do not edit.",
        "// TAIPAN_SYMTABLE_CASE(source, ast_text, compile_result, dump)",
    ]
    for index, source in enumerate(snippets):
        name = f"snippet{index}"
        tree = ast.parse(source, name)
        lines.append("TAIPAN_SYMTABLE_CASE(")
        lines.append("    " + cpp_string(source) + ",")
        lines.append("    " + cpp_string(serialize_module(tree).encode("latin-1")) + ",")
        lines.append("    " + cpp_string(cpython_compile_result(source, name)) + ",")
        lines.append("    " + cpp_string(cpython_dump(source, name)) + ")")
    with open(out_path, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    print(f"wrote {len(snippets)} cases to {out_path}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--taipan", default=os.path.join(os.path.dirname(__file__), "..", "build", "src", "taipan"))
    parser.add_argument("--driver", default=os.path.join(os.path.dirname(__file__), "..", "build", "src", "compiler", "symtable_driver"))
    parser.add_argument("--via-cpython-ast", action="store_true")
    parser.add_argument("--compile", action="store_true",
                        help="with --via-cpython-ast: compare compile()'s result (ok or its error) instead of dumps")
    parser.add_argument("--code-kinds", action="store_true",
                        help="with --via-cpython-ast: compare each block's generator/coroutine kind and "
                             "__class__ cell with CPython's code objects")
    parser.add_argument("--snippets")
    parser.add_argument("--record-unit-tests", nargs=2, metavar=("SNIPPETS", "OUT"))
    parser.add_argument("--show", type=int, default=10, help="mismatches to print")
    parser.add_argument("--lines", type=int, default=30, help="diff lines per mismatch")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with Python 3.11 (the oracle): " + ORACLE)
    if args.record_unit_tests:
        return record_unit_tests(args)
    if args.snippets:
        return compare_snippets(args)
    return compare_files(args)


if __name__ == "__main__":
    sys.exit(main())
