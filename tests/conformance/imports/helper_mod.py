# A plain module imported by the import tests (it prints when it runs).
print("helper_mod runs as", __name__)
value = 42


def greet(name):
    return "hello " + name
