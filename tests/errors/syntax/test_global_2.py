def wrong2():
    print(x)
    global x
