# The builtins namespace is reachable through __builtins__ in the main module.
b = __builtins__
names = ["len", "print", "int", "ValueError", "True", "super", "__build_class__"]
print([hasattr(b, n) for n in names])
print(b.len("abc"), b.int("5"), type(b).__name__, b.__name__)
