# NotImplemented in boolean context is deprecated but still truthy.
class C:
    def __eq__(self, other):
        return NotImplemented
print(C() == C(), C() != C())
c = C()
print(c == c, c != c)
