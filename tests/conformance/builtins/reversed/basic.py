# reversed on sequences, dicts, ranges and objects with __reversed__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "".join(reversed("hello")))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"), r.__length_hint__())
for arg in ({1, 2}, 5, iter([1]), (x for x in [])):
    try:
        reversed(arg)
    except TypeError as e:
        print(type(e).__name__, e)
