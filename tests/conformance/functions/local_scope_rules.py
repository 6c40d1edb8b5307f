# Assignment anywhere in a function makes the name local throughout.
x = "global"
def reads():
    return x
def shadows():
    x = "local"
    return x
def conditional(flag):
    if flag:
        x = "set"
    return x
print(reads(), shadows(), conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def via_loop():
    for x in range(2):
        pass
    return x
print(via_loop(), x)
def via_import_like():
    try:
        raise ValueError
    except ValueError as x:
        pass
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__
print(via_import_like())
