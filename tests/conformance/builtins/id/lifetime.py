# Objects stay identical while referenced; distinct live objects have distinct ids.
objs = [object() for _ in range(10)]
print(len({id(o) for o in objs}))
a = "x" * 5
alias = a
print(id(a) == id(alias))
lst = []
before = id(lst)
lst.append(1)
lst.extend(range(100))
print(id(lst) == before)
def same(x):
    return id(x)
print(same(lst) == id(lst))
