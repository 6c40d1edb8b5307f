# append, extend and insert, including out-of-range insert positions.
a = [1]
a.append(2)
a.append([3])
a.extend((4, 5))
a.extend("ab")
a.extend(range(2))
a.extend({"k": 1})
print(a)
b = [1, 2, 3]
b.insert(0, "start")
b.insert(100, "end")
b.insert(-1, "before end")
b.insert(-100, "very start")
print(b)
c = [1, 2]
c.extend(c)
print(c)
for call in (lambda: c.append(), lambda: c.extend(5), lambda: c.insert(1), lambda: c.insert("0", 1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
