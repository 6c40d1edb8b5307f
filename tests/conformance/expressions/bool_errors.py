# __bool__ and __len__ returning wrong types raise TypeError/ValueError.
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
for obj in (BadBool(), BadLen(), StrLen()):
    try:
        print(bool(obj))
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("if:", e)
