# Comparisons between numbers of different types and between containers.
print(1 == 1.0, 1 == 1 + 0j, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(True == 1, False < 1, True + True)
print(float("nan") < 1, float("inf") > 10 ** 400, -float("inf") < -10 ** 400)
print([1, 2] == [1, 2], [1, 2] == (1, 2), {1: 2} == {1: 2}, {1, 2} == frozenset({1, 2}))
print("a" == b"a", None == 0, None is None)
for expr in ("1 < 'a'", "[] < ()", "None < None", "{} < {}", "1j < 2j", "[1, 'a'] < [1, 2]"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
