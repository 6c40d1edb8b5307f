#!/usr/bin/python3.11
"""Records from CPython 3.11 the expected results of the string-literal cases that
src/parser/strings_test.cpp checks parse_strings() against, and rewrites the block
between the "BEGIN GENERATED" and "END GENERATED" lines of that file:

  generate_strings_test_data.py [src/parser/strings_test.cpp]

The cases are read from tests/golden/strings/parse_strings_cases.txt, separated by
lines "====". Each case is a run of adjacent string literals written as Python source (wrapped in
parentheses so that it may span lines). Its tokens come from Python's tokenize
module, with columns turned into UTF-8 byte offsets as Taipan's lexer reports them;
the expected result is ast.parse's node in the compact notation of the test
(C(...) Constant, B(...) bytes Constant, J[...] JoinedStr, F(...) FormattedValue,
N(...) Name, each with its location), or the SyntaxError. Replacement fields hold
plain names only, so the test does not depend on the rest of the parser's output.
"""

import ast
import io
import os
import sys
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES_PATH = os.path.join(ROOT, "tests", "golden", "strings", "parse_strings_cases.txt")


def escape(value):
    out = []
    for item in value:
        code = item if isinstance(item, int) else ord(item)
        if 0x20 <= code < 0x7F and code != 0x5C:
            out.append(chr(code))
        else:
            out.append("\\u{%x}" % code)
    return "".join(out)


def location(node):
    return f"@{node.lineno}.{node.col_offset}-{node.end_lineno}.{node.end_col_offset}"


def compact(node):
    if node is None:
        return "None"
    if isinstance(node, ast.Constant):
        prefix = "B(" if isinstance(node.value, bytes) else "C("
        return prefix + escape(node.value) + "," + (node.kind or "None") + ")" + location(node)
    if isinstance(node, ast.JoinedStr):
        return "J[" + ", ".join(compact(value) for value in node.values) + "]" + location(node)
    if isinstance(node, ast.FormattedValue):
        return f"F({compact(node.value)},{node.conversion},{compact(node.format_spec)}){location(node)}"
    if isinstance(node, ast.Name):
        return f"N({node.id}){location(node)}"
    raise ValueError(f"unsupported node in a test case: {ast.dump(node)}")


def string_tokens(source):
    """The first run of STRING tokens (byte columns) and the token after it."""
    lines = source.splitlines(keepends=True)
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line.encode()))

    def byte_column(lineno, column):
        return len(lines[lineno - 1][:column].encode())

    run, after = [], None
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            run.append(token)
        elif run and token.type not in (tokenize.NL, tokenize.COMMENT):
            after = token
            break
    result = []
    for token in run:
        start = line_starts[token.start[0] - 1] + byte_column(*token.start)
        result.append((token.start[0], byte_column(*token.start), token.end[0], byte_column(*token.end),
                       start, len(token.string.encode())))
    return result, after


def expected_result(source, tokens, after):
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        # CPython reports these at the last token the parser fetched: the one after the
        # run. parse_strings leaves them unlocated for the parser to place.
        assert after is not None and error.lineno == after.start[0], (source, error)
        return f"ERR: {error.msg}"
    return compact(tree.body[0].value)


def cpp_string(text):
    if ")PY\"" in text or any(ord(c) < 0x20 and c not in "\n\t" for c in text):
        raise ValueError(f"cannot write {text!r} as a raw string")
    return 'R"PY(' + text + ')PY"'


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src", "parser", "strings_test.cpp")
    with open(CASES_PATH, encoding="utf-8") as file:
        cases = file.read()
    rows = []
    for source in cases.strip("\n").split("\n====\n"):
        tokens, after = string_tokens(source + "\n")
        expected = expected_result(source + "\n", tokens, after)
        token_list = ", ".join("{ %d, %d, %d, %d, %d, %d }" % token for token in tokens)
        rows.append(f"    {{ {cpp_string(source)},\n        {{ {token_list} }},\n        {cpp_string(expected)} }},\n")
    with open(path) as file:
        text = file.read()
    begin = text.index("// BEGIN GENERATED")
    begin = text.index("\n", begin) + 1
    end = text.index("// END GENERATED")
    text = text[:begin] + "".join(rows) + "    " + text[end:]
    with open(path, "w") as file:
        file.write(text)
    print(f"{len(rows)} cases written to {path}")


if __name__ == "__main__":
    main()
