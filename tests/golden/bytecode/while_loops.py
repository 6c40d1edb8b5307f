# while / else and while True with break.
while x < 10:
    x += 1
else:
    done()
while True:
    if f():
        break
