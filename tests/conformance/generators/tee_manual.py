# Sharing one iterator between consumers by buffering, without itertools.
def split(iterable, n):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def consumer(i):
        while True:
            if not buffers[i]:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield buffers[i].pop(0)
    return [consumer(i) for i in range(n)]
a, b = split(range(4), 2)
print(next(a), next(a), list(b), list(a))
