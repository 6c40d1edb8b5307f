# Closures over mutable state implement counters, accumulators and once-only calls.
def once(fn):
    done = []
    def wrapper(*args):
        if not done:
            done.append(fn(*args))
        return done[0]
    return wrapper
@once
def init(v):
    print("initialising with", v)
    return v * 10
print(init(1), init(2), init(3))
def accumulator(total=0):
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(-50))
