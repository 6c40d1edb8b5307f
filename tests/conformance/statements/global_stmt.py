# global makes assignments in functions rebind module names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def create():
    global fresh
    fresh = "made"
create()
print(fresh)
def reader():
    return counter * 10
print(reader())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
unbound()
