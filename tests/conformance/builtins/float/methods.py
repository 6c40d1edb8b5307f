# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate.
for v in (0.0, 1.0, 2.5, -0.75, 1e300, 0.1, 5e-324):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex(" 0x1P+10 "))
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for text in ("0x1p99999", "xyz"):
    try:
        float.fromhex(text)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex("0x1.fffffffffffffp1023"), (1.5).real, (1.5).imag)
