# Augmented assignment evaluates the target once and mutates in place when possible.
class Counter:
    def __init__(self):
        self.calls = 0
        self.data = [0, 0]
    def index(self):
        self.calls += 1
        return 1
c = Counter()
c.data[c.index()] += 5
print(c.data, c.calls)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
n = 2
n **= 10
n //= 3
n %= 100
print(n)
