# Returning from inside a loop skips its else clause.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    else:
        return -1
print(find([4, 5, 6], 5), find([], 1), find("abc", "z"))
def first_even(n):
    while n < 100:
        if n % 2 == 0:
            return n
        n += 3
    else:
        return None
print(first_even(1), first_even(99))
