# Unpacking count mismatches and non-iterables produce ValueError/TypeError.
cases = ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "a, = ()",
         "[*x] = None", "a, b = {'k': 1}"]
for src in cases:
    try:
        exec(src)
        print(src, "ok")
    except Exception as e:
        print(src, "->", type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
