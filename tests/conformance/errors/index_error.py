# IndexError from a list subscript inside a function.
def last_plus_one(items):
    return items[len(items)]
last_plus_one([1, 2, 3])
