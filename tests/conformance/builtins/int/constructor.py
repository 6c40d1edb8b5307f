# int() from numbers, strings in every base, and its error messages.
print(int(), int(5), int(-5.9), int(True), int("42"), int("  -17\n"), int("+3"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("777", 8), int("-101", 2), int("10", 0), int("0", 0), int("00", 0), int("Zz", 36))
print(int(b"12"), int(bytearray(b"34")), int("١٢٣"), int("\u0663"))
for args in (("",), ("1.5",), ("0x10",), ("10", 2), ("12", 37), ("08", 0), ("1__0",), ("_1",),
             (1.5, 10), (None,), ([],), ("abc", 10), (float("inf"),), (float("nan"),), ("1e5",)):
    try:
        print(args, int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(int("5", base=10), int("z", base=36))
