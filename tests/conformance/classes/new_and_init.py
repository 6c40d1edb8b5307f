# __new__ creates the instance, __init__ initializes it.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        instance = super().__new__(cls)
        instance.created = True
        return instance
    def __init__(self, value):
        print("init", value)
        self.value = value
t = Tracked(5)
print(t.created, t.value)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
