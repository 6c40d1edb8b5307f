# A custom __init__ that does not call super() still gets args from the constructor call.
class E(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = E(1, 2)
print(e.args, str(e), repr(e), e.a, e.b)
class F(Exception):
    def __init__(self, msg):
        super().__init__(f"F: {msg}")
print(F("x").args, str(F("x")))
class G(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, "from new")
        return inst
    def __init__(self, *args):
        pass
print(G(1, 2).args)
