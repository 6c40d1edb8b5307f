# Assignment expressions, including one in a comprehension that binds in the function.
if (n := len(a)) > 10:
    print(n)
def f(data):
    if any((last := x) > 0 for x in data):
        return last
