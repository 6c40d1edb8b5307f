def wrong1():
    a = 1
    b = 2
    global a
    global b
