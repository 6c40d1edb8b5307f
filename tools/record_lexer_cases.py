#!/usr/bin/env python3
"""Records the expected results of the lexer's unit tests from CPython and writes them
to src/lexer/lexer_test_cases.inc (run it with any Python 3; the oracle is always
/usr/bin/python3.11, run in a subprocess):

  tools/record_lexer_cases.py

  - error cases: compile(source, "f", "exec") of the bytes, for sources whose error
    comes from CPython's tokenizer (the script refuses any other error, so the list
    stays about the lexer);
  - token cases: tokens of valid sources, from the tokenize module, normalised to the
    C tokenizer's positions exactly as tools/compare_tokens.py does;
  - warning cases: the SyntaxWarnings compile() emits for numbers glued to keywords;
  - file cases: sources run as files (python3.11 FILE), for what only the file reader
    does (encodings, undecodable bytes, null bytes): the message of the SyntaxError
    raised, or the text as the declared codec decodes it.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

# The messages of the errors CPython's tokenizer reports.
TOKENIZER_ERROR = re.compile(
    r"^(invalid (decimal|hexadecimal|octal|binary|imaginary) literal|invalid digit|leading zeros|unterminated |"
    r"unmatched |closing parenthesis|too many nested parentheses|'.' was never closed|unexpected EOF while parsing|"
    r"unexpected character after line continuation|invalid character|invalid non-printable|unindent does not match|"
    r"inconsistent use of tabs|too many levels of indentation|\(unicode error\) 'utf-8')")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = "/usr/bin/python3.11"
OUTPUT = os.path.join(ROOT, "src", "lexer", "lexer_test_cases.inc")
# The file name decoding errors mention in the file cases.
FILE_NAME = "/tmp/taipan_lexer_case.py"

ERROR_SOURCES = [
    # Numbers.
    "1_", "1__0", "1_x", "1x", "1e", "1e+", "1e-", "1e+_1", "1e1_", "1.5_", "1_.5", "1.5x", "1e5x", "0_", "0_x",
    "0__0", "0.e", "1.e", "1.__class__", "x = 1.5eif", "1jx", "1.5j_", "1_j", "0x", "0xx", "0xg", "0xfg", "0x__1",
    "0x1and 2", "0o", "0o1_", "0o8", "0o19", "0o7x", "0b", "0b_", "0b1_", "0b12", "0b102", "0b1x", "x = 0b\u00e9",
    "012", "09", "0777", "0_7", "00_9", "\u00e9 = 012", "\u00e9 = 0_7", "1andy", "1orx", "1elsey", "1fory", "1notx",
    "1an", "1o", "0xand", "1e5_j", "x = 1\u00a0+ 2",
    # Strings.
    '"abc', '"""abc', "x = 'abc", 'x = "abc\ny"', 'x = """abc\ny\n', 'x = """abc\ny\n\n\n', 'x = rb"abc',
    'x = ("abc', "x = 'a\\\nb", "x = 'abc\\", "x = '''abc\\\n", '"""\n""""""a\nb', '\u00e9 = "abc',
    'if 1:\n    x = """\n  abc', '"""a""""b', 'x = "abc\\\\\ny"', "x = '\\'", 'f"{x', "x = Rb'", "x = u'''",
    # Brackets.
    "x)", "x = ]", "x = }", "x = [1, 2)", "x = {)", "x = (]", "x = [}", "x = [1,\n2)", "x = ([\n)", "(\n)\n)",
    "(" * 201, "x = " + "(" * 300, "[" * 100 + "]" * 99 + ")",
    "(\n", "foo(\n", "x = (1,\n 2", "x = [(\n", "x = (\n[\n", "x = [\n  1,\n  2\n", "x = [1,\n  # c\n",
    "\u00e9 = (1,\n 2", "# coding: utf-8\n\u00e9 = (1,\n 2", "(" * 200, "x = (\\\n",
    # Line continuation.
    "x = \\ y", "x = 1 \\ \n", "x = (1 \\ \n)", "  \\ \n", "x = \\", "x = \\\n", "\\\n", "if x:\n    y = \\\n",
    "if x:\n  \\\n", "\u00e9 = \\ y", "# coding: utf-8\n\u00e9 = \\ y", "f \\\n  \\            text = 1\n",
    "x = '''a\n''' \\\n\\ y",
    # Characters.
    "\u20ac", "a\u00a0b", "x = \u00b2", "\u00b2 = 1", "x\u00b2 = 1", "\u0300 = 1", "x = a\u20acb", "x = \u20ac\u20ac",
    "\U0001F600", "x = a\U0001F600b", "x = \ufeff1", "x = \u200b", "\u2028", "x = \x01", "x = \x7f", "x = \x0b",
    "x = 1\x1b", "\x01",
    # Indentation.
    "if x:\n  a\n b\n", "if x:\n    pass\n  y\n", "for x in y:\n    if z:\n        pass\n  else:\n",
    "if x:\n    y\n  \\\n    z\n", "if x:\n  \u00e9\n b\n", "if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n",
    "if 1:\n    \tx\n\ty\n", "if 1:\n\tx\n    \ty\n", "if 1:\n  \tx\n\t y\n", "if 1:\n  x\n\ty\n",
    "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "x\n",
    "".join(" " * i + "if 1:\n" for i in range(101)) + " " * 101 + "x\n",
]

