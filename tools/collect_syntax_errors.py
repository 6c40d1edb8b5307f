#!/usr/bin/env python3
"""Build tests/errors/syntax/: invalid programs taken from CPython's own test suite.

The snippets are collected by running CPython's test modules under an audit hook that
logs every source handed to the compiler (compile(), exec(), eval(), ast.parse, import,
symtable) and every program started with `python -c CODE` or `python FILE`, plus every
file under Lib/test that does not compile. A snippet is kept when /usr/bin/python3.11
refuses to compile it as a file; for each one the tool writes

  <origin>_<n>.py   the snippet, byte for byte
  <origin>_<n>.err  the stderr of `cd tests/errors/syntax && python3.11 <origin>_<n>.py`,
                    with the absolute directory CPython puts before the script's name
                    removed

and manifest.json with the origin (test module and test id) and the exception that
compile(source, filename, "exec") raises (class, msg, lineno, offset, end_lineno,
end_offset, text), plus under "run" the exception that running the file raised, as
sys.excepthook saw it. The .err follows "run", which differs from compile() for many
snippets (the text of a last line without newline, the source line of symbol-table
errors, offsets at the end of the input, encoding errors); see tests/errors/README.md.

Run it with any Python 3; the oracle is always --python (default /usr/bin/python3.11).
  tools/collect_syntax_errors.py [--out tests/errors/syntax] [--modules test_syntax ...]
"""

