# TypeError for unsupported operand types with caret markers on the operator.
def total(a, b):
    return a + b
total(1, "2")
