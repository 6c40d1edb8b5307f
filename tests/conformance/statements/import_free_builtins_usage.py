# Module-level names like __name__ and __builtins__ are available without imports.
print(__name__)
print(type(__builtins__).__name__)
print(__doc__)
print("__file__" in globals(), "__spec__" in globals())
