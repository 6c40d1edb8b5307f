# Functions use the globals of the module they were defined in.
value = "module"
def read():
    return value
print(read(), read.__globals__ is globals())
ns = {"value": "exec namespace"}
exec("def read2():\n    return value\n", ns)
print(ns["read2"](), ns["read2"].__globals__ is ns)
def write():
    globals()["value"] = "changed"
write()
print(value)
