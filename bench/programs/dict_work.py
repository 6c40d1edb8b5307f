# Benchmark: dicts with int, str and tuple keys: insertion, lookup, get/setdefault,
# deletion, iteration over keys/values/items, dict comprehensions and merging.

def int_keys(size, rounds):
    total = 0
    for r in range(rounds):
        table = {}
        for i in range(size):
            table[i * 7 + r] = i
        for i in range(0, size, 3):
            total += table[i * 7 + r]
        for i in range(0, size, 2):
            del table[i * 7 + r]
        for key, value in table.items():
            total += key - value
        total += len(table)
    return total


def str_keys(rounds):
    names = ["key%d" % i for i in range(500)]
    total = 0
    for r in range(rounds):
        counts = {}
        for i in range(2000):
            name = names[(i * 31 + r) % 500]
            counts[name] = counts.get(name, 0) + 1
        groups = {}
        for name, count in counts.items():
            groups.setdefault(count, []).append(name)
        total += len(groups) + sum(counts.values())
        total += ("key7" in counts) + ("missing" in counts)
    return total


def comprehensions(rounds):
    total = 0
    for r in range(rounds):
        squares = {i: i * i for i in range(300)}
        inverted = {v: k for k, v in squares.items() if v % 3 == r % 3}
        merged = {**squares, **{k: -k for k in range(0, 300, 5)}}
        merged.update(inverted)
        total += len(inverted) + len(merged) + sum(merged.values()) % 1000
        total += sum(1 for k in merged if k & 1)
    return total


def tuple_keys(size):
    grid = {}
    for x in range(size):
        for y in range(size):
            grid[(x, y)] = (x * y) % 10
    total = 0
    for x in range(1, size - 1):
        for y in range(1, size - 1):
            total += grid[(x - 1, y)] + grid[(x + 1, y)] + grid[(x, y - 1)] + grid[(x, y + 1)]
    first = list(grid)[:3]
    last = list(grid.values())[-3:]
    return total, first, last


def main():
    print("int", int_keys(20000, 30))
    print("str", str_keys(300))
    print("comp", comprehensions(600))
    print("tuple", tuple_keys(200))


main()
