# Class bodies are scopes that functions inside do not see.
x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    values = [x for _ in range(1)]
print(C.y, C().method(), C.values)
class D:
    a = 1
    b = a + 1
    del a
print(D.b, hasattr(D, "a"))
def f():
    v = "enclosing"
    class K:
        w = v
        def get(self):
            return v
    return K.w, K().get()
print(f())
