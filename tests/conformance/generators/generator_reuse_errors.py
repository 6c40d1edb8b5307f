# Exhausted generators stay exhausted; a running generator cannot be re-entered.
def gen():
    yield 1
g = gen()
print(list(g), list(g), next(g, None))
try:
    gen().send("not none")
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen().throw(1)
except TypeError as e:
    print(type(e).__name__, e)
