# Nested exception groups print nested boxes.
try:
    raise ValueError("inner value")
except ValueError as e:
    inner = e
raise ExceptionGroup("outer", [ExceptionGroup("inner group", [inner, KeyError("k")]), OSError("os")])
