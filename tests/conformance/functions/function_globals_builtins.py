# Functions look names up in globals, then builtins; shadowing builtins works.
def uses_len(x):
    return len(x)
print(uses_len("abc"))
len = lambda x: "shadowed"
print(uses_len("abc"))
del len
print(uses_len("abc"))
print(uses_len.__globals__ is globals())
def make():
    return print
print(make() is print)
