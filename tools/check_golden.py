#!/usr/bin/env python3
"""Golden dumps: every tests/golden/<kind>/NAME.py has an expected dump beside it, and
`taipan --dump-<kind>` must print it exactly.

  kind        expected    command                 recorded by --rebaseline from
  bytecode    NAME.dis    taipan --dump-bytecode  Taipan itself (its own format: review
                                                  the diff before committing it)
  (others)    NAME.ast    taipan --dump-ast       CPython 3.11's ast.dump(ast.parse(source),
                                                  include_attributes=True)

Bytecode dumps need only the front end: when the taipan binary is missing they come
from codegen_driver --dump (built in src/compiler/ beside it).
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


def kind_of(path):
    return "bytecode" if os.path.basename(os.path.dirname(path)) == "bytecode" else "ast"


def dump_command(args, kind, path):
    if kind == "bytecode":
        if not os.path.exists(args.taipan):
            driver = os.path.join(os.path.dirname(args.taipan), "compiler", "codegen_driver")
            return [driver, "--dump", path]
        return [args.taipan, "--dump-bytecode", path]
    return [args.taipan, "--dump-ast", path]


def run_dump(args, kind, path):
    return subprocess.run(dump_command(args, kind, path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--taipan", default=os.path.join(ROOT, "build", "src", "taipan"))
    parser.add_argument("--rebaseline", action="store_true")
    parser.add_argument("--kind", choices=["ast", "bytecode"], help="only the dumps of this kind")
    args = parser.parse_args()

    passed = total = 0
    for path in golden_files():
        kind = kind_of(path)
        if args.kind and kind != args.kind:
            continue
        expected_path = path[:-3] + (".dis" if kind == "bytecode" else ".ast")
        with open(path, "rb") as file:
            source = file.read()
        if args.rebaseline:
            if kind == "bytecode":
                result = run_dump(args, kind, path)
                if result.returncode != 0:
                    print(f"FAIL {os.path.relpath(path, ROOT)}: {result.stderr.strip()[:300]}")
                    continue
                text = result.stdout
            else:
                if sys.version_info[:2] != (3, 11):
                    sys.exit("rebaseline with CPython 3.11")
                text = ast.dump(ast.parse(source, path), include_attributes=True) + "\n"
            with open(expected_path, "w") as file:
                file.write(text)
            continue
        if not os.path.exists(expected_path):
            continue
        total += 1
        with open(expected_path) as file:
            expected = file.read()
        result = run_dump(args, kind, path)
        if result.stdout == expected:
            passed += 1
        else:
            print(f"FAIL {os.path.relpath(path, ROOT)}: {result.stderr.strip()[:300]}")
    print(f"{passed} of {total} golden dumps match")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
