# set() from iterables with duplicates, and unhashable elements.
print(set(), set([3, 1, 2, 3]), set(range(5)), set((1, 1)), set({1: "a", 2: "b"}), set(x % 3 for x in range(10)))
print(sorted(set("hello")), len(set("mississippi")))
for arg in (5, [[1]], [{}]):
    try:
        set(arg)
    except TypeError as e:
        print(type(e).__name__, e)
print(type({1}).__name__, {1, 2} == set([2, 1]))
