# NameError with no similar name available.
def f():
    return completely_unknown_name_xyz
f()
