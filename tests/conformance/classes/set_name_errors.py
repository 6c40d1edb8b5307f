# Exceptions from __set_name__ propagate from the class statement.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f"bad name {name}")
try:
    class Owner:
        attribute = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
