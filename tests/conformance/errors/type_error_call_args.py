# TypeError for a wrong number of arguments.
def greet(name, greeting):
    return f"{greeting}, {name}"
greet("ann")
