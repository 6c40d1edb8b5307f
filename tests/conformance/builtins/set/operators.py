# Union, intersection, difference and symmetric difference operators.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a | set(), a & set())
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {1}
c ^= {3, 7}
print(c)
for expr in ("a | [1]", "a + b", "a - [1]"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e)
print(a | frozenset({9}), type(frozenset({9}) | a).__name__)
