# Overriding __eq__ in a subclass resets __hash__ to None unless redefined.
class A:
    def __hash__(self):
        return 1
class B(A):
    def __eq__(self, o):
        return True
class C(A):
    def __eq__(self, o):
        return True
    __hash__ = A.__hash__
print(A.__hash__ is not None, B.__hash__, hash(C()))
try:
    {B()}
except TypeError as e:
    print(type(e).__name__, e)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
