# Imported by import_errors.py: a module that does not compile.
value = (1,
print("never")