TOKEN_SOURCES = [
    "x = 1\n", "x = 1", "", "\n", "   ", "# only a comment", "if x:\n    y = 1  # c\n\n# z\n  # q\nz = 2\n",
    "def f():\n  return 1", "x = (1,\n  2) \\\n + 3\n", "class A:\n    def f(self):\n        pass\n\n\n",
    "if a:\n    if b:\n        c\nd\n", "if a:\n\tb\n\tc\n", "if a:\n\tb\nc\n", "if a:\n \tb\n \tc\n",
    "\\\nx = 1\n", "x = [\n    1,\n\n    # c\n    2,\n]\n", "if 1:\n\x0c  x\n", "\x0cx = 1\n",
    "x = a.b...c\n", "x = .5 + 5. + 5.5e-3 + 1_000j + 0x_ff + 0o7_7 + 0b1_0 + 1E+5J + 00 + 0_0 + 09.5 + 0e0\n",
    "x = 1if y else 2\n", "x = [0x1for x in y]\n", "x = 1else\n",
    "a->b:=c**=d//=e>>=f<<=g!=h<=i>=j==k@=l^=m|=n&=o%=p\n", "x = ~a | b & c ^ d\n", "x <> y\n", "x = !y\n",
    "x = $\n", "x = ?\n", "x = `\n",
    "s = 'a' \"b\" '''c\nd''' \"\"\"e\"\"\" r'\\'' b'x' rb'y' Rb'z' bR'w' BR'v' f'{x}' fr'a' Rf'b' u'c' U'd'\n",
    "s = 'a\\\nb'\n", "s = '''\\\n'''\n", "s = ''\n", "s = ''''''\n", "s = '\\\\'\n",
    "\u00e9l\u00e8ve = 1\n\u212c = 2\n_\u0300 = 3\n", "async def f():\n    await x\n", "match x:\n    case _:\n        pass\n",
    "x = 1 \\\n    + 2\n", "x = (\n\n)\n", "if 1:\n  x = (\n1)\n  y\n", "# coding: latin-1\nx = 1\n",
    "x = 1  # c", "x = 1\n  # comment at a deeper level\ny = 2\n",
]

WARNING_SOURCES = [
    "x = 1if y else 2", "x = [0x1for x in y]", "x = 1in y", "x = 1and 2", "x = 1or 2", "x = 0b1if x else 2",
    "x = 0o7if x else y", "x = 1_0jif 1 else 2", "x = 1.0if x else 2", "x = 1e5if x else y", "x = 1not in y",
    "x = 1ifx", "x = 1 if 1else 2", "x = 1if 1else 2",
]

