# Decorators are evaluated first and applied innermost first.
@first
@second(arg)
def function():
    pass
