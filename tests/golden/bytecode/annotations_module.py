# Module-level annotations go to __annotations__; complex targets evaluate their parts.
x: int = 1
y: "str"
obj.attr: list
items[0]: dict = {}
(z): float
