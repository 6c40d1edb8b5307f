# callable() on descriptors, methods, classes with __call__ on the metaclass.
class Meta(type):
    def __call__(cls):
        return "made by meta"
class M(metaclass=Meta):
    pass
print(callable(M), M())
class C:
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
print(callable(C.s), callable(C.c), callable(C.__dict__["s"]), callable(C.__dict__["c"]))
print(callable(int.__add__), callable((1).__add__), callable(iter([])), callable(range))
