# Item and slice assignment/deletion with negative indices and errors.
a = list(range(5))
a[0] = "zero"
a[-1] = "last"
print(a)
del a[1]
del a[-2:]
print(a)
for call in (lambda: a.__setitem__(10, 1), lambda: a.__delitem__(10), lambda: a.__setitem__("i", 1),
             lambda: a.__setitem__(slice(0, 1), 5)):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
