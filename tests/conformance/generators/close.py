# close() raises GeneratorExit at the yield and runs finally blocks.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
next(g)
g.close()
print(next(g, "closed"))
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        return "ignored value"
c = catches()
next(c)
print(c.close())
unstarted = gen()
unstarted.close()
print("closed unstarted without cleanup output")
