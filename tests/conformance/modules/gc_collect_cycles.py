# gc.collect() finds reference cycles and returns how many objects it found.
import gc

gc.collect()

l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

d = {}
d["self"] = d
del d
print("dict:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())


class Node:
    pass


n = Node()
n.me = n
n.__dict__
del n
print("instance and its __dict__:", gc.collect())


def make_closure_cycle():
    x = []

    def g():
        return x

    x.append(g)


make_closure_cycle()
print("closure cycle:", gc.collect())

print("nothing left:", gc.collect())

kept = []
kept.append(kept)
print("still referenced:", gc.collect())
print(kept[0] is kept)

print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
