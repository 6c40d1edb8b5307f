# except* splits an ExceptionGroup by type.
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped naked", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled key")
except ExceptionGroup as rest:
    print("rest", repr(rest))
