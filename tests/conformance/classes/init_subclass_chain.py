# __init_subclass__ is inherited and cooperative across several bases.
class A:
    def __init_subclass__(cls, **kwargs):
        print("A.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)
class B:
    def __init_subclass__(cls, **kwargs):
        print("B.__init_subclass__", cls.__name__)
        super().__init_subclass__()
class C(A, B, flag=1):
    pass
class D(C):
    pass
