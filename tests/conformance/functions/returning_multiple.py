# Returning tuples, unpacking results and returning functions.
def divide(a, b):
    return a // b, a % b
q, r = divide(17, 5)
print(q, r, divide(-17, 5))
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([3, 1, 4, 1, 5])
print(lo, hi, mean)
def pick(op):
    if op == "+":
        return lambda a, b: a + b
    return lambda a, b: a - b
print(pick("+")(2, 3), pick("-")(2, 3))
