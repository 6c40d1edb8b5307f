# Benchmark: list append/pop/insert, indexing and slicing, sort (with and without a
# key), reverse, index/count/in, list comprehensions and nested lists.

def building(rounds):
    total = 0
    for r in range(rounds):
        items = []
        for i in range(2000):
            items.append((i * 37 + r) % 1009)
        while len(items) > 1000:
            total += items.pop()
        items.insert(0, r)
        items.extend(items[10:20])
        total += items[500] + items[-1] + len(items)
    return total


def sorting(rounds):
    total = 0
    for r in range(rounds):
        data = [(i * 7919 + r) % 10007 for i in range(3000)]
        ordered = sorted(data)
        total += ordered[0] + ordered[-1] + ordered[1500]
        data.sort(reverse=True)
        total += data[10]
        pairs = [(v % 17, -v) for v in data[:500]]
        pairs.sort()
        total += pairs[0][1] + pairs[-1][1]
        words = ["w%d" % ((i * 13) % 97) for i in range(300)]
        words.sort(key=len)
        total += len(words[0]) + len(words[-1])
    return total


def slicing(rounds):
    base = list(range(1000))
    total = 0
    for r in range(rounds):
        window = base[r % 100:r % 100 + 500]
        total += window[0] + window[-1] + len(window[::3])
        copy = base[:]
        copy[100:200] = [0] * 50
        total += len(copy) + copy[120]
        del copy[::2]
        total += copy[7]
        rev = base[::-1]
        rev.reverse()
        total += rev[42] + base.index(500 + r % 100) + base.count(r % 1000)
        total += (r in base) + (-1 in base)
    return total


def comprehensions(rounds):
    total = 0
    for r in range(rounds):
        evens = [i for i in range(2000) if i % 2 == 0]
        squares = [x * x for x in evens]
        matrix = [[i * j + r for j in range(20)] for i in range(20)]
        transposed = [[row[k] for row in matrix] for k in range(20)]
        flat = [v for row in transposed for v in row if v % 3]
        total += sum(squares) % 10007 + len(flat) + transposed[3][5]
    return total


def main():
    print("build", building(300))
    print("sort", sorting(60))
    print("slice", slicing(2000))
    print("comp", comprehensions(300))


main()
