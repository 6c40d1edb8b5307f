# print with sep, end, flush and file=None.
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, [1], sep=", ", end=".\n", flush=True)
print("file none", file=None)
print(*range(5))
print(*[], sep="x")
print("x", sep=None, end=None)
for kwargs in ({"sep": 5}, {"end": 1}, {"file": 5}, {"bogus": 1}):
    try:
        print("y", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
