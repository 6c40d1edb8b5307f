# classmethod and staticmethod wrappers expose __func__ and behave on instances.
class C:
    @classmethod
    def cm(cls, x):
        return cls.__name__, x
    @staticmethod
    def sm(x):
        return x * 2
class D(C):
    pass
print(C.cm(1), D.cm(2), D().cm(3), C.sm(4), D().sm(5))
print(C.__dict__["cm"].__func__.__name__, C.__dict__["sm"].__func__(6))
print(classmethod(len).__func__ is len)
