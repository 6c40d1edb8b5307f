#!/usr/bin/env python3
"""Compares Taipan's token stream with CPython's for every file given (default: every
.py file under /usr/lib/python3.11 that CPython parses and tokenizes) and ends with
"N of M files match".

  tools/compare_tokens.py [--taipan PATH] [--jobs N] [--show N] [FILE ...]

Taipan's tokens come from `taipan --dump-tokens FILE` (or `taipan_tokens FILE`, the
lexer-only tool, when PATH names it or when build/src/taipan does not exist). CPython's
come from its tokenize module, run by this script under /usr/bin/python3.11.

Taipan reproduces the C tokenizer that CPython's parser uses, and the tokenize module
differs from it in known ways, which are normalised here before comparing:
  - tokenize reports COMMENT, NL (non-logical newlines) and ENCODING tokens, which the C
    tokenizer skips: they are dropped.
  - tokenize's columns count characters; the C tokenizer's count UTF-8 bytes.
  - NEWLINE: the C tokenizer leaves the newline out of the token, so it ends where it
    starts, and it starts where a comment before it starts. Its text here is the
    newline ("" for the newline added at the end of a file that lacks one).
  - INDENT, DEDENT and ENDMARKER have no position in the C tokenizer; Taipan gives them
    the tokenizer's cursor: after the indentation of the line being read, empty. At the
    end of the file that is the end of the last line (tokenize uses the line after it).
  - Operators are compared by their exact type (tokenize's exact_type).
  - tokenize splits names that contain combining marks or variation selectors (its
    name pattern is \\w+); the pieces are joined again. Before a character it cannot
    match ($, ?, `) it reports the whitespace as an ERRORTOKEN too: dropped. A lone !
    is an OP token for the C tokenizer, an ERRORTOKEN for tokenize; <> is one NOTEQUAL
    token for the C tokenizer, two for tokenize.
  - Not normalised (no file here needs it): when a backslash continues the indentation
    of a line, tokenize puts the INDENT on the backslash's line, the C tokenizer on the
    line the statement starts on.
  - Newlines: CPython translates \\r\\n and \\r to \\n before tokenizing, and
    compile() reads an empty file as one empty line.
"""

import argparse
import ast
import io
import multiprocessing
import os
import re
import subprocess
import sys
import tokenize
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRECTORY = "/usr/lib/python3.11"
TOKEN_LINE = re.compile(r"^(\d+),(-?\d+)-(\d+),(-?\d+):\s+([A-Z]+)\s*'(.*)'$")
DROPPED = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}


def unescape(text):
    """Undoes the dump's quoting: \\n, \\' and \\\\."""
    out = []
    index = 0
    while index < len(text):
        c = text[index]
        if c == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append("\n" if following == "n" else following)
            index += 2
        else:
            out.append(c)
            index += 1
    return "".join(out)


def translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def merge_split_names(raw):
    """tokenize finds names with the pattern \\w+, which misses some identifier
    characters (combining marks such as U+0300, variation selectors): it splits such a
    name into NAME and ERRORTOKEN pieces. Glue the pieces back together."""
    merged = []
    for token in raw:
        if (merged and token.exact_type == tokenize.GREATER and merged[-1].exact_type == tokenize.LESS
                and merged[-1].end == token.start):
            # The C tokenizer reads <> as one token (PEP 401's NOTEQUAL).
            merged[-1] = merged[-1]._replace(type=tokenize.OP, string="<>", end=token.end)
            continue
        if (merged and token.type in (tokenize.NAME, tokenize.ERRORTOKEN) and merged[-1].type == tokenize.NAME
                and merged[-1].end == token.start and (merged[-1].string + token.string).isidentifier()):
            last = merged[-1]
            merged[-1] = last._replace(string=last.string + token.string, end=token.end)
        else:
            merged.append(token)
    return merged


