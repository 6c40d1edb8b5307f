# classmethod/staticmethod wrappers, including wrapping non-functions.
class C:
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
    @staticmethod
    def util(*args):
        return args
    cm_len = classmethod(len)
    sm_len = staticmethod(len)
print(C.make(1), C().make(2), C.util(3), C().util(4), C.sm_len("abc"))
try:
    C.cm_len()
except TypeError as e:
    print(type(e).__name__, e)
sm = staticmethod(lambda: "called directly")
print(sm(), callable(sm), sm.__func__())
cm = classmethod(lambda cls: cls)
print(cm.__get__(None, int)() is int, cm.__get__(5)() is int)