import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ORACLE = "/usr/bin/python3.11"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The test modules to run, in the order their snippets are numbered (a snippet found by
# several modules is credited to the first). The first group is the one the corpus is
# about; the rest add the compile errors other areas of the suite check.
MODULES = [
    "test_syntax", "test_grammar", "test_exceptions", "test_fstring", "test_patma",
    "test_positional_only_arg", "test_unicode_identifiers", "test_eof",
    "test_string_literals", "test_generators", "test_genexps", "test_keywordonlyarg",
    "test_named_expressions", "test_unpack_ex", "test_global", "test_utf8source",
    "test_source_encoding", "test_compile", "test_future", "test_traceback",
    "test_unpack", "test_coroutines", "test_asyncgen", "test_except_star",
    "test_int_literal", "test_ucn", "test_scope", "test_with", "test_decorators",
    "test_dictcomps", "test_setcomps", "test_listcomps", "test_ast", "test_builtin",
    "test_cmd_line_script", "test_cmd_line", "test_flufl", "test_type_comments",
    "test_tokenize", "test_codeop", "test_symtable", "test_baseexception", "test_super",
    "test_class", "test_pep646_syntax", "test_print", "test_raise", "test_opcodes",
    "test_funcattrs", "test_keyword", "test_string", "test_doctest", "test_repl",
    "test_int", "test_float", "test_complex", "test_unicode", "test_bytes",
    "test_code_module", "test_dis", "test_peepholer", "test_inspect", "test_py_compile",
    "test_compileall", "test_utf8_mode", "test_future3", "test_future4", "test_future5",
    "test_generator_stop", "test_augassign", "test_dynamic", "test_longexp",
    "test_typing", "test_dataclasses", "test_descr", "test_exception_group",
    "test_sys_settrace", "test_pdb", "test_pydoc", "test_tabnanny",
]

# Compile failures that count: what CPython can raise while compiling a file.
ERROR_CLASSES = ("SyntaxError", "IndentationError", "TabError", "ValueError",
                 "MemoryError", "RecursionError", "OverflowError", "UnicodeDecodeError")

# Larger sources are left out. This still keeps the parser stress tests of test_syntax
# and test_compile (100,000 nested operators and the like).
MAX_SNIPPET_BYTES = 256 * 1024

# Tests that generate hundreds of near-identical inputs in a loop; an evenly spaced
# sample of each keeps the corpus from being dominated by one check.
SAMPLED_TESTS = {
    # Every invalid UTF-8 sequence: "Non-UTF-8 code starting with '\xNN'..." (488).
    "test.test_source_encoding.UTF8ValidatorTest.test_invalid_utf8": 60,
    # b'<c>' for each non-ASCII character c below 256 (128).
    "test.test_bytes.AssortedBytesTest.test_literal": 16,
}
RUN_TIMEOUT = 20


# --- Harvest mode: runs inside the oracle, one test module per process. -------------

def harvest(module_name, output_path):
    import importlib
    import io
    import threading
    import unittest

    seen = set()
    lock = threading.Lock()
    output = open(output_path, "a", encoding="ascii")

    def current_test():
        frame = sys._getframe(2)
        while frame is not None:
            names = frame.f_locals
            example = names.get("example")
            test = names.get("test")
            if frame.f_code.co_name.endswith("__run") and example is not None and test is not None:
                line = (test.lineno or 0) + example.lineno + 1
                return "%s (doctest line %d)" % (test.name, line)
            owner = names.get("self")
            if isinstance(owner, unittest.TestCase):
                try:
                    return owner.id()
                except Exception:
                    return type(owner).__name__
            frame = frame.f_back
        return ""

    def log(source, how):
        if isinstance(source, str):
            try:
                source = source.encode("utf-8")
            except UnicodeEncodeError:
                return
        if not isinstance(source, (bytes, bytearray)) or len(source) > MAX_SNIPPET_BYTES:
            return
        source = bytes(source)
        key = hashlib.sha256(source).digest()
        with lock:
            if key in seen:
                return
            seen.add(key)
            record = {"source": base64.b64encode(source).decode("ascii"),
                      "test": current_test(), "how": how}
            output.write(json.dumps(record) + "\n")
            output.flush()

    def python_program(arguments, cwd):
        # The program `python ARGS...` would compile: -c CODE or the script file.
        if isinstance(arguments, (str, bytes)):
            return
        arguments = [os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in arguments]
        if not arguments or not os.path.basename(arguments[0]).startswith("python"):
            return
        index = 1
        while index < len(arguments):
            argument = arguments[index]
            if argument == "-c" and index + 1 < len(arguments):
                log(arguments[index + 1], "python -c")
                return
            if argument in ("-m", "-"):
                return
            if argument in ("-X", "-W", "-Q"):
                index += 2
                continue
            if argument.startswith("-"):
                index += 1
                continue
            path = os.path.join(cwd or os.getcwd(), argument)
            # Only source files: some tests run .pyc files, or zip files and directories.
            if os.path.isfile(path) and (path.endswith(".py") or "." not in os.path.basename(path)):
                with open(path, "rb") as script:
                    log(script.read(), "python FILE")
            return

    def hook(event, arguments):
        try:
            if event == "compile":
                log(arguments[0], "compile")
            elif event == "subprocess.Popen":
                python_program(arguments[1], arguments[2])
        except Exception:
            pass

    sys.addaudithook(hook)
    module = importlib.import_module("test." + module_name)
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    output.close()


# --- Check mode: runs inside the oracle; compiles candidates in a crash-safe worker. --

def check_worker(candidates_path, results_path):
    # Writes, per candidate, the exception compile() raises ("" when it compiles). A
    # line "start <i>" before each lets the parent skip an input that kills the process.
    done = set()
    if os.path.exists(results_path):
        with open(results_path, encoding="ascii") as results:
            for line in results:
                done.add(int(line.split(" ", 2)[1]))
    with open(candidates_path, encoding="ascii") as candidates, \
            open(results_path, "a", encoding="ascii") as results:
        for index, line in enumerate(candidates):
            if index in done:
                continue
            results.write("start %d\n" % index)
            results.flush()
            record = json.loads(line)
            source = base64.b64decode(record["source"])
            error = compile_error(source, "snippet.py")
            if error is not None and strips_to_expression(source):
                error["eval_strips_to_expression"] = True
            results.write("result %d %s\n" % (index, json.dumps(error)))
            results.flush()


def compile_error(source, filename):
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except BaseException as error:  # noqa: B902 - every compile failure is data
        return describe(error)
    return None


def describe(error):
    info = {"class": type(error).__name__}
    if isinstance(error, SyntaxError):
        info.update(msg=error.msg, lineno=error.lineno, offset=error.offset,
                    end_lineno=error.end_lineno, end_offset=error.end_offset, text=error.text)
    else:
        info["msg"] = str(error)
    return info


# The sitecustomize used for the "run" capture: it records the exception that reaches
# sys.excepthook and kills the process if the main module ever starts executing, so a
# snippet that compiles when run as a file is never actually run.
SITECUSTOMIZE = r'''
import json, os, sys
_target = os.environ["TAIPAN_CAPTURE_TARGET"]
_output = os.environ["TAIPAN_CAPTURE_OUTPUT"]
def _guard(frame, event, argument):
    if frame.f_code.co_filename == _target and frame.f_code.co_name == "<module>":
        os._exit(99)
sys.setprofile(_guard)
def _hook(kind, value, traceback):
    sys.setprofile(None)
    info = {"class": kind.__name__}
    if isinstance(value, SyntaxError):
        info.update(msg=value.msg, lineno=value.lineno, offset=value.offset,
                    end_lineno=value.end_lineno, end_offset=value.end_offset,
                    text=value.text, filename=value.filename)
    else:
        info["msg"] = str(value)
    info["traceback"] = traceback is not None
    with open(_output, "w") as out:
        json.dump(info, out)
    sys.__excepthook__(kind, value, traceback)
sys.excepthook = _hook
'''


def clean_environment():
    return {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}


def run_file(python, directory, name, environment):
    try:
        process = subprocess.run([python, name], cwd=directory, env=environment,
                                 stdin=subprocess.DEVNULL, capture_output=True,
                                 timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return process


# --- Format cases: the report for positions no snippet happens to produce. ------------

# (class, msg, lineno, offset, text, end_lineno, end_offset): markers past the end of the
# line, reversed or missing ends, ranges over several lines, text holding several lines,
# leading blanks and tabs, non-ASCII text. Each is printed by the oracle's own printer
# (sys.__excepthook__ with no traceback, as for an error while compiling a script).
FORMAT_CASES = [
    ("SyntaxError", "invalid syntax", 1, 5, "    foo(\n", 1, 6),
    ("SyntaxError", "invalid syntax", 1, 3, "\t\tfoo(\n", 1, 4),
    ("SyntaxError", "invalid syntax", 1, 7, "a\tb\tfoo(\n", 1, 9),
    ("SyntaxError", "invalid syntax", 1, 20, "abc\n", 1, 22),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 1, 2),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 1, 30),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 2, 2),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 3, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef", 2, 1),
    ("SyntaxError", "invalid syntax", 1, 3, "   abcdef\n", 2, 1),
    ("SyntaxError", "invalid syntax", 1, 6, "   abcdef\n", 2, 1),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 1, 0),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 1, -1),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 1, 3),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", None, None),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef\n", 0, 5),
    ("SyntaxError", "invalid syntax", 2, 3, "abcdef\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 0, "abcdef\n", 1, 3),
    ("SyntaxError", "invalid syntax", 1, None, "abcdef\n", None, None),
    ("SyntaxError", "invalid syntax", 1, -1, "abcdef\n", 1, 3),
    ("SyntaxError", "invalid syntax", 1, 6, "ab\ncdef\n", 1, 8),
    ("SyntaxError", "invalid syntax", 1, 2, "ab\ncdef\n", 1, 8),
    ("SyntaxError", "invalid syntax", 1, 3, "ab\ncdef\n", 1, 4),
    ("SyntaxError", "invalid syntax", 1, 4, "ab\ncdef\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "ab\ncdef\n", 2, 1),
    ("SyntaxError", "invalid syntax", 1, 5, "ab\ncdef\n", 2, 1),
    ("SyntaxError", "invalid syntax", 1, 7, "abc\ndef\n", 1, 20),
    ("SyntaxError", "invalid syntax", 1, 3, "  \n  ab\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "abc\n\n\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "\f  abcdef\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 4, " \f\tx\n", 1, 9),
    ("SyntaxError", "invalid syntax", 1, 3, "\v  x\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "abcdef", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "   ", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 1, "\t\n", 1, 2),
    ("SyntaxError", "invalid syntax", 1, 2, "\t\n", 1, 3),
    ("SyntaxError", "invalid syntax", 1, 3, "   abc   \n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "abc\r\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 2, "ab\rcd\n", 1, 4),
    ("SyntaxError", "invalid syntax", 1, 3, "abc\n", None, None),
    ("SyntaxError", "invalid syntax", 1, 2, "abcdefgh\n", 1, 100),
    ("SyntaxError", "invalid syntax", 1, 9, "abcdefgh\n", 1, 12),
    ("SyntaxError", "invalid syntax", 1, 10, "abcdefgh\n", 1, 12),
    ("SyntaxError", "invalid syntax", 1, 1, "  abcdefgh\n", 1, 4),
    ("SyntaxError", "invalid syntax", 1, 3, "  abcdefgh\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "\t abcdefgh\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 2, "ab\n", 1, 2 ** 40),
    ("SyntaxError", "invalid syntax", 1, 2 ** 30, "ab\n", 1, 2 ** 31 - 1),
    ("SyntaxError", "invalid syntax", 1, 3, "\xe9\xe9\xe9(\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 10, "\xe9\xe9\n", 1, 12),
    ("SyntaxError", "invalid syntax", 1, 2, "\xe9\xe9(\n", 1, 20),
    ("SyntaxError", "invalid syntax", 1, 4, "  \xe9\xe9(\n", 1, 5),
    ("SyntaxError", "invalid syntax", 1, 3, "\xe9\u4e2d\U0001f600abcdef\n", 1, 50),
    ("SyntaxError", "invalid syntax", 1, 40, "\xe9\u4e2d\U0001f600abcdef\n", 1, 50),
    ("SyntaxError", "invalid syntax", 1, 3, "\xe9\u4e2d\U0001f600abcdef\n", 2, 50),
    ("SyntaxError", "invalid syntax", 1, 3, None, 1, 5),
    ("SyntaxError", "", 1, 1, "x\n", 1, 2),
    ("SyntaxError", "two\nlines", 1, 1, "x\n", 1, 2),
    ("IndentationError", "unexpected indent", 3, 5, "    x\n", 3, 6),
    ("IndentationError", "expected an indented block", 3, 1, "pass\n", 3, 5),
    ("IndentationError", "expected an indented block", 3, 2, "pass", 4, 5),
    ("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "pass\n", 3, 5),
    ("TabError", "inconsistent use of tabs and spaces in indentation", 2, 1, "\tx\n", 2, 0),
    ("SyntaxError", "encoding problem: utf8 with BOM", None, None, None, None, None),
    ("MemoryError", "", None, None, None, None, None),
    ("RecursionError", "maximum recursion depth exceeded during compilation", None, None, None, None, None),
    ("ValueError", "source code string cannot contain null bytes", None, None, None, None, None),
]

FORMAT_CASE_PRINTER = r'''
import builtins, json, sys
kind, msg, lineno, offset, text, end_lineno, end_offset = json.loads(sys.argv[1])
cls = getattr(builtins, kind)
if issubclass(cls, SyntaxError):
    error = cls(msg, (sys.argv[2] if lineno is not None else None, lineno, offset, text,
                      end_lineno, end_offset))
else:
    error = cls(msg) if msg else cls()
sys.__excepthook__(cls, error, None)
'''


def record_format_cases(python, path):
    cases = []
    for case in FORMAT_CASES:
        process = subprocess.run([python, "-c", FORMAT_CASE_PRINTER, json.dumps(case), "example.py"],
                                 capture_output=True, env=clean_environment(), timeout=RUN_TIMEOUT)
        kind, msg, lineno, offset, text, end_lineno, end_offset = case
        cases.append({"class": kind, "msg": msg, "lineno": lineno, "offset": offset, "text": text,
                      "end_lineno": end_lineno, "end_offset": end_offset, "filename": "example.py",
                      "stderr": process.stderr.decode("utf-8")})
    with open(path, "w", encoding="utf-8") as file:
        json.dump(cases, file, indent=1, ensure_ascii=False)
        file.write("\n")
    print("%d format cases written to %s" % (len(cases), path), file=sys.stderr)


# --- The driver. ----------------------------------------------------------------------

def harvest_modules(python, modules, work):
    candidates = []  # (origin, test, how, source)
    seen = set()
    for module in modules:
        if not os.path.exists("/usr/lib/python3.11/test/%s.py" % module):
            print("skip %s: no such test module" % module, file=sys.stderr)
            continue
        log_path = os.path.join(work, "harvest_%s.jsonl" % module)
        if os.path.exists(log_path):
            print("reusing %s" % log_path, file=sys.stderr)
            module_cwd = None
        else:
            module_cwd = tempfile.mkdtemp(dir=work)
            print("running %s" % module, file=sys.stderr, flush=True)
        try:
            if module_cwd is None:
                raise FileNotFoundError
            subprocess.run([python, os.path.abspath(__file__), "--harvest", module, log_path],
                           cwd=module_cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=900)
        except subprocess.TimeoutExpired:
            print("  %s timed out; keeping what it logged" % module, file=sys.stderr)
        except FileNotFoundError:
            pass
        if module_cwd is not None:
            shutil.rmtree(module_cwd, ignore_errors=True)
        if not os.path.exists(log_path):
            continue
        with open(log_path, encoding="ascii") as log:
            for line in log:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # A line cut short by a crash.
                source = base64.b64decode(record["source"])
                if source in seen:
                    continue
                seen.add(source)
                candidates.append((module, record["test"], record["how"], source))
    return candidates


def test_directory_files(seen):
    # Every file of the test suite that CPython itself cannot compile (badsyntax_*.py,
    # bad_coding*.py, the Python 2 samples of test_lib2to3...).
    candidates = []
    root = "/usr/lib/python3.11/test"
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            with open(path, "rb") as file:
                source = file.read()
            if source in seen or len(source) > MAX_SNIPPET_BYTES:
                continue
            seen.add(source)
            origin = name[:-3]
            candidates.append((origin, os.path.relpath(path, "/usr/lib/python3.11"), "file", source))
    return candidates


def check_candidates(python, candidates, work):
    # Returns, per candidate, the compile() exception (or None), with a worker process
    # that is restarted past any input that crashes it.
    candidates_path = os.path.join(work, "candidates.jsonl")
    results_path = os.path.join(work, "results.txt")
    with open(candidates_path, "w", encoding="ascii") as out:
        for candidate in candidates:
            out.write(json.dumps({"source": base64.b64encode(candidate[3]).decode("ascii")}) + "\n")
    if os.path.exists(results_path):
        os.unlink(results_path)
    results = {}
    while True:
        subprocess.run([python, os.path.abspath(__file__), "--check", candidates_path, results_path],
                       cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=3600)
        started = None
        with open(results_path, encoding="ascii") as lines:
            for line in lines:
                kind, index, rest = (line.rstrip("\n").split(" ", 2) + [""])[:3]
                if kind == "start":
                    started = int(index)
                else:
                    results[int(index)] = json.loads(rest)
                    started = None
        if started is None:
            return results
        print("  candidate %d crashed the compiler; skipped" % started, file=sys.stderr)
        results[started] = {"class": "crash"}
        with open(results_path, "a", encoding="ascii") as out:
            out.write("result %d %s\n" % (started, json.dumps({"class": "crash"})))


def strips_to_expression(python_source):
    # eval() strips leading blanks from a string and compiles an expression: a test that
    # evaluated "  1" did not mean an invalid program, even though the file is one.
    stripped = python_source.lstrip(b" \t")
    if stripped == python_source:
        return False
    try:
        compile(stripped, "<check>", "eval", dont_inherit=True)
    except BaseException:
        return False
    return True


def relative_paths(stderr, directory):
    # CPython 3.11 runs `python3.11 x.py` as "<getcwd()>/x.py", so its reports name the
    # snippet by an absolute path; the .err files keep it relative to their directory.
    return stderr.replace(os.fsencode(os.path.realpath(directory) + "/"), b"")


def machine_dependent(text, directories):
    for directory in directories:
        if directory and directory in text:
            return True
    return re.search(r"0x[0-9a-f]{6,}", text) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=ORACLE)
    parser.add_argument("--out", default=os.path.join(REPO, "tests", "errors", "syntax"))
    parser.add_argument("--modules", nargs="*", default=MODULES)
    parser.add_argument("--work", help="keep intermediate files here")
    parser.add_argument("--harvest", nargs=2, metavar=("MODULE", "LOG"), help=argparse.SUPPRESS)
    parser.add_argument("--check", nargs=2, metavar=("CANDIDATES", "RESULTS"), help=argparse.SUPPRESS)
    parser.add_argument("--format-cases", metavar="FILE", nargs="?",
                        const=os.path.join(REPO, "tests", "errors", "format_cases.json"),
                        help="only record the report format cases (default %(const)s)")
    options = parser.parse_args()
    if options.format_cases:
        record_format_cases(options.python, options.format_cases)
        return 0
    if options.harvest:
        harvest(*options.harvest)
        return 0
    if options.check:
        check_worker(*options.check)
        return 0

    python = options.python
    work = options.work or tempfile.mkdtemp(prefix="taipan-collect-")
    os.makedirs(work, exist_ok=True)
    candidates = harvest_modules(python, options.modules, work)
    candidates += test_directory_files({c[3] for c in candidates})
    print("%d distinct sources logged; compiling them" % len(candidates), file=sys.stderr)
    errors = check_candidates(python, candidates, work)

    invalid = [(candidate, errors[i]) for i, candidate in enumerate(candidates)
               if errors.get(i) is not None and errors[i]["class"] in ERROR_CLASSES]
    invalid = sample_generated(invalid)
    print("%d of them do not compile" % len(invalid), file=sys.stderr)

    # Start from an empty directory so that the corpus is exactly this run's output.
    out = options.out
    if os.path.isdir(out):
        for name in os.listdir(out):
            if name.endswith((".py", ".err")) or name == "manifest.json":
                os.unlink(os.path.join(out, name))
    os.makedirs(out, exist_ok=True)
    capture_directory = os.path.join(work, "capture")
    scratch = os.path.join(work, "scratch")
    os.makedirs(capture_directory, exist_ok=True)
    os.makedirs(scratch, exist_ok=True)
    with open(os.path.join(capture_directory, "sitecustomize.py"), "w") as site:
        site.write(SITECUSTOMIZE)

    manifest = {}
    counters = {}
    dropped = {}
    for (origin, test, how, source), compiled in invalid:
        if compiled.pop("eval_strips_to_expression", False):
            dropped["valid expression for eval()"] = dropped.get("valid expression for eval()", 0) + 1
            continue
        number = counters.get(origin, 0) + 1
        name = "%s_%d" % (origin, number)
        reason = record_snippet(python, source, name, out, scratch, capture_directory, work)
        if isinstance(reason, str):
            dropped[reason] = dropped.get(reason, 0) + 1
            continue
        counters[origin] = number
        # compile() with the snippet's own name, so that messages naming it agree.
        compiled = compile_in_oracle(python, os.path.join(out, name + ".py"))
        entry = {"origin": "%s: %s" % (origin, test) if test else origin, "found_by": how}
        entry.update(compiled)
        entry["run"] = reason
        manifest[name + ".py"] = entry

    write_manifest(os.path.join(out, "manifest.json"), manifest)
    print("%d snippets written to %s" % (len(manifest), out), file=sys.stderr)
    for reason, count in sorted(dropped.items()):
        print("  dropped %d: %s" % (count, reason), file=sys.stderr)
    if not options.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def write_manifest(path, manifest):
    # One snippet per line, so that re-recording shows as a readable diff.
    def snippet_order(name):
        origin, _, number = name[:-3].rpartition("_")
        return (origin, int(number))

    with open(path, "w", encoding="utf-8") as file:
        file.write("{\n")
        names = sorted(manifest, key=snippet_order)
        for index, name in enumerate(names):
            file.write("%s: %s%s\n" % (json.dumps(name), json.dumps(manifest[name], ensure_ascii=False,
                                                                     sort_keys=True),
                                        "," if index + 1 < len(names) else ""))
        file.write("}\n")


def sample_generated(invalid):
    groups = {}
    for index, ((origin, test, how, source), error) in enumerate(invalid):
        if test in SAMPLED_TESTS:
            groups.setdefault(test, []).append(index)
    dropped = set()
    for test, indexes in groups.items():
        keep = SAMPLED_TESTS[test]
        if len(indexes) > keep:
            chosen = {indexes[(i * len(indexes)) // keep] for i in range(keep)}
            dropped.update(i for i in indexes if i not in chosen)
            print("  %s: kept %d of %d" % (test, keep, len(indexes)), file=sys.stderr)
    return [entry for index, entry in enumerate(invalid) if index not in dropped]


def compile_in_oracle(python, path):
    code = ("import json,sys;sys.dont_write_bytecode=True;sys.path[:0]=[%r];"
            "import collect_syntax_errors as c;"
            "print(json.dumps(c.compile_error(open(sys.argv[1],'rb').read(),sys.argv[2])))"
            % os.path.dirname(os.path.abspath(__file__)))
    process = subprocess.run([python, "-c", code, path, os.path.basename(path)],
                             capture_output=True, text=True, timeout=RUN_TIMEOUT,
                             env=clean_environment())
    return json.loads(process.stdout)


def record_snippet(python, source, name, out, scratch, capture_directory, work):
    # Writes <name>.py and <name>.err into `out` and returns the exception of the run,
    # or returns why the snippet cannot be used (and leaves nothing behind).
    path = os.path.join(out, name + ".py")
    with open(path, "wb") as file:
        file.write(source)

    def give_up(reason):
        os.unlink(path)
        return reason

    capture_output = os.path.join(work, "capture.json")
    if os.path.exists(capture_output):
        os.unlink(capture_output)
    environment = clean_environment()
    environment.update(PYTHONPATH=capture_directory, TAIPAN_CAPTURE_TARGET=name + ".py",
                       TAIPAN_CAPTURE_OUTPUT=capture_output)
    captured = run_file(python, out, name + ".py", environment)
    if captured is None:
        return give_up("timeout")
    if captured.returncode == 99:
        return give_up("compiles when run as a file")
    if not os.path.exists(capture_output):
        return give_up("no exception reached sys.excepthook")
    with open(capture_output) as file:
        run_error = json.load(file)
    for field in ("msg", "filename"):
        if isinstance(run_error.get(field), str):
            run_error[field] = run_error[field].replace(os.path.realpath(out) + "/", "")
    if run_error.pop("traceback"):
        return give_up("raised with a traceback, not at compile time")

    first = run_file(python, out, name + ".py", clean_environment())
    shutil.copyfile(path, os.path.join(scratch, name + ".py"))
    second = run_file(python, scratch, name + ".py", clean_environment())
    os.unlink(os.path.join(scratch, name + ".py"))
    if first is None or second is None:
        return give_up("timeout")
    if first.returncode != 1 or not first.stderr:
        return give_up("exit status %d" % first.returncode)
    first_stderr = relative_paths(first.stderr, out)
    if first_stderr != relative_paths(second.stderr, scratch) or first.stdout or \
            machine_dependent(first_stderr.decode("utf-8", "replace"), [out, scratch, work]):
        return give_up("output depends on the machine")
    with open(os.path.join(out, name + ".err"), "wb") as file:
        file.write(first_stderr)
    return run_error


if __name__ == "__main__":
    sys.exit(main())
