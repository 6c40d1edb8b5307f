# An unbound local read by the second of two adjacent loads (fused by the interpreter):
# the traceback points at that name.
def area(known):
    if known:
        height = 2
    width = 3
    return width * height


print(area(True))
print(area(False))
