# Comparisons between huge ints and floats are exact.
big = 2 ** 1000
print(big > 1e300, big < float("inf"), -big > float("-inf"), big == float(big))
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 400 > 1.7976931348623157e308)
print(sorted([3, 2.5, 10 ** 20, -1, True, 1e20]))
print(max(2 ** 64, 1.8e19), min(-(2 ** 64), -1.8e19))
