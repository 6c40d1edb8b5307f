#!/usr/bin/env python3
"""Record what CPython 3.11's sys.excepthook prints, for objects/exceptions_test.cpp.

Writes OUTPUT_DIR/markers.txt (traceback marker lines: the ~~^^ line under a source
line), OUTPUT_DIR/syntax_text.txt (a SyntaxError's text and caret lines) and
OUTPUT_DIR/suggestions.txt ("Did you mean" choices). Every string is hex-encoded UTF-8
so the C++ reader needs no escaping rules; "-" stands for "nothing printed".

  generate_exception_test_data.py OUTPUT_DIR
"""

import io
import os
import random
import sys
import tempfile

MARKER_SNIPPETS = [
    "a = 1\nb = 0\nc = a / b\n",
    "a = 1\nb = 0\nc = (a) / (b)\n",
    "a = 1\nb = 0\nc = a   //   b + 1\n",
    "a = 1\nb = 0\nc = a/b\n",
    "a = 1\nb = 0\nx = [a % b]\n",
    "a = 2\nb = 'x'\nx = a ** b\n",
    "a = 2\nb = 'x'\nx = a << b\n",
    "a = 2\nb = 'x'\nx = a>>b\n",
    "a = 2\nb = 'x'\nx = a & b | 3\n",
    "a = 2\nb = 'x'\nx = 1 + (a ^ b)\n",
    "a = 2\nb = 'x'\nx = a @ b\n",
    "a = 2\nb = 'x'\nx = a - b\n",
    "a = 2\nb = None\nx = a\t*\tb\n",
    "x = {}\ny = x['a']['b']\n",
    "l = []\nl[0]\n",
    "l = []\nl[0] + 1\n",
    "d = {}\nd[1][2]\n",
    "a = [1]\na[0][1]\n",
    "a = {'x': [1]}\nprint(a['x'][5])\n",
    "a = {'x': [1]}\nprint(a['x'] [5 : 6 : 7] [0])\n",
    "x = None\nx.foo\n",
    "x = None\nx.foo.bar\n",
    "x = None\nprint(x.foo)\n",
    "x = None\nx.foo   \n",
    "x = None\nx.foo  # comment\n",
    "x = None\nif 1:\n    x.foo\n",
    "x = None\nif 1:\n\tx.foo  \n",
    "x = None\nx.foo;\n",
    "x = None\n\x0cx.foo\n",
    "x = (1 +\n   'a')\n",
    "x = (1 +   \n   'a')\n",
    "if 1:\n    x = (1 +\n       'a')\n",
    "x = 1 + \\\n   'a'\n",
    "def f(a, b):\n    pass\nf(1,\n  2, 3)\n",
    "x = 'é' + 1\n",
    "y = 'éé'; z = y + 1\n",
    "y = '€€'; z = (y\n  + 1)\n",
    "s = 'ab'\ns.foo(\n1)\n",
    "x = 1\nx()\n",
    "x = 1; y = x / 0\n",
    "x = 1 if True else 2; y = 1 / 0 if True else 3\n",
    "assert 1 == 2, 'msg'\n",
    "raise ValueError('bad')\n",
    "x = 1\ny = x + 'a' + 'b'\n",
    "x = 'a'\ny = 1 + 2 + x\n",
    "l = [1, 2]\nl[1:2] = 5\n",
    "import math\nmath.sqrt(-1)\n",
    "import math\nx = math.sqrt(-1) * 2\n",
    "x = 'é'\nx.upper().foo\n",
    "d = {}\nd['é'] += 1\n",
    "x = 0\nx += 1 / x\n",
    "t = (1,)\nt[0] = 2\n",
    "x = int('z')\n",
    "f = lambda: 1 / 0\nf()\n",
    "x = [1 / 0 for _ in range(1)]\n",
    "x = -'a'\n",
    "x = not_defined + 1\n",
    "x = 1 < 'a'\n",
    "x = (1).foo\n",
    "x = {}['é']\n",
    "x = [1][\n  5]\n",
]


def hex_of(text):
    return text.encode("utf-8", "surrogatepass").hex() or "="


