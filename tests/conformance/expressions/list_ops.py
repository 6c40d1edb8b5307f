# List concatenation, repetition, comparison and in-place operators.
a = [1, 2]
print(a + [3], a * 2, [0] * 3, [] * 5, [a] * 2)
nested = [[]] * 3
nested[0].append(1)
print(nested)
b = a
b += [3]
print(a, a is b)
b *= 2
print(a)
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
try:
    a + (4,)
except TypeError as e:
    print(type(e).__name__, e)
a += (4, 5)
print(a)
a += "xy"
print(a)
