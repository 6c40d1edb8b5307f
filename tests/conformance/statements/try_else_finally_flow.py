# else runs only without exceptions, before finally; exceptions in else propagate.
def f(raise_in_try, raise_in_else):
    log = []
    try:
        try:
            log.append("try")
            if raise_in_try:
                raise ValueError
        except ValueError:
            log.append("except")
        else:
            log.append("else")
            if raise_in_else:
                raise KeyError
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer")
    return log
for a in (False, True):
    for b in (False, True):
        print(a, b, f(a, b))
