#!/usr/bin/env python3
"""Runs the test suite on a build with AddressSanitizer, UndefinedBehaviorSanitizer and
the reference-count checks (TAIPAN_SANITIZE and TAIPAN_REFCOUNT_DEBUG), and ends with
the line `N passed, M failed`.

  tools/run_sanitized_tests.py [--build-dir build-asan] [-j N] [--timeout S] [FILTER ...]

It configures and builds the directory when needed (Debug at -O1, ccache when
installed), then runs the C++ unit tests (ctest), the golden dumps, the SyntaxError
corpus, and every conformance program once with TAIPAN_CHECK_LEAKS=1. A conformance
program fails when a sanitizer reports anything (ASan, UBSan, LeakSanitizer), when
objects it created are still alive at exit (unless tests/known_failures/leaks.txt lists
it, with the reason), or when its output differs from CPython's (unless
tests/known_failures/conformance.txt lists it). FILTERs restrict the conformance
programs, as for check_conformance.py. LeakSanitizer reports that are deliberate are
suppressed in tools/lsan_suppressions.txt.
"""
import argparse
import concurrent.futures
import os
import re
import resource
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable
sys.path.insert(0, os.path.join(ROOT, "tools"))
import check_conformance  # noqa: E402

LEAK_EXCEPTIONS = os.path.join(ROOT, "tests", "known_failures", "leaks.txt")
LEAK_REPORT = re.compile(rb"taipan: \d+ objects still alive at exit \(TAIPAN_CHECK_LEAKS\):\n(?: +(?:\d+|classes:) .*\n)*")
SANITIZER_REPORT = re.compile(rb"ERROR: (?:AddressSanitizer|LeakSanitizer)|runtime error: ")
LEAKED_STATUS = 125  # live_objects.h: leaked_objects_exit_status


def sanitizer_environment():
    """The options every sanitized process gets (the conformance runner passes ASAN_*,
    UBSAN_*, LSAN_* and TAIPAN_* variables through its clean environment)."""
    return {
        "ASAN_OPTIONS": "detect_leaks=1:strict_string_checks=1:check_initialization_order=1",
        "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
        "LSAN_OPTIONS": "suppressions=%s:print_suppressions=0" % os.path.join(ROOT, "tools", "lsan_suppressions.txt"),
    }


def build(build_dir, jobs):
    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        command = ["cmake", "-S", ROOT, "-B", build_dir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug",
                   "-DCMAKE_CXX_FLAGS=-O1", "-DTAIPAN_SANITIZE=ON", "-DTAIPAN_REFCOUNT_DEBUG=ON"]
        if shutil.which("ccache"):
            command += ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCMAKE_C_COMPILER_LAUNCHER=ccache"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["ninja", "-C", build_dir, "-j%d" % jobs], check=True)


