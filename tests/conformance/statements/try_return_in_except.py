# return inside except and finally ordering.
def f():
    try:
        raise ValueError
    except ValueError:
        print("handler")
        return "from except"
    finally:
        print("finally")
print(f())
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
print(g())
def h():
    for i in range(3):
        try:
            if i < 2:
                raise ValueError(i)
        except ValueError as e:
            print("continue after", e)
            continue
        return i
print(h())
