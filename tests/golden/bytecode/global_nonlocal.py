# global and nonlocal decide the name instructions.
counter = 0
def increment():
    global counter
    counter += 1
def outer():
    value = 0
    def inner():
        nonlocal value
        value = 1
    return inner
