# Exception attributes that cannot be deleted and args coercion.
e = ValueError("x")
try:
    del e.args
except TypeError as err:
    print(type(err).__name__, err)
e.args = "ab"
print(e.args)
e.args = range(2)
print(e.args)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
