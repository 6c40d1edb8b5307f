# Dict comprehensions evaluate key before value (3.8+) and keep insertion order.
def show(tag, v):
    print(tag, v)
    return v
d = {show("key", k): show("value", k * 2) for k in range(2)}
print(d)
print(list({k: None for k in "zyxzy"}))
