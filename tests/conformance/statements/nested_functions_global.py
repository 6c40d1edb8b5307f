# global inside a nested function refers to the module, skipping enclosing scopes.
x = "module"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
        return x
    inner()
    return x
print(outer(), x)
