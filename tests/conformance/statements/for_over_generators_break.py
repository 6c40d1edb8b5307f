# Breaking out of a for loop over a generator leaves it suspended, not finished.
def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("generator finalised")
g = gen()
for x in g:
    if x == 1:
        break
print("after break", next(g))
g.close()
print("done")
