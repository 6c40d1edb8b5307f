# Exceptions propagate out of nested loops through finally blocks.
log = []
def run():
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if i == 1 and j == 1:
                        raise StopIteration("stop")
                finally:
                    log.append((i, j))
        finally:
            log.append(("outer", i))
try:
    run()
except StopIteration as e:
    print("caught", e)
print(log)
