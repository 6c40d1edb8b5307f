# Class pattern errors: too many positional sub-patterns, non-class, bad __match_args__.
class NoArgs:
    pass
class Bad:
    __match_args__ = ["x"]
for v, label in ((NoArgs(), "NoArgs"), (Bad(), "Bad")):
    try:
        match v:
            case NoArgs(1):
                print("matched")
            case Bad(1):
                print("matched")
    except TypeError as e:
        print(label, type(e).__name__, e)
notaclass = len
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
