#!/usr/bin/python3.11
"""Records the expectations of src/parser/parser_test.cpp from CPython 3.11.

For each source below, CPython's ast.parse(source, mode=MODE) gives either a tree
(recorded as ast.dump(..., include_attributes=True)) or an exception (class, message,
lineno, offset, end_lineno, end_offset). The errors of "exec" sources are recorded by
running them as a script, which is what taipan's parse() reproduces: offsets count bytes
unless the source declares its encoding, and errors at the end of the file are at
column 0.

  /usr/bin/python3.11 tools/generate_parser_test_cases.py > src/parser/parser_test_cases.inc
"""
import ast
import json
import os
import subprocess
import sys
import tempfile

# Installed as sitecustomize: reports the script's SyntaxError as CPython raised it.
HOOK = """
import json, sys
def hook(kind, error, traceback):
    fields = {"class": kind.__name__}
    if isinstance(error, SyntaxError):
        fields.update(msg=error.msg, lineno=error.lineno, offset=error.offset,
                      end_lineno=error.end_lineno, end_offset=error.end_offset)
    sys.stdout.write(json.dumps(fields))
sys.excepthook = hook
"""


def run_as_script(source, directory):
    path = os.path.join(directory, "case.py")
    with open(path, "wb") as file:
        file.write(source.encode("utf-8"))
    environment = {"PATH": "/usr/bin:/bin", "PYTHONPATH": directory, "LC_ALL": "C.UTF-8"}
    result = subprocess.run([sys.executable, path], capture_output=True, env=environment, cwd=directory)
    return json.loads(result.stdout)

