# __build_class__ is what the class statement calls; it can be called and replaced.
def ordinary():
    value = 10
C = __build_class__(ordinary, "C")
print(C.__name__, type(C).__name__, hasattr(C, "value"), C.__bases__)
class Base:
    pass
D = __build_class__(ordinary, "D", Base)
print(D.__bases__, D.__mro__)
class Meta(type):
    pass
E = __build_class__(ordinary, "E", metaclass=Meta)
print(type(E).__name__)
original = __builtins__.__build_class__
calls = []
def tracing(func, name, *bases, **kwargs):
    calls.append((name, len(bases), sorted(kwargs)))
    return original(func, name, *bases, **kwargs)
__builtins__.__build_class__ = tracing
class Traced(Base, metaclass=Meta):
    attr = 1
__builtins__.__build_class__ = original
print(calls, Traced.attr, type(Traced).__name__)
for args in ((5, "X"), (ordinary,), (ordinary, 5)):
    try:
        __build_class__(*args)
    except TypeError as e:
        print(type(e).__name__, e)
