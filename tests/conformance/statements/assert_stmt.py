# assert raises AssertionError with an optional message; the message is lazy.
def msg():
    print("message evaluated")
    return "custom"
assert True, msg()
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], msg()
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
print(__debug__)
