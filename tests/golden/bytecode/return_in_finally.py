# return, break and continue inside try/finally run the finally body on the way out.
def f():
    try:
        return g()
    finally:
        cleanup()

def h():
    for x in items:
        try:
            if x:
                break
            continue
        finally:
            done()
