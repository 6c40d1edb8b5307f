# Instance attributes live in __dict__, which can be replaced or edited.
class C:
    pass
c = C()
c.__dict__["direct"] = 1
print(c.direct)
c.__dict__ = {"swapped": True}
print(c.swapped, hasattr(c, "direct"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(vars(c) is c.__dict__)
