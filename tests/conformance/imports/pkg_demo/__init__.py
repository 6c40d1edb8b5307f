# A package for the import tests: __init__ runs first, then its submodules on demand.
print("pkg_demo/__init__ runs as", __name__, "package", __package__)
top_value = "top"
