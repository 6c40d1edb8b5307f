# Errors when unpacking non-mappings or duplicate keys in calls.
def f(*args, **kwargs):
    return args, kwargs
for call in (lambda: f(*None), lambda: f(**None), lambda: f(**{"a": 1}, a=2), lambda: f(**{1: 1}),
             lambda: f(*[1], **[("a", 1)])):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
