# Class __dict__ keeps definition order of attributes.
class C:
    z = 1
    a = 2
    def m(self):
        pass
    b = 3
print([k for k in C.__dict__ if not k.startswith("__")])
print(list(vars(C)).index("z") < list(vars(C)).index("b"))