# (mode, source). Sources are str; they are encoded as UTF-8.
CASES = [
    # Generic errors: the last token the first pass reached.
    ("exec", "x = 1 +\n"),
    ("exec", "x = 1 1\ny = (\n"),
    ("exec", "f(a b\n"),
    ("exec", "x = $\n"),
    ("exec", "a <> b\n"),
    ("exec", "@foo\n"),
    ("exec", "x = 1\n    y = 2\n"),
    ("exec", "if 1:\n  @foo\n"),
    ("exec", "try:\n   x = 34\n"),
    ("exec", "x = 1  # comment\nS = # comment\n"),
    ("exec", "def f(:\n  pass\n"),
    ("exec", "for x in y z:\n  pass\n"),
    # Errors found later by the lexer replace a parser error, except status-only ones.
    ("exec", "x = 1 1\ny = \"abc\n"),
    ("exec", "x = 1 1\ny = )\n"),
    ("exec", "x = 1 1\nif x:\n  a\n b\n"),
    ("exec", "y = (1,\nf(a b)\n"),
    ("exec", "x = (1 +\n"),
    # invalid_* rules.
    ("exec", "f(**a, *b)\n"),
    ("exec", "f(a for a in b, c)\n"),
    ("exec", "f(a, b for b in c)\n"),
    ("exec", "f(a=1 for a in b)\n"),
    ("exec", "f(a=1, b)\n"),
    ("exec", "f(**a, b)\n"),
    ("exec", "f(True=1)\n"),
    ("exec", "f(a.b=1)\n"),
    ("exec", "print 'hello'\n"),
    ("exec", "(a b)\n"),
    ("exec", "[a b c]\n"),
    ("exec", "x = a if b\n"),
    ("exec", "(a.b := 1)\n"),
    ("exec", "if x = 1:\n  pass\n"),
    ("exec", "if x.y = 1:\n  pass\n"),
    ("exec", "[a, b]: int\n"),
    ("exec", "a, b: int\n"),
    ("exec", "a + 1: int\n"),
    ("exec", "f() = 1\n"),
    ("exec", "(a, b + 1) = 2\n"),
    ("exec", "x = yield = 1\n"),
    ("exec", "a + 1 += 1\n"),
    ("exec", "del f()\n"),
    ("exec", "del (a, *b)\n"),
    ("exec", "if x:\npass\n"),
    ("exec", "[*a for a in b]\n"),
    ("exec", "[a, b for a in c]\n"),
    ("exec", "[a, for a in c]\n"),
    ("exec", "{**a for a in b}\n"),
    ("exec", "def f(a=1, b):\n  pass\n"),
    ("exec", "def f((a, b)):\n  pass\n"),
    ("exec", "lambda (a, b): 1\n"),
    ("exec", "def f(/, a):\n  pass\n"),
    ("exec", "def f(a, /, b, /):\n  pass\n"),
    ("exec", "def f(*, a, /):\n  pass\n"),
    ("exec", "def f(a=1 /, *):\n  pass\n"),
    ("exec", "def f(a=):\n  pass\n"),
    ("exec", "def f(*):\n  pass\n"),
    ("exec", "def f(*a=1):\n  pass\n"),
    ("exec", "def f(*a, *b):\n  pass\n"),
    ("exec", "def f(**a=1):\n  pass\n"),
    ("exec", "def f(**a, b):\n  pass\n"),
    ("exec", "def f(**a, *b):\n  pass\n"),
    ("exec", "lambda *: 1\n"),
    ("exec", "lambda a=1, b: 1\n"),
    ("exec", "lambda **a, b: 1\n"),
    ("exec", "with a as 1: pass\n"),
    ("exec", "for 1 in x: pass\n"),
    ("exec", "for f() in x: pass\n"),
    ("exec", "(*a)\n"),
    ("exec", "(**a)\n"),
    ("exec", "from a import b,\n"),
    ("exec", "with a\n  pass\n"),
    ("exec", "with (a, b)\n  pass\n"),
    ("exec", "with a:\npass\n"),
    ("exec", "try:\npass\n"),
    ("exec", "try:\n  pass\nx = 1\n"),
    ("exec", "try:\n  pass\nexcept A:\n  pass\nexcept* B:\n  pass\n"),
    ("exec", "try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass\n"),
    ("exec", "try:\n  pass\nexcept A, B:\n  pass\n"),
    ("exec", "try:\n  pass\nexcept A\n  pass\n"),
    ("exec", "try:\n  pass\nexcept\n  pass\n"),
    ("exec", "try:\n  pass\nexcept *:\n  pass\n"),
    ("exec", "try:\n  pass\nfinally:\npass\n"),
    ("exec", "try:\n  pass\nexcept A:\npass\n"),
    ("exec", "try:\n  pass\nexcept* A:\npass\n"),
    ("exec", "match x:\n  case 1:\n  pass\n"),
    ("exec", "match x\n  case 1: pass\n"),
    ("exec", "match x:\ncase 1: pass\n"),
    ("exec", "match x:\n  case 1\n    pass\n"),
    ("exec", "match x:\n  case 1 as _: pass\n"),
    ("exec", "match x:\n  case 1 as a.b: pass\n"),
    ("exec", "match x:\n  case C(a=1, b): pass\n"),
    ("exec", "match x:\n  case 1+1: pass\n"),
    ("exec", "match x:\n  case 1j+1j: pass\n"),
    ("exec", "if x\n  pass\n"),
    ("exec", "if x:\n  pass\nelif y\n  pass\n"),
    ("exec", "if x:\n  pass\nelif y:\npass\n"),
    ("exec", "if x:\n  pass\nelse:\npass\n"),
    ("exec", "while x\n  pass\n"),
    ("exec", "while x:\npass\n"),
    ("exec", "for x in y\n  pass\n"),
    ("exec", "for x in y:\npass\n"),
    ("exec", "def f():\npass\n"),
    ("exec", "class A\n  pass\n"),
    ("exec", "class A:\npass\n"),
    ("exec", "{1: 2, 3}\n"),
    ("exec", "{1: *a}\n"),
    ("exec", "{1:}\n"),
    ("exec", "def f:\n  pass\n"),
    ("exec", "try x:\n  pass\n"),
    ("exec", "x = \u00e9\u00e9 1\n"),
    ("exec", "# coding: utf-8\nx = (\"\u00e9\u00e9\" 1)\n"),
    ("exec", "x = (\"\u00e9\u00e9\" 1)\n"),
    # f-string expressions.
    ("exec", "x = f\"{a b}\"\n"),
    ("exec", "x = 1\ny = f\"\"\"\n{a b}\"\"\"\n"),
    ("exec", "x = f\"{*a}\"\n"),
    ("exec", "x = f\"{123_a}\"\n"),
    # Too deep.
    ("exec", "-" * 6000 + "1\n"),
    ("exec", "x = " + "(" * 300 + ")" * 300 + "\n"),
    # Other modes.
    ("eval", "1, 2"),
    ("eval", "1 +"),
    ("eval", ""),
    ("eval", "x = 1"),
    ("single", "x = 1"),
    ("single", "if x:\n  pass"),
    ("single", "def f(): pass\n"),
    ("single", "for x in y:\n"),
    ("single", ""),
    ("func_type", "(int, *str, **bytes) -> None"),
    ("func_type", "() -> int\n\n"),
    ("func_type", "(a) -> "),
]


def c_string(text):
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\\n")
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record with CPython 3.11")
    modes = {"exec": "Exec", "eval": "Eval", "single": "Single", "func_type": "FunctionType"}
    directory = tempfile.mkdtemp()
    with open(os.path.join(directory, "sitecustomize.py"), "w") as file:
        file.write(HOOK)
    print("// Generated by tools/generate_parser_test_cases.py from CPython %d.%d.%d; do not edit."
          % sys.version_info[:3])
    print("// { mode, source, expected dump (or \"\"), error class, message, lineno, offset, end_lineno, end_offset }")
    for mode, source in CASES:
        try:
            tree = ast.parse(source.encode("utf-8"), "<test>", mode=mode)
            fields = [c_string(ast.dump(tree, include_attributes=True)), '""', '""', "0", "0", "0", "0"]
        except (SyntaxError, MemoryError, RecursionError) as error:
            if mode == "exec":
                raised = run_as_script(source, directory)
            else:
                raised = {"class": type(error).__name__}
                if isinstance(error, SyntaxError):
                    raised.update(msg=error.msg, lineno=error.lineno, offset=error.offset,
                                  end_lineno=error.end_lineno, end_offset=error.end_offset)
            fields = ['""', c_string(raised["class"]), c_string(raised.get("msg", ""))]
            fields += [str(raised.get(key) or 0) for key in ("lineno", "offset", "end_lineno", "end_offset")]
        print("{ ParseMode::%s, %s, %s }," % (modes[mode], c_string(source), ", ".join(fields)))


if __name__ == "__main__":
    main()
