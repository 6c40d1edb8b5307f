# is / is not / in / not in on builtins.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 in a, 3 not in a, "b" in "abc", "" in "abc", "ac" in "abc")
print(2 in {1: 0, 2: 0}, 0 in {1: 0}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(b"ab" in b"cab", 97 in b"a", (1, 2) in [(1, 2)], [] in [[]])
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n])
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
