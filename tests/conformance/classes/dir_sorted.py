# dir() of user classes and instances lists attributes in sorted order.
class A:
    a = 1
    def m(self):
        pass
class B(A):
    b = 2
    def __init__(self):
        self.inst = 3
print([n for n in dir(B) if not n.startswith("__")])
print([n for n in dir(B()) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
print(dir(A))
