# Benchmark: objects with instance attributes, attribute loads and stores, bound method
# calls, properties, class attributes and a little polymorphism through overriding.

class Vector:
    scale = 1

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vector(self.x * k * self.scale, self.y * k * self.scale)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def bump(self, amount):
        self.count += 1
        self.total += amount
        return self

    def value(self):
        return self.total - self.count


class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.area() + self.sides()

    def sides(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def sides(self):
        return 4


class Triangle(Shape):
    def __init__(self, base, height):
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height // 2

    def sides(self):
        return 3


def vectors(rounds):
    acc = Vector(0, 0)
    step = Vector(1, -2)
    checksum = 0
    for i in range(rounds):
        acc = acc.add(step)
        checksum += acc.dot(step) % 7
        if i % 3 == 0:
            acc = acc.scaled(1)
        checksum += acc.norm1 & 15
    return checksum, acc.x, acc.y


def counters(rounds):
    counter = Counter()
    for i in range(rounds):
        counter.bump(i).bump(1)
    return counter.value()


def shapes(rounds):
    items = [Square(3), Triangle(4, 5), Square(7), Shape(), Triangle(10, 3)]
    total = 0
    for i in range(rounds):
        total += items[i % 5].describe()
    return total


def main():
    print("vectors", vectors(200000))
    print("counters", counters(300000))
    print("shapes", shapes(300000))


main()
