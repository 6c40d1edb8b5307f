# An uncaught ExceptionGroup prints its sub-exceptions in a box.
def fail_all():
    raise ExceptionGroup("several failures", [ValueError("bad value"), TypeError("bad type")])
fail_all()