FILE_SOURCES = [
    b"x = 1\n\xff\n", b'x = "\xe9"\n', b"x = 1\ny = \"abc\xc3\"\n", b"#\xc0\x80\n", b"#\xed\xa0\x80\n", b"x = 1 #\xe2\x82",
    b"\xef\xbb\xbf# coding: latin-1\nx=1\n", b"# coding: foo\nx=1\n", b"#!/bin/sh\n# coding: foo\n",
    b"\n# coding: foo\n", b"x = 1\n# coding: foo\n", b"x = 1 \\\n# coding: foo\n", b"\x0c# coding: foo\n",
    b"  \n  # coding: foo\n", b"# coding: ascii\nx = '\xc3\xa9'\n", b"# coding: utf8\nx = '\xff'\n",
    b"\xef\xbb\xbf# coding: utf8\nx = 1\n", b"# coding: cp1252\nx = '\x81'\n", b"# coding: utf-16\nx = 1\n",
    b"# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n", b"# coding=latin-1-foo\nx = '\xe9'\n",
    b"# -*- coding: koi8-r -*-\nx = '\xc1'\n", b"# coding: latin_1\nx = '\xe9'\n", b"# coding: utf-8-sig\nx = 1\n",
    b"\xef\xbb\xbf# coding: UTF-8\nx = 1\n", b"\xef\xbb\xbfx = '\xc3\xa9'\n", b"x = 1\r\ny = 2\rz = 3\r\n",
    b"x = 1\x00\ny = 2\n", b"x = 1\ny = 2 # \x00 \nz = 3\n", b"x = 'a\x00b'\nprint(x)\n", b"\x00x = 1\ny = 2\n",
    b"x = (1,\x00\n2)\n", b"# coding: latin-1\nx = a\x00\n", b"# coding: latin-1\nx = 1\n\x00x\n",
    b"# coding: utf-8\nx = 1\x00\ny = 2\n", b"x\x00\n# coding: latin-1\n\xe9 = 1\n", b"# coding: latin-1\nx = 1 # \xff\n",
]


def record(kind, sources):
    """Runs the recording half of this script under the oracle."""
    payload = json.dumps([s.decode("latin-1") if isinstance(s, bytes) else s for s in sources])
    result = subprocess.run([ORACLE, os.path.abspath(__file__), "--record", kind], input=payload,
                            stdout=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"recording {kind} cases failed")
    return json.loads(result.stdout)


def oracle_main(kind):
    """Inside the oracle: record `kind` for the JSON list of sources on stdin."""
    import io
    import tokenize
    import warnings
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import compare_tokens

    sources = json.load(sys.stdin)
    out = []
    for source in sources:
        data = source.encode("latin-1") if kind == "file" else source.encode("utf-8")
        if kind == "error":
            try:
                compile(data, "f", "exec")
            except SyntaxError as error:
                if not TOKENIZER_ERROR.match(error.msg):
                    sys.exit(f"{source!r}: {error.msg} is not a tokenizer error")
                out.append([type(error).__name__, error.msg, error.lineno, error.offset, error.end_lineno,
                            error.end_offset, error.text])
                continue
            sys.exit(f"{source!r} compiles")
        elif kind == "tokens":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    compile(data, "f", "exec", 1024)
                except SyntaxError as error:
                    # Invalid syntax is fine (the tokens are what is tested), but the C
                    # tokenizer must accept the source: tokenize checks far less.
                    if TOKENIZER_ERROR.match(error.msg):
                        sys.exit(f"{source!r}: {error.msg}")
            tokens = compare_tokens.expected_tokens(data)
            if tokens is None:
                sys.exit(f"tokenize rejects {source!r}")
            out.append([list(token) for token in tokens])
        elif kind == "warning":
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    compile(data, "f", "exec")
                except SyntaxError:
                    pass  # the warnings came first
            out.append([str(w.message) for w in caught if "literal" in str(w.message) and "with a" not in str(w.message)])
        elif kind == "file":
            out.append(run_file(data))
    json.dump(out, sys.stdout)


