
def f():
    try:
        pass
    except* Exception as e:
        return 42
    finally:
        finished = True
