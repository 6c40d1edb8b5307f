# Exceptions raised inside except* handlers join the re-raised group.
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as e:
    print(repr(e))
    print([repr(x) for x in e.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError as eg:
        raise
except ExceptionGroup as e:
    print("bare raise keeps group:", repr(e))
