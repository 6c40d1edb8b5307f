#!/usr/bin/python3.11
"""Compares Taipan's AST with CPython's on real files.

For each file, `taipan --dump-ast FILE` must print exactly what CPython prints for
ast.dump(ast.parse(source_bytes, filename), include_attributes=True). CPython's side
runs in this process (so run the tool with CPython 3.11, the oracle: /usr/bin/python3.11),
Taipan's as one subprocess per file, spread over a pool of worker processes.

  tools/compare_ast.py                      every .py under /usr/lib/python3.11
  tools/compare_ast.py a.py dir/ ...        these files (directories are searched)
  tools/compare_ast.py --list FILES.txt     the files named in FILES.txt, one a line

Files CPython cannot parse are skipped and counted. Mismatches are printed with the
first differing position; the last line is "N of M files match", and the exit status
is 1 if any file does not match. With --expect-failures LIST, the files named in LIST
(one a line, '#' starts a comment) are reported apart and do not fail the run.
"""

import argparse
import ast
import multiprocessing
import os
import subprocess
import sys

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ROOT = "/usr/lib/python3.11"
DEFAULT_TAIPAN = os.path.join(REPOSITORY, "build", "src", "taipan")
CONTEXT = 70

# The outcome of one file: (status, path, detail). Statuses:
MATCH = "match"
MISMATCH = "mismatch"
SKIPPED = "skipped"  # CPython cannot parse or dump it

options = None  # set in each worker by init_worker


def init_worker(parsed_options):
    global options
    options = parsed_options


def cpython_dump(source, path):
    tree = ast.parse(source, path)
    return ast.dump(tree, include_attributes=True)


def source_line_near(dump, offset):
    """The lineno= value of the node being printed around dump[offset], if any."""
    position = dump.rfind("lineno=", 0, offset + 1)
    if position < 0:
        position = dump.find("lineno=", offset)
    if position < 0:
        return None
    digits = dump[position + len("lineno="):].split(",", 1)[0].rstrip(")]")
    return digits if digits.isdigit() else None


def describe_difference(expected, actual):
    limit = min(len(expected), len(actual))
    offset = next((i for i in range(limit) if expected[i] != actual[i]), limit)
    start = max(0, offset - CONTEXT)
    line = source_line_near(expected, offset)
    where = "at dump offset %d" % offset + (" (near source line %s)" % line if line else "")
    if len(expected) == len(actual) == offset:
        return "identical"

    def excerpt(text):
        piece = text[start:offset + CONTEXT]
        return ("..." if start else "") + piece + ("..." if offset + CONTEXT < len(text) else "")

    return "%s\n    cpython: %s\n    taipan:  %s" % (where, excerpt(expected), excerpt(actual))


def compare_file(path):
    try:
        with open(path, "rb") as file:
            source = file.read()
    except OSError as error:
        return SKIPPED, path, "unreadable: %s" % error
    try:
        expected = cpython_dump(source, path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        return SKIPPED, path, "%s: %s" % (type(error).__name__, error)
    try:
        completed = subprocess.run([options.taipan, "--dump-ast", path], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=options.timeout)
    except subprocess.TimeoutExpired:
        return MISMATCH, path, "taipan timed out after %d s" % options.timeout
    if completed.returncode != 0:
        how = "crashed (signal %d)" % -completed.returncode if completed.returncode < 0 \
            else "exited with status %d" % completed.returncode
        stderr = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        return MISMATCH, path, "taipan %s: %s" % (how, " | ".join(stderr[-4:]))
    output = completed.stdout
    if output.endswith(b"\n"):
        output = output[:-1]
    actual = output.decode("utf-8", "surrogateescape")
    if actual == expected:
        return MATCH, path, ""
    return MISMATCH, path, describe_difference(expected, actual)


def find_files(arguments, list_file, root):
    paths = []
    if list_file:
        with open(list_file, encoding="utf-8") as file:
            paths += [line.strip() for line in file if line.strip() and not line.startswith("#")]
    paths += arguments
    if not paths:
        paths = [root]
    files = []
    for path in paths:
        if os.path.isdir(path):
            for directory, subdirectories, names in os.walk(path):
                subdirectories.sort()
                files += [os.path.join(directory, name) for name in sorted(names) if name.endswith(".py")]
        else:
            files.append(path)
    return files


def read_expected_failures(path, root):
    """Paths from an expected-failures list: one a line, '#' comments; relative paths are
    taken relative to the stdlib root."""
    expected = set()
    with open(path, encoding="utf-8") as file:
        for line in file:
            entry = line.split("#", 1)[0].strip()
            if entry:
                expected.add(os.path.normpath(entry if os.path.isabs(entry) else os.path.join(root, entry)))
    return expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="files or directories (default: the stdlib root)")
    parser.add_argument("--taipan", default=DEFAULT_TAIPAN, help="the taipan binary (default: %(default)s)")
    parser.add_argument("--list", help="a file listing the files to compare, one a line")
    parser.add_argument("--root", default=DEFAULT_ROOT, help="the default directory (default: %(default)s)")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="worker processes (default: %(default)s)")
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed per file (default: %(default)s)")
    parser.add_argument("--expect-failures", help="a list of files known not to match yet")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    parser.add_argument("--verbose", "-v", action="store_true", help="also list the skipped files")
    parsed = parser.parse_args()

    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3.11"):
        print("warning: CPython's side runs on %s (Python %s), not /usr/bin/python3.11"
              % (sys.executable, sys.version.split()[0]), file=sys.stderr)
    if not os.access(parsed.taipan, os.X_OK):
        sys.exit("compare_ast: no taipan binary at %s (use --taipan PATH)" % parsed.taipan)

    files = find_files(parsed.files, parsed.list, parsed.root)
    expected_failures = set()
    if parsed.expect_failures:
        expected_failures = read_expected_failures(parsed.expect_failures, parsed.root)

    counts = {MATCH: 0, MISMATCH: 0, SKIPPED: 0}
    failures, expected_failing, unexpectedly_passing = 0, [], []
    with multiprocessing.Pool(max(1, parsed.jobs), initializer=init_worker, initargs=(parsed,)) as pool:
        for status, path, detail in pool.imap(compare_file, files, chunksize=1):
            counts[status] += 1
            if status == SKIPPED:
                if parsed.verbose and not parsed.quiet:
                    print("skipped %s: %s" % (path, detail))
                continue
            if os.path.normpath(os.path.abspath(path)) in expected_failures:
                (expected_failing if status == MISMATCH else unexpectedly_passing).append(path)
                continue
            if status == MISMATCH:
                failures += 1
                if not parsed.quiet:
                    print("MISMATCH %s %s" % (path, detail), flush=True)

    if counts[SKIPPED]:
        print("%d files skipped: CPython cannot parse them" % counts[SKIPPED])
    if expected_failures:
        print("%d expected failures still fail" % len(expected_failing))
        for path in unexpectedly_passing:
            print("now matches, remove from the expected failures: %s" % path)
    print("%d of %d files match" % (counts[MATCH], counts[MATCH] + counts[MISMATCH]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
