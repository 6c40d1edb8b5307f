# return in finally overrides the try's return or exception.
def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f(), g(), h(), k())
