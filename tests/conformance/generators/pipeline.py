# Chained generators form a lazy pipeline.
def numbers():
    for i in range(10):
        print("emit", i)
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
pipe = squares(evens(numbers()))
print(next(pipe))
print(next(pipe))
print(sum(pipe))
