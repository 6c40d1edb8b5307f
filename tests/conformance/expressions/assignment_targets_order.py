# Targets are assigned left to right after the right-hand side is evaluated.
class Loud:
    def __setitem__(self, key, value):
        print("set", key, value)
    def __setattr__(self, name, value):
        print("setattr", name, value)
o = Loud()
o[1] = o[2] = "v"
o.a, o[3] = 1, 2
x = [0, 1]
i = 0
i, x[i] = 1, 9
print(i, x)
