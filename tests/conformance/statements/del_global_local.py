# del of global and local names, and NameError vs UnboundLocalError.
g = 1
def delete_global():
    global g
    del g
delete_global()
try:
    g
except NameError as e:
    print(type(e).__name__, e)
def use_before():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1
use_before()
def deleted_free():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleted_free()
