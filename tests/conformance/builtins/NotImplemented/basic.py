# NotImplemented, Ellipsis and __debug__ singletons.
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, NotImplemented is NotImplemented)
print(Ellipsis, ... is Ellipsis, type(...)(), type(...)() is ..., repr(Ellipsis))
print(__debug__, type(__debug__).__name__)
print((1).__add__("a") is NotImplemented, (1).__eq__("a"))
try:
    type(NotImplemented)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(NotImplemented)() is NotImplemented)
