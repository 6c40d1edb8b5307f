# Comprehensions are nested functions called with the first iterator.
squares = [x * x for x in range(10) if x % 2]
pairs = {x: y for x in a for y in b}
unique = {x for x in [1, 2, 3]}
gen = (x for x in items)
nested = [y for x in a for y in [f(x)]]