def run_ctest(build_dir, jobs):
    result = subprocess.run(["ctest", "--test-dir", build_dir, "-j%d" % jobs, "--output-on-failure"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    match = re.search(r"(\d+)% tests passed, (\d+) tests failed out of (\d+)", result.stdout)
    if not match:
        print(result.stdout[-3000:])
        return 0, 1
    failed, total = int(match.group(2)), int(match.group(3))
    if failed:
        print(result.stdout[-5000:])
    return total - failed, failed


def run_tool(name, command):
    """A comparison tool whose last lines say `N of M ...` and maybe `K known failures`."""
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    summary = re.findall(r"(\d+) of (\d+)", result.stdout)
    known = re.findall(r"(\d+) known failures?", result.stdout)
    if not summary:
        print("[%s] no summary line; output:\n%s" % (name, result.stdout[-3000:]))
        return 0, 1
    passed, total = map(int, summary[-1])
    failed = max(total - passed - (int(known[-1]) if known else 0), 0)
    if result.returncode != 0 and failed == 0:
        failed = 1
    if failed:
        print(result.stdout[-5000:])
    return passed, failed


class Verdict:
    def __init__(self, relative):
        self.relative = relative
        self.sanitizer = None  # the sanitizer's report, when there is one
        self.leaks = None  # the live-object report, when objects were left alive
        self.output = None  # the lines describing an output difference


def check_program(taipan, relative):
    verdict = Verdict(relative)
    run = check_conformance.run_test(taipan, relative)
    if SANITIZER_REPORT.search(run.stderr):
        verdict.sanitizer = run.stderr.decode("utf-8", "backslashreplace")
    match = LEAK_REPORT.search(run.stderr)
    if match:
        verdict.leaks = match.group(0).decode("utf-8", "backslashreplace")
        run.stderr = run.stderr[:match.start()] + run.stderr[match.end():]
    # The exit-time check replaces the program's status; the rest of the output is
    # still the program's own and is compared.
    leaked = match is not None and run.status == LEAKED_STATUS
    verdict.output = check_conformance.judge(relative, run, check_status=not leaked)
    return verdict


def run_conformance(taipan, jobs, filters):
    tests = check_conformance.find_tests(filters)
    known_output = check_conformance.read_known_failures(check_conformance.KNOWN_FAILURES)
    known_leaks = check_conformance.read_known_failures(LEAK_EXCEPTIONS)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        verdicts = list(pool.map(lambda relative: check_program(taipan, relative), tests))

    sanitizer_failures = [v for v in verdicts if v.sanitizer]
    leak_failures = [v for v in verdicts if v.leaks and not v.sanitizer and v.relative not in known_leaks]
    output_failures = [v for v in verdicts if v.output and not v.sanitizer and v.relative not in known_output]
    for verdict in sanitizer_failures:
        lines = verdict.sanitizer.splitlines()
        print("SANITIZER %s:\n    %s" % (verdict.relative, "\n    ".join(lines[:40])))
    for verdict in leak_failures:
        print("LEAK %s: %s" % (verdict.relative, verdict.leaks.rstrip().replace("\n", "\n    ")))
    for verdict in output_failures:
        print("\n".join(verdict.output))
    listed_clean = [v.relative for v in verdicts if v.relative in known_leaks and not v.leaks]
    if listed_clean:
        print("%d listed in %s no longer leak (remove them): %s"
              % (len(listed_clean), os.path.relpath(LEAK_EXCEPTIONS, ROOT), " ".join(listed_clean)))

    total = len(verdicts)
    clean = total - len(sanitizer_failures)
    leak_free = sum(1 for v in verdicts if not v.leaks and not v.sanitizer)
    print("conformance under ASan+UBSan: %d of %d without a sanitizer report" % (clean, total))
    print("conformance leak check: %d of %d leak-free, %d listed exceptions"
          % (leak_free, total, sum(1 for v in verdicts if v.leaks and v.relative in known_leaks)))
    print("conformance output: %d known failures" % sum(1 for v in verdicts if v.output and v.relative in known_output))
    failed = {v.relative for v in sanitizer_failures + leak_failures + output_failures}
    return total - len(failed), len(failed)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build-asan"))
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds each conformance program may run (default: %(default)s)")
    parser.add_argument("--no-build", action="store_true", help="use the build directory as it is")
    parser.add_argument("filters", nargs="*", help="run only the conformance programs whose path contains one")
    args = parser.parse_args()

    # ASan's stack frames are several times larger, so the deliberately deep recursions
    # (nesting limits, RecursionError) need a bigger main-thread stack than the usual 8 MB.
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    wanted = 256 * 1024 * 1024
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_STACK, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))
    build_dir = os.path.abspath(args.build_dir)
    if not args.no_build:
        build(build_dir, args.jobs)
    os.environ.update(sanitizer_environment())
    os.environ["TAIPAN_CHECK_LEAKS"] = "1"
    check_conformance.TIMEOUT = args.timeout
    taipan = os.path.join(build_dir, "src", "taipan")

    suites = []
    if not args.filters:
        suites += [
            ("unit tests (ctest)", lambda: run_ctest(build_dir, args.jobs)),
            ("golden dumps", lambda: run_tool("golden dumps", [ORACLE, "tools/check_golden.py", "--taipan", taipan])),
            ("syntax error corpus", lambda: run_tool("syntax error corpus",
                                                     [ORACLE, "tools/check_errors.py", "--taipan", taipan,
                                                      "--jobs", str(args.jobs)])),
        ]
    suites.append(("conformance (sanitizers, leaks, output)", lambda: run_conformance(taipan, args.jobs, args.filters)))

    total_passed = total_failed = 0
    for name, run in suites:
        passed, failed = run()
        print("%s: %d passed, %d failed" % (name, passed, failed), flush=True)
        total_passed += passed
        total_failed += failed
    print("%d passed, %d failed" % (total_passed, total_failed))
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
