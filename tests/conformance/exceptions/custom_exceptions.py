# User-defined exceptions with extra attributes and custom __str__.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class NoInit(ValueError):
    pass
e = NoInit("a", "b")
print(e, repr(e), isinstance(e, ValueError))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
