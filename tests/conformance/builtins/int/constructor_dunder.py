# int() consults __int__ and __index__ on arbitrary objects and checks their results.
class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
print(int(WithInt()), int(WithIndex()))
class IntSub(int):
    pass
print(type(int(IntSub(4))).__name__, int(IntSub(4)))
class ReturnsStr:
    def __int__(self):
        return "7"
try:
    int(ReturnsStr())
except TypeError as e:
    print(type(e).__name__, e)
class IndexReturnsFloat:
    def __index__(self):
        return 1.5
try:
    int(IndexReturnsFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(int("10", base=WithIndex()))
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
