# pop with indices, remove of first match, clear, and their errors.
a = list(range(6))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a)
a = [1, 2, 1, 2]
a.remove(2)
print(a)
a.clear()
print(a)
for call in (lambda: a.pop(), lambda: [1].pop(5), lambda: [1].remove(9), lambda: [1].pop("x")):
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
