# round() on ints with negative ndigits uses round-half-even.
for n in (0, 5, 15, 25, 35, 149, 150, 151, -25, 1234567):
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(10 ** 30 + 5 * 10 ** 10, -11))
