# Format specs inside f-strings for ints, floats and strings.
for v in (0, 7, -7, 255, 1234567):
    print(f"{v:d} {v:+d} {v: d} {v:x} {v:#x} {v:X} {v:o} {v:#o} {v:b} {v:#b} {v:,} {v:_}")
for v in (0.0, 1.5, -2.25, 1234567.891, 1e-7, float("inf")):
    print(f"{v:f}|{v:.1f}|{v:+.2e}|{v:g}|{v:G}|{v:10.2f}|{v:<10}|{v:,.2f}")
for s in ("x", "hello"):
    print(f"[{s:*^9}] [{s:.2}] [{s:>7.3}] [{s!r:>9}]")
print(f"{12345:=+10}", f"{-3:=8}", f"{3.5:08.2f}", f"{42:c}")
