# except clauses evaluate their type expressions only when reached.
def types():
    print("evaluating except types")
    return (KeyError, IndexError)
try:
    {}["x"]
except ValueError:
    print("not this")
except types():
    print("matched dynamic tuple")
handlers = [TypeError, ZeroDivisionError]
try:
    1 / 0
except handlers[1] as e:
    print("indexed handler", e)
