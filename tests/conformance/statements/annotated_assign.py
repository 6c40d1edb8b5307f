# Annotated assignments populate __annotations__ at module and class level.
x: int = 5
y: "str"
z: list[int] = []
print(x, z, __annotations__)
print("y" in globals())
class C:
    a: int
    b: str = "b"
    c: "C" = None
print(C.__annotations__, C.b, hasattr(C, "a"))
def f():
    local: int = 3
    other: str
    return local
print(f(), f.__annotations__)
obj = C()
obj.attr: int = 9
print(obj.attr, C.__annotations__)
