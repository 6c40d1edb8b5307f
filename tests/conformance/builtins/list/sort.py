# list.sort with key, reverse and mixed-type errors.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([[3], [1, 2], []]))
mixed = [3, "a"]
try:
    mixed.sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(a.sort(), [].sort())