def run_file(data):
    """Runs data as a file: [message] of the SyntaxError it raises, or [None, text] where
    text is the source as decoded by the codec its declaration names (None when the
    source has null bytes, whose effect only the tokens show)."""
    directory = tempfile.mkdtemp()
    with open(os.path.join(directory, "sitecustomize.py"), "w") as file:
        file.write("import sys, json\n"
                   "def hook(t, e, tb):\n"
                   "    print(json.dumps([getattr(e, 'msg', str(e)), t.__name__]))\n"
                   "sys.excepthook = hook\n")
    with open(FILE_NAME, "wb") as file:
        file.write(data)
    environment = dict(os.environ, PYTHONPATH=directory)
    result = subprocess.run([ORACLE, FILE_NAME], capture_output=True, text=True, env=environment)
    os.remove(FILE_NAME)
    lines = result.stdout.strip().split("\n")
    if lines and lines[-1].startswith("["):
        message, exception = json.loads(lines[-1])
        if exception in ("SyntaxError", "IndentationError", "TabError"):
            return [message]
    if b"\x00" in data:
        return [None, None]
    import codecs
    import io
    import tokenize
    body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    encoding = tokenize.detect_encoding(io.BytesIO(body).readline)[0]
    text = body.decode(encoding)
    return [None, text.replace("\r\n", "\n").replace("\r", "\n")]


def cxx_string(value):
    if isinstance(value, str):
        value = value.encode("utf-8")
    out = []
    for byte in value:
        c = chr(byte)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 0x20 <= byte < 0x7F:
            out.append(c)
        else:
            out.append("\\%03o" % byte)
    return f'std::string_view("{"".join(out)}", {len(value)})'


def cxx_optional_int(value):
    return "0" if value is None else str(value)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--record":
        oracle_main(sys.argv[2])
        return
    errors = record("error", ERROR_SOURCES)
    tokens = record("tokens", TOKEN_SOURCES)
    warning_lists = record("warning", WARNING_SOURCES)
    files = record("file", FILE_SOURCES)

    lines = ["// Generated by tools/record_lexer_cases.py from /usr/bin/python3.11; do not edit.", ""]
    lines.append("constexpr char const* file_case_name = \"%s\";" % FILE_NAME)
    lines += ["", "ErrorCase const error_cases[] = {"]
    for source, (kind, message, lineno, offset, end_lineno, end_offset, text) in zip(ERROR_SOURCES, errors):
        lines.append(f"    {{ {cxx_string(source)}, \"{kind}\", {cxx_string(message)}, {cxx_optional_int(lineno)}, "
                     f"{cxx_optional_int(offset)}, {cxx_optional_int(end_lineno)}, {cxx_optional_int(end_offset)}, "
                     f"{cxx_string(text or '')} }},")
    lines += ["};", "", "TokenCase const token_cases[] = {"]
    for source, token_list in zip(TOKEN_SOURCES, tokens):
        lines.append(f"    {{ {cxx_string(source)}, {{")
        for kind, text, row, column, end_row, end_column in token_list:
            lines.append(f"        {{ \"{kind}\", {cxx_string(text)}, {row}, {column}, {end_row}, {end_column} }},")
        lines.append("    } },")
    lines += ["};", "", "WarningCase const warning_cases[] = {"]
    for source, messages in zip(WARNING_SOURCES, warning_lists):
        joined = "".join(message + "\n" for message in messages)
        lines.append(f"    {{ {cxx_string(source)}, {cxx_string(joined)} }},")
    lines += ["};", "", "FileCase const file_cases[] = {"]
    for source, result in zip(FILE_SOURCES, files):
        if result[0] is None and result[1] is None:
            lines.append(f"    {{ {cxx_string(source)}, true, false, {cxx_string('')} }},")
        elif result[0] is None:
            lines.append(f"    {{ {cxx_string(source)}, true, true, {cxx_string(result[1])} }},")
        else:
            lines.append(f"    {{ {cxx_string(source)}, false, false, {cxx_string(result[0])} }},")
    lines += ["};", ""]
    with open(OUTPUT, "w", encoding="ascii") as file:
        file.write("\n".join(lines))
    print(f"wrote {OUTPUT}: {len(errors)} error, {len(tokens)} token, {len(warning_lists)} warning and "
          f"{len(files)} file cases")


if __name__ == "__main__":
    main()
