# Class body executes top to bottom; decorators and metaclass run after.
print("before")
def deco(cls):
    print("decorating", cls.__name__)
    return cls
@deco
class C:
    print("in body")
    x = 1
    print("x defined")
    def m(self):
        print("method called")
print("after")
C().m()
