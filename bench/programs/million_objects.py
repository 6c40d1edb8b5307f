# Memory benchmark: a million small instances with two attributes and a million small
# tuples alive at once; the runner records the interpreter's peak resident set size.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def main():
    points = [Point(i, i + 1) for i in range(1000000)]
    pairs = [(i, -i) for i in range(1000000)]
    total = 0
    for point in points[::1000]:
        total += point.x + point.y
    for pair in pairs[::1000]:
        total += pair[0] - pair[1]
    print("objects", len(points), len(pairs), total)


main()