def hook_output(exception):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.excepthook(type(exception), exception, exception.__traceback__)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def record_markers(directory, out):
    for index, source in enumerate(MARKER_SNIPPETS):
        path = os.path.join(directory, f"snippet{index}.py")
        with open(path, "w", encoding="utf-8") as file:
            file.write(source)
        try:
            exec(compile(source, path, "exec"), {})
        except Exception as error:
            exception = error
        else:
            raise SystemExit(f"snippet {index} did not raise")
        tb = exception.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        positions = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
        lineno, end_lineno, col, end_col = (-1 if v is None else v for v in positions)
        line = source.split("\n")[tb.tb_lineno - 1]
        lines = hook_output(exception).split("\n")
        # The last frame's lines end just before the exception line(s).
        message_lines = str(exception).count("\n") + 1
        body = lines[: len(lines) - 1 - message_lines]
        last_file = max(i for i, text in enumerate(body) if text.startswith("  File "))
        rest = body[last_file + 1:]
        marker = hex_of(rest[1][4:]) if len(rest) >= 2 else "-"
        out.write(f"{hex_of(line)} {lineno} {end_lineno} {col} {end_col} {marker}\n")


SYNTAX_TEXTS = ["abc def\n", "abc def", "   abc def\n", "abc\ndef ghi\n", "é abc def", "\tabc def",
                "abc def   \n", "", "\n", "\x0c  abc", "x = (1,\n", "  if x:\n    pass\n", "€€ = 1\n"]


def record_syntax_texts(out):
    random.seed(3)
    cases = []
    for text in SYNTAX_TEXTS:
        for offset in [None, -2, 0, 1, 2, 4, 5, 8, 20]:
            for end_lineno, end_offset in [(1, None), (1, 6), (1, 4), (1, 2), (2, 2), (1, 0), (1, -1), (1, 30)]:
                cases.append((text, offset, end_lineno, end_offset))
    for text, offset, end_lineno, end_offset in cases:
        error = SyntaxError("bad", ("f.py", 1, offset, text, end_lineno, end_offset))
        lines = hook_output(error).split("\n")
        assert lines[0] == '  File "f.py", line 1', lines
        printed = "\n".join(lines[1:-2]) + "\n"
        encode = lambda value: "N" if value is None else str(value)
        out.write(f"{hex_of(text)} 1 {encode(offset)} {encode(end_lineno)} {encode(end_offset)} {hex_of(printed)}\n")


NAMES = ["print", "prnt", "lenght", "length", "upper", "uper", "Upper", "UPPER", "foo", "fooo", "fo", "bar",
         "valeu", "value", "values", "x", "y", "xy", "exit", "exitt", "real", "real2", "imag", "append",
         "apend", "appendd", "a" * 45, "a" * 44 + "b", "éte", "ete", "été", "__init__", "__int__", "_private",
         "private", "Counter", "counter", "COUNTER", "isinstance", "isinstanc", "is_instance", "sort", "sorted"]


class Listed:
    def __init__(self, names):
        self.names = names

    def __dir__(self):
        return self.names


def record_suggestions(out):
    random.seed(7)
    for name in NAMES:
        for _ in range(6):
            candidates = random.sample(NAMES, random.randint(1, 12))
            error = AttributeError("x", name=name, obj=Listed(candidates))
            line = hook_output(error).strip().split("\n")[-1]
            marker = ". Did you mean: '"
            found = line[line.index(marker) + len(marker):-2] if marker in line else None
            # dir() sorts the names before CPython looks at them.
            ordered = sorted(candidates)
            out.write(" ".join([hex_of(name), "-" if found is None else hex_of(found)] + [hex_of(c) for c in ordered]))
            out.write("\n")


def main():
    output = sys.argv[1]
    os.makedirs(output, exist_ok=True)
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(output, "markers.txt"), "w") as out:
            record_markers(directory, out)
    with open(os.path.join(output, "syntax_text.txt"), "w") as out:
        record_syntax_texts(out)
    with open(os.path.join(output, "suggestions.txt"), "w") as out:
        record_suggestions(out)
    with open(os.path.join(output, "stamp"), "w") as out:
        out.write("ok\n")


if __name__ == "__main__":
    main()
