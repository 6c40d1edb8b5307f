# := inside comprehensions binds in the enclosing scope.
values = [3, 8, 1, 9, 4]
big = [y for v in values if (y := v * 2) > 6]
print(big, y)
def running_sum(xs):
    total = 0
    return [total := total + x for x in xs], total
print(running_sum([1, 2, 3, 4]))
print(any((hit := v) > 7 for v in values), hit)
