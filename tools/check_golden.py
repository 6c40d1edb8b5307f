#!/usr/bin/env python3
"""Golden dumps: every tests/golden/**/NAME.py has NAME.ast, the text of CPython 3.11's
ast.dump(ast.parse(source), include_attributes=True). Checks `taipan --dump-ast` against
it; --rebaseline records the .ast files again from the running CPython (never by hand).
"""
import argparse
import ast
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def golden_files():
    for folder, _, names in sorted(os.walk(os.path.join(ROOT, "tests", "golden"))):
        for name in sorted(names):
            if name.endswith(".py"):
                yield os.path.join(folder, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--taipan", default=os.path.join(ROOT, "build", "src", "taipan"))
    parser.add_argument("--rebaseline", action="store_true")
    args = parser.parse_args()

    passed = total = 0
    for path in golden_files():
        expected_path = path[:-3] + ".ast"
        with open(path, "rb") as file:
            source = file.read()
        if args.rebaseline:
            if sys.version_info[:2] != (3, 11):
                sys.exit("rebaseline with CPython 3.11")
            with open(expected_path, "w") as file:
                file.write(ast.dump(ast.parse(source, path), include_attributes=True) + "\n")
            continue
        if not os.path.exists(expected_path):
            continue
        total += 1
        with open(expected_path) as file:
            expected = file.read()
        result = subprocess.run([args.taipan, "--dump-ast", path], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, timeout=30)
        if result.stdout == expected:
            passed += 1
        else:
            print(f"FAIL {os.path.relpath(path, ROOT)}: {result.stderr.strip()[:300]}")
    print(f"{passed} of {total} golden dumps match")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
