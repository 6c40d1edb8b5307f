#!/usr/bin/env python3
"""Front-end speed: lex + parse every .py file under /usr/lib/python3.11 with Taipan
and with CPython's ast.parse (Debian's optimized /usr/bin/python3.11), in the same run.
Reports medians of --runs runs and the ratio (CPython time / Taipan time; > 1 means
Taipan is faster).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON_SIDE = r"""
import ast, sys, time, tokenize, io
paths = open(sys.argv[1]).read().split("\n")
sources = [open(p, "rb").read() for p in paths if p]
start = time.perf_counter()
for source in sources:
    try:
        ast.parse(source)
    except SyntaxError:
        pass
print(time.perf_counter() - start)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "bench", "front_end_bench"))
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    files = sorted(os.path.join(d, n) for d, _, names in os.walk("/usr/lib/python3.11")
                   for n in names if n.endswith(".py"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(files))
    taipan_parse, taipan_lex, cpython = [], [], []
    for _ in range(args.runs):
        result = json.loads(subprocess.check_output([args.bench, listing.name]))
        taipan_parse.append(result["parse_seconds"])
        taipan_lex.append(result["lex_seconds"])
        cpython.append(float(subprocess.check_output([args.python, "-c", CPYTHON_SIDE, listing.name])))
    os.unlink(listing.name)
    t, c = statistics.median(taipan_parse), statistics.median(cpython)
    print(f"files: {len(files)}  runs: {args.runs}")
    print(f"taipan lex only:        {statistics.median(taipan_lex):.3f} s")
    print(f"taipan lex + parse:     {t:.3f} s")
    print(f"cpython ast.parse:      {c:.3f} s")
    print(f"ratio (cpython/taipan): {c / t:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
