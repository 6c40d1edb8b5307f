# Exceptions raised from except* handlers keep their own cause and context settings.
try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), KeyError("k")])
    except* ValueError as eg:
        raise TypeError("new") from None
except ExceptionGroup as e:
    print(repr(e))
    raised = [x for x in e.exceptions if isinstance(x, TypeError)][0]
    print(repr(raised), raised.__cause__, raised.__suppress_context__, repr(raised.__context__))
