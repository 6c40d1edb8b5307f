# __instancecheck__ and __subclasscheck__ on metaclasses, and __class__ spoofing.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "special"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("special", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
class Spoof:
    @property
    def __class__(self):
        return int
s = Spoof()
print(isinstance(s, int), type(s).__name__, isinstance(s, Spoof))
