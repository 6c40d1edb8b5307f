# Unhandled parts of a group escape except* and are printed.
try:
    raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    print("handled ValueError")
