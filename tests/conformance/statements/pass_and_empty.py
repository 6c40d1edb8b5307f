# pass in every block kind, and ellipsis as a statement.
def f():
    pass
class C:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        pass
with Ctx():
    pass
...
print(f(), C.__name__, "done")
