# staticmethod: called through class or instance without binding.
class C:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def no_args():
        return "none"
print(C.add(1, 2), C().add(3, 4), C.no_args(), C().no_args())
sm = C.__dict__["add"]
print(type(sm).__name__, sm.__func__(5, 6), sm(7, 8), sm.__name__, sm.__qualname__, sm.__doc__)
try:
    C.add(1)
except TypeError as e:
    print(type(e).__name__, e)
class D(C):
    pass
print(D.add("a", "b"))
