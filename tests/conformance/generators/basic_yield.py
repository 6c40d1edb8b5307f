# Generators suspend at yield and resume on next().
def count_to(n):
    print("start")
    i = 1
    while i <= n:
        yield i
        print("resumed after", i)
        i += 1
    print("end")
g = count_to(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_to(3)))
print(next(g, "default"))
