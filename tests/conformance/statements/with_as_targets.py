# with ... as supports tuple, attribute and subscript targets.
class CM:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with CM() as (a, b):
    print(a, b)
class Holder:
    pass
h = Holder()
store = {}
with CM() as h.value, CM() as store["k"]:
    pass
print(h.value, store)
