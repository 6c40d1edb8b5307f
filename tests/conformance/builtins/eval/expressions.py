# eval handles every expression kind and sees enclosing names only via globals.
env = {"data": [3, 1, 2], "k": 2}
for src in ("sorted(data)", "data[k]", "data[::-1]", "{x: x ** k for x in data}", "k if data else 0",
            "(lambda a: a * k)(5)", "f'{k!r:>4}'", "not data", "[*data, *range(k)]", "k in data"):
    print(src, "=", eval(src, env))
def outer():
    hidden = 5
    try:
        return eval("hidden")
    except NameError as e:
        return str(e)
print(outer())
