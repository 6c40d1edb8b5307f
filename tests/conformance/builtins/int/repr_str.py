# str/repr of ints and the 4300-digit conversion limit.
for n in (0, -0, 7, -7, 10 ** 20, -(2 ** 100), 0x7FFFFFFFFFFFFFFF, -0x8000000000000000):
    print(str(n), repr(n))
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(hex(10 ** 5000)[:12], len(hex(10 ** 5000)))
print(int("1" * 4300) % 97)
