# ValueError from int() on a bad string inside a comprehension.
raw = ["1", "2", "three"]
numbers = [int(x) for x in raw]
