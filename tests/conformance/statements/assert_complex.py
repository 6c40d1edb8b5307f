# assert with complex expressions and messages built from the failing values.
def check(values):
    assert all(v >= 0 for v in values), [v for v in values if v < 0]
    return sum(values)
print(check([1, 2]))
try:
    check([1, -2, -3])
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert (1, 2) == (1, 3), f"{(1, 2)} != {(1, 3)}"
except AssertionError as e:
    print(e)
