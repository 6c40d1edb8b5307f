# super() forms and errors outside classes.
class A:
    def m(self):
        return "A"
class B(A):
    def m(self):
        return "B+" + super().m()
print(B().m(), super(B, B()).m(), super(B, B).m(B()))
s = super(B, B())
print(type(s).__name__, s.__thisclass__ is B, type(s.__self__).__name__, s.__self_class__ is B)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, B()).missing
except AttributeError as e:
    print(type(e).__name__, e)
