# super() in methods walks the MRO of the instance's class.
class A:
    def chain(self):
        return ["A"]
class B(A):
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print(D().chain(), B().chain())
print(super(C, D()).chain(), super(B, D()).chain())
class E(D):
    @classmethod
    def kind(cls):
        return "E kind, next in MRO: " + super().chain.__qualname__
print(E.kind(), E().chain())
