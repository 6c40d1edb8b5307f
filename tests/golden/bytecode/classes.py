# A class body stores __module__, __qualname__, __doc__; methods using super() get the
# __class__ cell, which the body returns as __classcell__.
class Base:
    "The docstring."
    x = 1

class Derived(Base, metaclass=Meta):
    def method(self):
        return super().method()

@decorator
class Decorated:
    pass
