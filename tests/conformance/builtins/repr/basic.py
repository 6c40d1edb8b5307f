# repr() of builtin values and user objects.
print(repr(1), repr(1.0), repr("s"), repr(b"b"), repr([1, "a"]), repr((1,)), repr({1: "a"}), repr({1}), repr(None))
print(repr(True), repr(...), repr(NotImplemented), repr(1j), repr(frozenset()), repr(range(1, 2)), repr(slice(1)))
print(repr(int), repr(type), repr(len), repr(object), repr(ValueError("x")), repr(bytearray(b"a")))
class C:
    def __repr__(self):
        return "C()"
print(repr(C()), repr([C(), C()]), repr({"k": C()}))
