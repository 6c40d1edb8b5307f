# A generic-like container whose Class[T] returns a specialised subclass.
class TypedList(list):
    item_type = object
    def __class_getitem__(cls, item_type):
        return type(f"{cls.__name__}[{item_type.__name__}]", (cls,), {"item_type": item_type})
    def append(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(value).__name__}")
        super().append(value)
IntList = TypedList[int]
xs = IntList()
xs.append(1)
try:
    xs.append("two")
except TypeError as e:
    print(type(e).__name__, e)
print(xs, IntList.__name__, IntList.__mro__[1].__name__)
