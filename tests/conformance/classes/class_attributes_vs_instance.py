# Class attributes are shared until an instance assigns its own.
class C:
    shared = []
    count = 0
    def add(self, v):
        self.shared.append(v)
        self.count += 1
a, b = C(), C()
a.add(1)
b.add(2)
print(C.shared, a.count, b.count, C.count)
C.count = 10
print(a.count, C().count)
del a.count
print(a.count)
