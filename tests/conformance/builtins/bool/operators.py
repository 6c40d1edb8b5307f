# Operations on bools return bools for &|^ and ints for arithmetic.
for a in (False, True):
    for b in (False, True):
        print(a, b, a & b, a | b, a ^ b, a + b, a - b, a * b, a and b, a or b)
print(~True, -True, True // 1, True % 2, True ** 2, divmod(True, True))
print(True == 1.0, sorted([True, False, 0, 1]))
print(format(True), format(True, "d"), format(False, ">5"), f"{True:5}|", "%s %d" % (True, True))
