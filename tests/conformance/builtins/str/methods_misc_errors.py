# Argument errors from string methods.
calls = [lambda: "a".center(), lambda: "a".ljust("x"), lambda: "a".zfill(None), lambda: "a".split(1),
         lambda: "a".join(), lambda: "a".count("a", "b"), lambda: "a".startswith(),
         lambda: "a".encode(1), lambda: "a".expandtabs("x"), lambda: "a".upper(None),
         lambda: str.upper(5), lambda: "a".replace("a", "b", "c"), lambda: "a".index("a", 1.0)]
for call in calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
