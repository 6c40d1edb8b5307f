# KeyError's str is the repr of its single argument.
for key in ("name", 42, (1, 2), None, "", "quote'd"):
    try:
        {}[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
print(str(KeyError("a", "b")), str(KeyError()))
