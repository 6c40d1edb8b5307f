# A traceback through several nested function calls.
def level_one(n):
    return level_two(n) + 1
def level_two(n):
    return level_three(n) * 2
def level_three(n):
    return 100 // n
print(level_one(5))
level_one(0)
