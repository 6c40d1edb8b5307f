#!/usr/bin/env python3
"""Run Taipan on every invalid program of tests/errors/syntax and compare its stderr
with CPython's.

Each snippet runs exactly as its .err was recorded: `cd tests/errors/syntax && taipan
<name>.py`, with a clean environment and a 10 s limit; a crash or a timeout is a
failure, and so is an exit status other than CPython's 1. Like CPython, Taipan names the
script by an absolute path ("<cwd>/<name>.py"); that directory prefix is removed before
comparing, as it was removed from the .err files.

  tools/check_errors.py [--taipan build/src/taipan] [--summary] [NAME_OR_PATTERN ...]

Snippets listed in the known-failures file (`<name>.py  # reason` per line) are
reported apart and do not fail the run; the exit status is 1 when any other snippet
differs.
"""

import argparse
import collections
import concurrent.futures
import fnmatch
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIPPETS = os.path.join(REPO, "tests", "errors", "syntax")
TIMEOUT = 10


def clean_environment():
    # The environment the .err files were recorded in (tools/collect_syntax_errors.py),
    # plus Taipan's own settings and the sanitizers' options.
    environment = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}
    for name, value in os.environ.items():
        if name.startswith(("TAIPAN_", "ASAN_", "UBSAN_", "LSAN_")):
            environment[name] = value
    return environment


def read_known_failures(path):
    known = {}
    if not path or not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as file:
        for line in file:
            entry, _, reason = line.partition("#")
            entry = entry.strip()
            if entry:
                known[entry] = reason.strip()
    return known


def relative_paths(stderr, directory):
    for prefix in {os.path.realpath(directory) + "/", os.path.abspath(directory) + "/"}:
        stderr = stderr.replace(os.fsencode(prefix), b"")
    return stderr


class Outcome:
    def __init__(self, name, expected, actual=None, status=None, problem=None):
        self.name = name
        self.expected = expected
        self.actual = actual
        self.status = status
        self.problem = problem  # Why it failed, or None when identical.


def run_one(taipan, directory, name):
    with open(os.path.join(directory, name[:-3] + ".err"), "rb") as file:
        expected = file.read()
    try:
        process = subprocess.run([taipan, name], cwd=directory, env=clean_environment(),
                                 stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return Outcome(name, expected, problem="timed out after %d s" % TIMEOUT)
    except OSError as error:
        return Outcome(name, expected, problem="cannot run %s: %s" % (taipan, error))
    actual = relative_paths(process.stderr, directory)
    outcome = Outcome(name, expected, actual, process.returncode)
    if process.returncode < 0:
        outcome.problem = "killed by signal %d" % -process.returncode
    elif actual != expected:
        outcome.problem = "stderr differs"
    elif process.returncode != 1:
        outcome.problem = "exit status %d (CPython: 1)" % process.returncode
    return outcome


def show_lines(data):
    return data.decode("utf-8", "backslashreplace").splitlines()


def describe_difference(outcome):
    lines = ["FAIL %s: %s" % (outcome.name, outcome.problem)]
    if outcome.actual is None or outcome.actual == outcome.expected:
        return lines
    expected = show_lines(outcome.expected)
    actual = show_lines(outcome.actual)
    for index in range(max(len(expected), len(actual))):
        want = expected[index] if index < len(expected) else None
        got = actual[index] if index < len(actual) else None
        if want != got:
            lines.append("  line %d" % (index + 1))
            lines.append("    expected: %s" % ("(nothing)" if want is None else repr(want)))
            lines.append("    taipan:   %s" % ("(nothing)" if got is None else repr(got)))
            break
    return lines


def cpython_message(outcome):
    lines = show_lines(outcome.expected)
    return lines[-1] if lines else "(empty)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--taipan", default=os.path.join(REPO, "build", "src", "taipan"))
    parser.add_argument("--snippets", default=SNIPPETS, help="directory of <name>.py and <name>.err")
    parser.add_argument("--known-failures", default=os.path.join(REPO, "tests", "errors", "known_failures.txt"))
    parser.add_argument("--summary", action="store_true",
                        help="group the failures by CPython's message instead of listing them")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--quiet", action="store_true", help="print only the totals")
    parser.add_argument("names", nargs="*", help="snippet names or glob patterns (default: all)")
    options = parser.parse_args()

    taipan = os.path.abspath(options.taipan)
    directory = options.snippets
    names = sorted(name for name in os.listdir(directory)
                   if name.endswith(".py") and os.path.exists(os.path.join(directory, name[:-3] + ".err")))
    if options.names:
        patterns = [p if p.endswith(".py") or "*" in p else p + ".py" for p in options.names]
        names = [n for n in names if any(fnmatch.fnmatch(n, p) for p in patterns)]
    known = read_known_failures(options.known_failures)

    with concurrent.futures.ThreadPoolExecutor(max(1, options.jobs)) as pool:
        outcomes = list(pool.map(lambda name: run_one(taipan, directory, name), names))

    failures = [o for o in outcomes if o.problem and o.name not in known]
    known_failing = [o for o in outcomes if o.problem and o.name in known]
    known_passing = [o for o in outcomes if not o.problem and o.name in known]
    identical = len(outcomes) - len(failures) - len(known_failing)

    if options.summary:
        groups = collections.defaultdict(list)
        for outcome in failures:
            groups[cpython_message(outcome)].append(outcome.name)
        for message, members in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
            print("%4d  %s" % (len(members), message))
            print("        " + " ".join(members[:6]) + (" ..." if len(members) > 6 else ""))
    elif not options.quiet:
        for outcome in failures:
            print("\n".join(describe_difference(outcome)))
    if known_failing and not options.quiet:
        print("%d known failures:" % len(known_failing))
        for outcome in known_failing:
            print("  %s  # %s" % (outcome.name, known[outcome.name]))
    if known_passing:
        print("%d listed as known failures now pass (remove them from %s): %s"
              % (len(known_passing), os.path.relpath(options.known_failures, REPO),
                 " ".join(o.name for o in known_passing)))
    print("%d of %d identical (%d known failures, %d unexpected failures)"
          % (identical, len(outcomes), len(known_failing), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
