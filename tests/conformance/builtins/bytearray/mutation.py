# append, extend, insert, pop, remove, clear, reverse and item assignment.
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.insert(0, 64)
b.insert(-1, 33)
print(b)
print(b.pop(), b.pop(0), b)
b.remove(ord("c"))
b.reverse()
print(b)
b[0] = 90
b[1:3] = b"XYZW"
print(b)
del b[::2]
print(b)
b.clear()
print(b, len(b))
for call in (lambda: b.pop(), lambda: b.remove(1), lambda: b.append(256), lambda: b.append("a"),
             lambda: b.insert(0, -1), lambda: bytearray(b"x").__setitem__(0, 300)):
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
