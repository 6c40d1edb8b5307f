
def func1():
    if a != b:
        raise ValueError

def func2():
    try
        return 1
    finally:
        pass
