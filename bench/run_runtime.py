#!/usr/bin/env python3
"""Runtime speed: run every program in bench/programs/ with CPython and with Taipan,
alternately, check that both print the same output, and report median wall times, the
speedup (CPython time / Taipan time; > 1 means Taipan is faster) and its geometric mean,
start-up time (`-c pass`) and the peak RSS of a program holding a million small objects.
"""
import argparse
import json
import math
import os
import platform
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
# This program measures memory, not speed, so it stays out of the timing table.
MEMORY_PROGRAM = "million_objects"


class Run:
    """One finished (or killed) child process: its outcome, wall time, peak RSS, output."""

    def __init__(self, seconds, cpu_seconds, exit_code, timed_out, max_rss_kib, stdout, stderr):
        self.seconds = seconds
        self.cpu_seconds = cpu_seconds
        self.exit_code = exit_code
        self.timed_out = timed_out
        self.max_rss_kib = max_rss_kib
        self.stdout = stdout
        self.stderr = stderr

    @property
    def ok(self):
        return self.exit_code == 0 and not self.timed_out

    def failure(self):
        """A one-line description of why the run did not succeed, for the notes."""
        if self.timed_out:
            return "timed out after %.0f s" % self.seconds
        lines = self.stderr.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else "(no stderr)"
        if self.exit_code < 0:
            try:
                name = signal.Signals(-self.exit_code).name
            except ValueError:
                name = "signal %d" % -self.exit_code
            return "killed by %s: %s" % (name, last[:160])
        return "exit %d: %s" % (self.exit_code, last[:160])


