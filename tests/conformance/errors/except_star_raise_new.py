# A new exception raised inside except* joins the unhandled rest in a new group.
try:
    raise ExceptionGroup("g", [ValueError("original"), TypeError("untouched")])
except* ValueError:
    raise RuntimeError("replacement")
