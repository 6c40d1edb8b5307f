# Infinite generators consumed partially with zip and a manual limit.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result
print(take(5, naturals()))
print(list(zip("abc", naturals())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
