# A chained comparison keeps the middle operand and stops at the first false result.
x = a < b <= c
if a < b < c:
    pass
y = a is not None
z = x not in [1, 2, 3]
w = x in {1, 2}
