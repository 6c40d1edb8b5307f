#!/usr/bin/env python3
"""Run every conformance program under tests/conformance and compare with CPython 3.11.

Each program runs exactly as its expectations were recorded: `cd <its folder> &&
<interpreter> NAME.py`, with a clean environment, stdin closed and a 10 s limit. Its
stdout must equal NAME.out and its exit status the number in NAME.exit (0 when there is
no .exit file). Under errors/ the stderr must also equal NAME.err. CPython 3.11 names the
script by an absolute path (`<cwd>/NAME.py`) in tracebacks, so the folder's absolute path
is removed from stderr before it is recorded or compared.

  tools/check_conformance.py [--taipan PATH] [-j N] [--timeout S] [--expect-failures LIST] [FILTER ...]
  tools/check_conformance.py --rebaseline [FILTER ...]

A FILTER keeps the tests whose relative path (e.g. `builtins/str/split.py`) contains it.
`--rebaseline` records .out, .err and .exit with /usr/bin/python3.11 instead of checking.
Tests named in the known-failures list (one relative path a line, `#` starts a comment)
are reported apart and do not fail the run. The last lines are `N of M conformance tests
pass` and `K known failures`; the exit status is 1 when any other test differs.
"""

import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "tests", "conformance")
ORACLE = "/usr/bin/python3.11"
KNOWN_FAILURES = os.path.join(REPO, "tests", "known_failures", "conformance.txt")
TIMEOUT = 10
DIFF_LINES = 20


def clean_environment():
    # The same small environment for the oracle and for Taipan, so nothing from the
    # caller's shell (PYTHONSTARTUP, locale, PYTHONPATH) leaks into the outputs. The hash
    # seed is passed on so the corpus can be checked for seed independence.
    environment = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}
    for name, value in os.environ.items():
        if name.startswith(("TAIPAN_", "ASAN_", "UBSAN_", "LSAN_")) or name == "PYTHONHASHSEED":
            environment[name] = value
    return environment


def find_tests(filters):
    tests = []
    for folder, subfolders, files in os.walk(CORPUS):
        subfolders.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                relative = os.path.relpath(os.path.join(folder, name), CORPUS)
                if not filters or any(f in relative for f in filters):
                    tests.append(relative)
    return sorted(tests)


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


def compares_stderr(relative):
    return relative.startswith("errors" + os.sep)


def expectation_path(relative, suffix):
    return os.path.join(CORPUS, relative[:-3] + suffix)


