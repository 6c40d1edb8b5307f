# An exception with no message prints only its class name.
class Empty(Exception):
    pass
raise Empty
