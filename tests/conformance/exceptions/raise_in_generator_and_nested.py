# Exceptions from nested calls include the right types and messages.
def level3():
    return {}["deep"]
def level2():
    return level3()
def level1():
    try:
        return level2()
    except KeyError as e:
        raise LookupError(f"wrapped {e}") from e
try:
    level1()
except LookupError as e:
    print(type(e).__name__, e, repr(e.__cause__))
