# Generator-based coroutine pattern: prime with next(), then send data.
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 40)])
def grep(pattern):
    found = []
    try:
        while True:
            line = yield
            if pattern in line:
                found.append(line)
    except GeneratorExit:
        print("grep closing with", found)
g = grep("py")
next(g)
for line in ("python", "java", "pypy", "c"):
    g.send(line)
g.close()
