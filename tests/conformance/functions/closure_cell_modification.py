# Inner functions see changes to enclosing variables, and vice versa.
def outer():
    values = []
    def add(v):
        values.append(v)
    add(1)
    add(2)
    values.append(3)
    return values
print(outer())
def shared():
    x = 0
    def setx(v):
        nonlocal x
        x = v
    def getx():
        return x
    return setx, getx
s, g = shared()
s(42)
print(g())
s("changed")
print(g())
