# Exceptions whose class claims another module print a qualified name.
class Special(Exception):
    pass
Special.__module__ = "mypackage.errors"
raise Special("qualified")
