# repr and format of complex numbers including signed zeros and specials.
for z in (0j, -0j, 1j, -1j, 1 + 0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1.5 - 2.25j, 1e20j,
          complex(float("inf"), float("nan")), complex(1e-7, 1e16)):
    print(repr(z), str(z))
z = 3.14159 - 2.71828j
for spec in ("", ".2f", "10.1f", "<20", ".3e", "g", "+.1f", "^25.2f"):
    print(repr(spec), format(z, spec))
try:
    format(z, "d")
except ValueError as e:
    print(type(e).__name__, e)
