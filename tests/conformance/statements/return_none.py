# Functions without return, bare return and return of tuples.
def a():
    pass
def b():
    return
def c():
    return 1, 2
def d(flag):
    if flag:
        return "early"
    print("fell through")
print(a(), b(), c(), d(True), d(False))