def expected_tokens(data):
    """CPython's tokens for the source bytes, as the C tokenizer positions them, or None
    when tokenize rejects the source."""
    try:
        raw = merge_split_names(list(tokenize.tokenize(io.BytesIO(data).readline)))
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError):
        return None
    encoding = raw[0].string if raw and raw[0].type == tokenize.ENCODING else "utf-8"
    # tokenize's rows are the lines readline() returns: split on b"\n" only.
    lines = data.decode(encoding).split("\n")
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    ends_with_newline = data.endswith(b"\n") or data.endswith(b"\r")
    physical = [line + "\n" for line in lines[:-1]] + ([] if ends_with_newline or lines[-1] == "" else [lines[-1]])
    if not physical:
        # An empty file: compile() reads it as a single empty line.
        physical = ["\n"]

    def byte_column(row, column):
        if row - 1 >= len(physical):
            return column
        return len(physical[row - 1][:column].encode("utf-8"))

    # The cursor at the end of the file: the end of the last line, newline included
    # (the C tokenizer adds one when the file lacks it).
    last_row = len(physical)
    last_line = translate_newlines(physical[-1])
    end_column = len(last_line.encode("utf-8")) + (0 if last_line.endswith("\n") else 1)

    tokens = []
    previous = None
    for token in raw:
        kind = tokenize.tok_name[token.exact_type]
        if token.type == tokenize.ERRORTOKEN and token.string == "!":
            kind = "OP"
        elif token.string == "<>":
            kind = "NOTEQUAL"
        (row, column), (end_row, end_column_chars) = token.start, token.end
        if token.type in DROPPED or (token.type == tokenize.ERRORTOKEN and token.string.isspace()):
            previous = token
            continue
        if token.type == tokenize.ENDMARKER or (token.type == tokenize.DEDENT and row > last_row):
            tokens.append((kind, "", last_row, end_column, last_row, end_column))
        elif token.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            cursor = byte_column(end_row, end_column_chars)
            tokens.append((kind, "", end_row, cursor, end_row, cursor))
        elif token.type == tokenize.NEWLINE:
            newline_column = byte_column(row, column)
            start = newline_column
            if previous is not None and previous.type == tokenize.COMMENT and previous.start[0] == row:
                start = byte_column(row, previous.start[1])
            text = "\n" if token.string else ""
            tokens.append((kind, text, row, start, row, newline_column))
        else:
            tokens.append((kind, translate_newlines(token.string), row, byte_column(row, column), end_row,
                           byte_column(end_row, end_column_chars)))
        previous = token
    return tokens


def actual_tokens(command, path):
    result = subprocess.run(command + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    tokens = []
    for line in result.stdout.decode("utf-8", "replace").split("\n"):
        if not line:
            continue
        match = TOKEN_LINE.match(line)
        if not match:
            tokens.append(("UNPARSABLE", line, 0, 0, 0, 0))
            continue
        row, column, end_row, end_column, kind, text = match.groups()
        tokens.append((kind, unescape(text), int(row), int(column), int(end_row), int(end_column)))
    error = result.stderr.decode("utf-8", "replace").strip()
    return tokens, (error if result.returncode != 0 else "")


def format_token(token):
    kind, text, row, column, end_row, end_column = token
    return f"{row},{column}-{end_row},{end_column}: {kind} {text!r}"


def compile_ok(data):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Parsing only: files rejected later (by __future__ checks, say) still count.
            compile(data, "f", "exec", ast.PyCF_ONLY_AST)
        return True
    except (SyntaxError, ValueError):
        return False


def check_file(job):
    command, path, select = job
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as error:
        return path, "skipped", str(error)
    if select and not compile_ok(data):
        return path, "skipped", "CPython does not parse it"
    expected = expected_tokens(data)
    if expected is None:
        return path, "skipped", "tokenize rejects it"
    actual, error = actual_tokens(command, path)
    for index, (want, got) in enumerate(zip(expected, actual)):
        if want != got:
            return path, "differs", f"token {index}: expected {format_token(want)}, got {format_token(got)}"
    if len(expected) != len(actual):
        detail = f"{len(actual)} tokens instead of {len(expected)}"
        if error:
            detail += f"; {error}"
        return path, "differs", detail
    return path, "matches", ""


def default_files():
    files = []
    for directory, _, names in os.walk(DEFAULT_DIRECTORY):
        for name in names:
            if name.endswith(".py"):
                files.append(os.path.join(directory, name))
    return sorted(files)


def taipan_command(path):
    if path is None:
        path = os.path.join(ROOT, "build", "src", "taipan")
        if not os.path.exists(path):
            path = os.path.join(ROOT, "build", "src", "lexer", "taipan_tokens")
    if os.path.basename(path).startswith("taipan_tokens"):
        return [path]
    return [path, "--dump-tokens"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--taipan", help="the taipan (or taipan_tokens) binary")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=20, help="how many differing files to describe")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()

    command = taipan_command(args.taipan)
    if not os.path.exists(command[0]):
        print(f"no binary at {command[0]}")
        print("0 of 1 files match")
        return 1
    select = not args.files
    files = args.files or default_files()
    jobs = [(command, path, select) for path in files]
    with multiprocessing.Pool(args.jobs) as pool:
        results = pool.map(check_file, jobs, chunksize=8)

    matching = [r for r in results if r[1] == "matches"]
    differing = [r for r in results if r[1] == "differs"]
    skipped = [r for r in results if r[1] == "skipped"]
    for path, _, detail in differing[: args.show]:
        print(f"{path}: {detail}")
    if len(differing) > args.show:
        print(f"... and {len(differing) - args.show} more")
    if skipped and not select:
        for path, _, detail in skipped:
            print(f"{path}: skipped ({detail})")
    print(f"{len(skipped)} files skipped (not parsed or not tokenized by CPython)")
    print(f"{len(matching)} of {len(matching) + len(differing)} files match")
    return 0 if not differing else 1


if __name__ == "__main__":
    sys.exit(main())
