# Comparisons fall back to the reflected method; == falls back to identity.
class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return "right eq"
    def __gt__(self, other):
        print("Right.__gt__")
        return "right gt"
print(Left() == Right())
print(Left() < Right())
l = Left()
print(l == l, l != Left())
try:
    Left() < Left()
except TypeError as e:
    print(type(e).__name__, e)
