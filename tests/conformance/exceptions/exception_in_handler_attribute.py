# Handlers see the active exception via except ... as; it is cleared afterwards.
def current():
    try:
        raise
    except RuntimeError as e:
        return "no active exception: " + str(e)
    except Exception as e:
        return "active: " + repr(e)
print(current())
try:
    raise ValueError("in flight")
except ValueError:
    print(current())
print(current())
