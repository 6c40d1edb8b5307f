# bool is an int subclass: arithmetic, bitwise and repr.
print(True + True, True * 5, -True, ~True, ~False, True / 2, True // 2)
print(True & False, True | False, True ^ True, type(True & False), type(True & 1))
print(True == 1, False == 0, hash(True), hash(False))
print(sum([True, True, False]), max(False, True), str(True), repr(False))
print(int(True), float(False), True << 3, True ** 10)
