# Imported by import_errors.py: a module whose body raises.
print("raises_on_import starts")
1 / 0