def run_once(argv, timeout):
    """Runs argv with stdin from /dev/null and stdout/stderr into temporary files.

    posix_spawn plus wait4 gives the wall time and the child's own rusage (ru_maxrss)
    with no pipe-reading thread in the timed region; a pidfd gives the timeout without
    polling. The child leads its own process group so that a timeout also kills anything
    it started, and since it is not reaped until wait4, the kill cannot hit a reused pid.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        start = time.perf_counter()
        try:
            pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions, setpgroup=0)
        except OSError as error:
            return Run(0.0, 0.0, 127, False, 0, b"", str(error).encode())
        timed_out = False
        if hasattr(os, "pidfd_open"):
            pidfd = os.pidfd_open(pid)
            try:
                ready, _, _ = select.select([pidfd], [], [], timeout)
            finally:
                os.close(pidfd)
            if not ready:
                os.killpg(pid, signal.SIGKILL)
                timed_out = True
        _, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        # Linux reports ru_maxrss in KiB.
        return Run(seconds, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status),
                   timed_out, usage.ru_maxrss, out.read(), err.read())


def first_difference(expected, actual):
    """The first line where two outputs differ, shortened for a one-line note."""
    want = expected.decode("utf-8", "replace").splitlines()
    got = actual.decode("utf-8", "replace").splitlines()
    for index in range(max(len(want), len(got))):
        left = want[index] if index < len(want) else "<end of output>"
        right = got[index] if index < len(got) else "<end of output>"
        if left != right:
            return "line %d: expected %r, got %r" % (index + 1, left[:70], right[:70])
    return "outputs differ"


def compare_program(name, cpython, taipan, runs, timeout):
    """Times one program, alternating the interpreters (and which goes first) each run.

    Taipan stops being run after its first failure or wrong output: that run already
    decides the row, and a broken build should not cost runs x timeout.
    """
    path = os.path.join(PROGRAMS, name + ".py")
    row = {"name": name, "status": "ok", "note": "", "cpython_times": [], "taipan_times": [],
           "cpython_cpu_times": [], "taipan_cpu_times": []}
    reference = None
    taipan_done = False
    for index in range(runs):
        order = ("cpython", "taipan") if index % 2 == 0 else ("taipan", "cpython")
        for which in order:
            if which == "taipan" and taipan_done:
                continue
            run = run_once([cpython if which == "cpython" else taipan, path], timeout)
            if which == "cpython":
                if not run.ok:
                    row.update(status="cpython fails", note="CPython " + run.failure())
                    return finish_row(row)
                if reference is None:
                    reference = run.stdout
                elif run.stdout != reference:
                    row.update(status="nondeterministic",
                               note="CPython " + first_difference(reference, run.stdout))
                    return finish_row(row)
                row["cpython_times"].append(run.seconds)
                row["cpython_cpu_times"].append(run.cpu_seconds)
                continue
            if run.timed_out:
                row.update(status="timeout", note="Taipan " + run.failure())
                taipan_done = True
            elif not run.ok:
                row.update(status="fails", note="Taipan " + run.failure())
                taipan_done = True
            elif reference is not None and run.stdout != reference:
                row.update(status="wrong output",
                           note="Taipan " + first_difference(reference, run.stdout))
                taipan_done = True
            else:
                row["taipan_times"].append(run.seconds)
                row["taipan_cpu_times"].append(run.cpu_seconds)
    return finish_row(row)


def finish_row(row):
    """Medians and speedups. The CPU-time speedup (user + system, from rusage) is printed
    beside the wall-time one because it moves much less when other jobs share the cores."""
    def median(times):
        return statistics.median(times) if times else None
    ok = row["status"] == "ok" and row["taipan_times"]
    row["cpython_seconds"] = median(row["cpython_times"])
    row["cpython_cpu_seconds"] = median(row["cpython_cpu_times"])
    row["taipan_seconds"] = median(row["taipan_times"]) if ok else None
    row["taipan_cpu_seconds"] = median(row["taipan_cpu_times"]) if ok else None
    row["speedup"] = row["cpython_seconds"] / row["taipan_seconds"] if ok else None
    row["cpu_speedup"] = (row["cpython_cpu_seconds"] / row["taipan_cpu_seconds"]
                          if ok and row["taipan_cpu_seconds"] else None)
    return row


def measure_startup(cpython, taipan, runs, timeout):
    """Median wall time and peak RSS of `-c pass` for each interpreter."""
    result = {}
    samples = {"cpython": [], "taipan": []}
    failures = {}
    for index in range(runs):
        order = ("cpython", "taipan") if index % 2 == 0 else ("taipan", "cpython")
        for which in order:
            if which in failures:
                continue
            run = run_once([cpython if which == "cpython" else taipan, "-c", "pass"], timeout)
            if run.ok:
                samples[which].append(run)
            else:
                failures[which] = run.failure()
    for which in ("cpython", "taipan"):
        if which in failures:
            result[which] = {"status": "fails", "note": failures[which]}
        else:
            result[which] = {
                "status": "ok",
                "seconds": statistics.median(run.seconds for run in samples[which]),
                "max_rss_kib": statistics.median(run.max_rss_kib for run in samples[which]),
            }
    return result


def measure_memory(cpython, taipan, timeout):
    """Peak RSS of the million-objects program, once per interpreter."""
    path = os.path.join(PROGRAMS, MEMORY_PROGRAM + ".py")
    result = {}
    reference = run_once([cpython, path], timeout)
    for which, run in (("cpython", reference), ("taipan", run_once([taipan, path], timeout))):
        if which == "taipan" and not reference.ok:
            result[which] = {"status": "skipped", "note": "CPython did not finish"}
        elif not run.ok:
            result[which] = {"status": "timeout" if run.timed_out else "fails",
                             "note": run.failure()}
        elif run.stdout != reference.stdout:
            result[which] = {"status": "wrong output",
                             "note": first_difference(reference.stdout, run.stdout)}
        else:
            result[which] = {"status": "ok", "seconds": run.seconds,
                             "max_rss_kib": run.max_rss_kib}
    return result


def geometric_mean_of(values):
    values = [value for value in values if value]
    return math.exp(statistics.fmean(math.log(value) for value in values)) if values else None


def resolve_executable(path, what):
    found = path if os.sep in path else shutil.which(path)
    if not found or not os.path.isfile(found) or not os.access(found, os.X_OK):
        sys.exit("run_runtime: %s executable not found: %s%s" % (
            what, path,
            " (build it with `ninja -C build taipan`, or pass --taipan PATH)" if what == "taipan" else ""))
    return os.path.abspath(found)


def describe(entry):
    """Text for a startup/memory cell: the measurement, or the failure."""
    if entry["status"] != "ok":
        return "%s (%s)" % (entry["status"], entry["note"])
    seconds = entry["seconds"]
    duration = "%.1f ms" % (seconds * 1000) if seconds < 0.2 else "%.2f s" % seconds
    return "%s, max RSS %.1f MiB" % (duration, entry["max_rss_kib"] / 1024)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--taipan", default=os.path.join(ROOT, "build", "src", "taipan"),
                        help="the taipan binary (default: build/src/taipan)")
    parser.add_argument("--python", default="/usr/bin/python3.11",
                        help="the CPython to compare with (default: /usr/bin/python3.11)")
    parser.add_argument("--runs", type=int, default=5, help="runs per program (default 5)")
    parser.add_argument("--startup-runs", type=int, default=20,
                        help="runs of `-c pass` per interpreter (default 20)")
    parser.add_argument("--filter", default="",
                        help="only programs whose name contains this substring; the "
                             "start-up and memory sections run if 'startup' / "
                             "'million_objects' contain it")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds before a run is killed (default 120)")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    args = parser.parse_args()

    cpython = resolve_executable(args.python, "CPython")
    taipan = resolve_executable(args.taipan, "taipan")
    names = sorted(entry[:-3] for entry in os.listdir(PROGRAMS)
                   if entry.endswith(".py") and entry[:-3] != MEMORY_PROGRAM)
    names = [name for name in names if args.filter in name]
    version = subprocess.run([cpython, "--version"], capture_output=True, text=True).stdout.strip()

    print("cpython: %s (%s)" % (cpython, version))
    print("taipan:  %s" % taipan)
    print("runs: %d, load average at start: %.2f" % (args.runs, os.getloadavg()[0]))
    print()
    line = "%-18s %10s %13s %9s %12s"
    print(line % ("benchmark", "cpython s", "taipan s", "speedup", "cpu speedup"))
    rows = []
    for name in names:
        row = compare_program(name, cpython, taipan, args.runs, args.timeout)
        rows.append(row)
        cpython_cell = "%.3f" % row["cpython_seconds"] if row["cpython_seconds"] is not None else "-"
        if row["status"] == "ok":
            cells = ("%.3f" % row["taipan_seconds"], "%.2fx" % row["speedup"],
                     "%.2fx" % row["cpu_speedup"] if row["cpu_speedup"] else "-")
        else:
            cells = (row["status"], "-", "-")
        print(line % ((name, cpython_cell) + cells), flush=True)

    geometric_mean = geometric_mean_of(row["speedup"] for row in rows)
    cpu_geometric_mean = geometric_mean_of(row["cpu_speedup"] for row in rows)
    print()
    if geometric_mean is None:
        print("geometric mean speedup: n/a (no program ran correctly on Taipan)")
    else:
        print("geometric mean speedup: %.2fx (cpu time: %.2fx) over %d of %d programs"
              % (geometric_mean, cpu_geometric_mean or math.nan,
                 sum(row["speedup"] is not None for row in rows), len(rows)))
    # Programs failing for the same reason share one note, so a Taipan that cannot run
    # anything yet prints one line instead of one per program.
    notes = {}
    for row in rows:
        if row["note"]:
            note = row["note"].replace(os.path.join(PROGRAMS, row["name"] + ".py"), "<program>")
            notes.setdefault(note, []).append(row["name"])
    if notes:
        print()
        print("notes:")
        for note, programs in notes.items():
            print("  %s: %s" % (", ".join(programs), note))

    startup = memory = None
    if args.filter in "startup":
        startup = measure_startup(cpython, taipan, args.startup_runs, args.timeout)
        print()
        print("start-up (-c pass, median of %d):" % args.startup_runs)
        print("  cpython: %s" % describe(startup["cpython"]))
        print("  taipan:  %s" % describe(startup["taipan"]))
        if startup["cpython"]["status"] == startup["taipan"]["status"] == "ok":
            print("  speedup: %.2fx" % (startup["cpython"]["seconds"] / startup["taipan"]["seconds"]))
    if args.filter in MEMORY_PROGRAM:
        memory = measure_memory(cpython, taipan, args.timeout)
        print()
        print("peak memory (%s.py, one run each):" % MEMORY_PROGRAM)
        print("  cpython: %s" % describe(memory["cpython"]))
        print("  taipan:  %s" % describe(memory["taipan"]))
        if memory["cpython"]["status"] == memory["taipan"]["status"] == "ok":
            print("  taipan / cpython RSS: %.2f"
                  % (memory["taipan"]["max_rss_kib"] / memory["cpython"]["max_rss_kib"]))

    if args.json:
        with open(args.json, "w") as handle:
            json.dump({
                "date": time.strftime("%Y-%m-%d %H:%M:%S"),
                "machine": {"arch": platform.machine(), "cpus": os.cpu_count()},
                "cpython": {"path": cpython, "version": version},
                "taipan": {"path": taipan},
                "runs": args.runs,
                "benchmarks": rows,
                "geometric_mean_speedup": geometric_mean,
                "geometric_mean_cpu_speedup": cpu_geometric_mean,
                "startup": startup,
                "memory": memory,
            }, handle, indent=2)
            handle.write("\n")
    # Taipan failing is a result, not an error of this tool; CPython failing means a
    # benchmark program itself is broken.
    return 1 if any(row["status"] in ("cpython fails", "nondeterministic") for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
