# The interpreter's quickened instruction forms (fused local loads and stores, + - * on
# small ints and floats) must fall back exactly: unbound locals in either half of a
# pair, overflow past the small-int range, mixed and user-defined operands, in-place
# operators with __iadd__, and loops that jump between the halves of a pair.


def pairs(flag):
    if flag:
        b = 2
    a = 1
    try:
        return a, b
    except UnboundLocalError as error:
        return "UnboundLocalError: " + str(error)


print(pairs(True), pairs(False))


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    try:
        return a + b
    except UnboundLocalError as error:
        return "UnboundLocalError: " + str(error)


print(first_unbound(True), first_unbound(False))


def store_then_load(flag):
    x = 10
    if flag:
        del x
    y = 5
    try:
        y = x
        return y
    except UnboundLocalError as error:
        return "UnboundLocalError: " + str(error)


print(store_then_load(False), store_then_load(True))


def same_slot():
    v = 1
    v = v + 1
    w = v
    v = w * 3
    return v, w


print(same_slot())


class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return Meters(self.value + getattr(other, "value", other))

    def __radd__(self, other):
        return Meters(other + self.value)

    def __sub__(self, other):
        return Meters(self.value - getattr(other, "value", other))

    def __rsub__(self, other):
        return Meters(other - self.value)

    def __mul__(self, k):
        return Meters(self.value * getattr(k, "value", k))

    def __rmul__(self, k):
        return Meters(k * self.value)

    def __iadd__(self, other):
        self.value += other.value
        return self

    def __repr__(self):
        return "Meters(%r)" % (self.value,)


def arithmetic(a, b):
    return a + b, a - b, a * b


big = 2 ** 62
for a, b in [(3, 4), (big - 1, 1), (-big, -1), (big, big), (3 * 10 ** 9, 3 * 10 ** 9),
             (1.5, 2.25), (1.5, 2), (2, 1.5), (True, 2), ("ab", "cd"), ([1], [2]),
             ((1,), (2,)), (1e308, 1e308), (Meters(2), Meters(3)), (Meters(2), 5), (5, Meters(2))]:
    try:
        print(arithmetic(a, b))
    except TypeError as error:
        print("TypeError:", error)

for a, b in [("ab", 3), (3, "ab"), ([0], 2)]:
    print(a * b, b * a)
try:
    print("a" - "b")
except TypeError as error:
    print("TypeError:", error)


def inplace():
    total = 0
    items = []
    meters = Meters(1)
    alias = meters
    text = "x"
    for i in range(5):
        total += i
        total -= 1
        total *= 2
        items += [i]
        meters += Meters(i)
        text += str(i)
    return total, items, meters, alias is meters, text


print(inplace())


def accumulate(values):
    f = 0.0
    n = 0
    for v in values:
        f = f + v * 0.5
        n = n + 1
        f = f - n * 0.25
    return f, n


print(accumulate(range(1000)))


def loop_into_pair(n):
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


print(loop_into_pair(100))

x = 1.0
y = x + 0.5
z = x
print(x, y, z, y * z - x)


class Logged:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value


def subscript_updates():
    values = [1.5, 2, "s"]
    counts = {"a": 1}
    logged = Logged()
    for i in range(3):
        values[0] -= 0.25
        values[1] *= 3
        values[2] += "!"
        counts["a"] += i
        logged[i % 2] += 10
    nested = [[0, 0], [0, 0]]
    nested[1][0] += 5
    try:
        counts["missing"] += 1
    except KeyError as error:
        print("KeyError:", error)
    try:
        values[7] += 1
    except IndexError as error:
        print("IndexError:", error)
    return values, counts, logged.data, nested


print(subscript_updates())
