# list() from iterables and its errors.
print(list(), list("abc"), list(range(3)), list((1, 2)), list({1: "a", 2: "b"}), list(x * 2 for x in range(3)))
print(list(b"ab"), list({3: 0}.items()), list([1, [2]]), list([9]))
for arg in (5, None, 1.5):
    try:
        list(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2]
b = list(a)
print(a == b, a is b)
