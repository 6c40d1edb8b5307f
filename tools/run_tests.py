#!/usr/bin/env python3
"""Runs every Taipan test and ends with the line `N passed, M failed`.

Suites: the C++ unit tests (ctest), the golden dumps under tests/golden, and the
comparisons with CPython 3.11 (ASTs, symbol tables, code objects and instruction
positions of every file under /usr/lib/python3.11, tokens, the SyntaxError corpus
under tests/errors, and the programs under tests/conformance, whose output must be
CPython's).
Known failures (listed in tests/known_failures/) are reported but do not fail the run.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        subprocess.run(["cmake", "-S", ROOT, "-B", build_dir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release"],
                       check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build_dir], check=True)


def run_ctest(build_dir):
    result = subprocess.run(["ctest", "--test-dir", build_dir, "-j2", "--output-on-failure"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    match = re.search(r"(\d+)% tests passed, (\d+) tests failed out of (\d+)", result.stdout)
    if not match:
        print(result.stdout[-3000:])
        return 0, 1, 0
    failed, total = int(match.group(2)), int(match.group(3))
    if failed:
        print(result.stdout[-5000:])
    return total - failed, failed, 0


def run_comparison(name, command):
    """Runs a comparison tool; its last lines say `N of M ...` and maybe `K known failures`."""
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = result.stdout
    summary = re.findall(r"(\d+) of (\d+)", output)
    known = re.findall(r"(\d+) known failures?", output)
    if not summary:
        print(f"[{name}] no summary line; output:\n{output[-3000:]}")
        return 0, 1, 0
    passed, total = map(int, summary[-1])
    known_count = int(known[-1]) if known else 0
    failed = max(total - passed - known_count, 0)
    if result.returncode != 0 and failed == 0:
        failed = 1
    if failed:
        print(output[-5000:])
    return passed, failed, known_count


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    parser.add_argument("--quick", action="store_true", help="skip the whole-stdlib comparisons")
    parser.add_argument("--timeout", type=float,
                        help="seconds each conformance program may run (sanitizer builds need more than the default)")
    args = parser.parse_args()

    build(args.build_dir)
    taipan = os.path.join(args.build_dir, "src", "taipan")
    suites = [("unit tests (ctest)", lambda: run_ctest(args.build_dir))]
    tools = [
        ("golden dumps", "tools/check_golden.py", []),
        ("syntax error corpus", "tools/check_errors.py", []),
    ]
    if not args.quick:
        tools += [
            ("tokens vs CPython", "tools/compare_tokens.py", []),
            ("ASTs vs CPython", "tools/compare_ast.py", ["--expect-failures", "tests/known_failures/ast.txt"]),
            ("symbol tables vs CPython", "tools/compare_symtable.py", []),
            ("code objects vs CPython", "tools/compare_code.py", []),
            ("instruction positions vs CPython", "tools/compare_code.py", ["--positions"]),
        ]
    timeout = ["--timeout", str(args.timeout)] if args.timeout else []
    tools.append(("conformance vs CPython", "tools/check_conformance.py",
                  ["-j2", "--expect-failures", "tests/known_failures/conformance.txt"] + timeout))
    for name, script, extra in tools:
        if os.path.exists(os.path.join(ROOT, script)):
            command = [ORACLE, script, "--taipan", taipan] + extra
            suites.append((name, lambda command=command, name=name: run_comparison(name, command)))

    total_passed = total_failed = total_known = 0
    for name, run in suites:
        passed, failed, known = run()
        note = f", {known} known failures" if known else ""
        print(f"{name}: {passed} passed, {failed} failed{note}", flush=True)
        total_passed += passed
        total_failed += failed
        total_known += known
    if total_known:
        print(f"{total_known} known failures (tests/known_failures, tests/errors/known_failures.txt)")
    print(f"{total_passed} passed, {total_failed} failed")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
