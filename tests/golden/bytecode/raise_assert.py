# raise forms and assert (LoadAssertionError, the message called with Call 0).
def f(x):
    assert x, "message"
    assert x > 0
    if x:
        raise
    raise ValueError("bad") from None
