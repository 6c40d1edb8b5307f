# True division of ints is correctly rounded, even for huge operands.
print(1 / 3, 2 / 3, 10 / 7, -1 / 3, 7 / -2, 0 / 5, -0 / 5)
print(10 ** 30 / 10 ** 10, 2 ** 60 / 3, (2 ** 1000) / (2 ** 998), 3 ** 200 / 7 ** 150)
print((10 ** 400) / (10 ** 399))
try:
    print((10 ** 400) / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(1 / 10 ** 400, 5 / 2 ** 1080)
