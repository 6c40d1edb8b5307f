# Carets mark a failing call within an arithmetic expression.
def fails():
    raise OverflowError("too big")
result = 1 + fails() * 3