def read_file(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as file:
        return file.read()


def strip_folder(stderr, folder):
    for prefix in {os.path.realpath(folder) + "/", os.path.abspath(folder) + "/"}:
        stderr = stderr.replace(os.fsencode(prefix), b"")
    return stderr


class Run:
    """What one interpreter did with one test, or why it could not be judged."""

    def __init__(self, stdout=b"", stderr=b"", status=None, problem=None):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.problem = problem


def run_test(interpreter, relative):
    path = os.path.join(CORPUS, relative)
    folder, name = os.path.split(path)
    try:
        process = subprocess.run([interpreter, name], cwd=folder, env=clean_environment(),
                                 stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return Run(problem="timed out after %g s" % TIMEOUT)
    except OSError as error:
        return Run(problem="cannot run %s: %s" % (interpreter, error))
    run = Run(process.stdout, strip_folder(process.stderr, folder), process.returncode)
    if process.returncode < 0:
        run.problem = "killed by signal %d" % -process.returncode
    return run


def short_diff(expected, actual, what):
    expected_lines = expected.decode("utf-8", "backslashreplace").splitlines()
    actual_lines = actual.decode("utf-8", "backslashreplace").splitlines()
    diff = list(difflib.unified_diff(expected_lines, actual_lines, "expected " + what,
                                     "actual " + what, lineterm="", n=1))
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + ["... (%d more diff lines)" % (len(diff) - DIFF_LINES)]
    return ["    " + line for line in diff]


def check_one(interpreter, relative):
    """Returns None when the test passes, otherwise the lines that describe the failure."""
    return judge(relative, run_test(interpreter, relative))


def judge(relative, run, check_status=True):
    """Compares one run with the recorded expectations: None when they agree, otherwise
    the lines that describe the difference. Without check_status the exit status is not
    compared (a debug build's exit-time check may have replaced it)."""
    if run.problem:
        return ["FAIL %s: %s" % (relative, run.problem)] + (
            short_diff(b"", run.stderr, "stderr") if run.stderr else [])
    expected_out = read_file(expectation_path(relative, ".out"))
    if expected_out is None:
        return ["FAIL %s: no .out recorded (run --rebaseline)" % relative]
    expected_status = int(read_file(expectation_path(relative, ".exit"), b"0").strip() or 0)
    lines = []
    if run.stdout != expected_out:
        lines += ["FAIL %s: stdout differs" % relative] + short_diff(expected_out, run.stdout, "stdout")
    if compares_stderr(relative):
        expected_err = read_file(expectation_path(relative, ".err"), b"")
        if run.stderr != expected_err:
            lines += ["FAIL %s: stderr differs" % relative] + short_diff(expected_err, run.stderr, "stderr")
    if check_status and run.status != expected_status:
        lines.append("FAIL %s: exit status %d (CPython: %d)" % (relative, run.status, expected_status))
        # Without a stderr comparison the traceback is the quickest clue to the cause.
        if not compares_stderr(relative) and run.stderr:
            lines += short_diff(b"", run.stderr, "stderr")
    return lines or None


def write_or_remove(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as file:
        file.write(data)


def rebaseline_one(relative):
    run = run_test(ORACLE, relative)
    if run.problem:
        return "NOT RECORDED %s: %s" % (relative, run.problem)
    write_or_remove(expectation_path(relative, ".out"), run.stdout)
    write_or_remove(expectation_path(relative, ".exit"),
                    ("%d\n" % run.status).encode() if run.status else None)
    write_or_remove(expectation_path(relative, ".err"), run.stderr if compares_stderr(relative) else None)
    return None


def main():
    global TIMEOUT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--taipan", default=os.path.join(REPO, "build", "src", "taipan"),
                        help="the interpreter to check (default: build/src/taipan)")
    parser.add_argument("--rebaseline", action="store_true",
                        help="record .out/.err/.exit with %s instead of checking" % ORACLE)
    parser.add_argument("--expect-failures", default=KNOWN_FAILURES,
                        help="list of tests known to fail (default: tests/known_failures/conformance.txt)")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=TIMEOUT,
                        help="seconds each program may run (default: %(default)s; sanitizer builds need more)")
    parser.add_argument("filters", nargs="*", help="substrings of the relative paths to run")
    options = parser.parse_args()
    TIMEOUT = options.timeout

    tests = find_tests(options.filters)
    jobs = max(1, options.jobs)
    if options.rebaseline:
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            problems = [p for p in pool.map(rebaseline_one, tests) if p]
        for problem in problems:
            print(problem)
        print("%d of %d conformance tests recorded" % (len(tests) - len(problems), len(tests)))
        return 1 if problems else 0

    interpreter = os.path.abspath(options.taipan)
    known = read_known_failures(options.expect_failures)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda relative: check_one(interpreter, relative), tests))

    failures = [(t, r) for t, r in zip(tests, results) if r and t not in known]
    known_failing = [t for t, r in zip(tests, results) if r and t in known]
    known_passing = [t for t, r in zip(tests, results) if not r and t in known]
    for _, lines in failures:
        print("\n".join(lines))
    for relative in known_failing:
        reason = known[relative]
        print("known failure: %s%s" % (relative, "  # " + reason if reason else ""))
    if known_passing:
        print("%d listed as known failures now pass (remove them from %s): %s"
              % (len(known_passing), os.path.relpath(options.expect_failures, REPO), " ".join(known_passing)))
    passed = len(tests) - len(failures) - len(known_failing)
    print("%d of %d conformance tests pass" % (passed, len(tests)))
    print("%d known failures" % len(known_failing))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
