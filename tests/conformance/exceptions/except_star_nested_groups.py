# except* matches leaves inside nested groups and keeps their structure.
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
except* ValueError as eg:
    print(repr(eg))
except* TypeError as eg:
    print(repr(eg))
