# add, remove, discard, pop and clear.
s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print(s)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
