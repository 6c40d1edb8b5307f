# format() of floats with f, e, g, %, n-less specs and alignment.
values = (0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 1e-10, 1e22, float("inf"), float("nan"))
for spec in ("", "f", ".0f", ".3f", "e", ".2E", "g", ".3g", "G", "%", ".1%", "+.2f", " .1f",
             "10.2f", "<10.1f", "^12.3e", "010.2f", ",.2f", "_.1f", "#.0f", "#g", ".0e", ".10g"):
    print(repr(spec), [format(v, spec) for v in values])
try:
    format(1.0, "d")
except ValueError as e:
    print(type(e).__name__, e)
print(format(-0.0001, ".1f"), format(-0.0001, ".1e"))
