# Error messages of min and max.
for call in (lambda: min([]), lambda: max([]), lambda: min(), lambda: max(1), lambda: min(1, 2, default=0),
             lambda: max([1, "a"]), lambda: min([1], key=5), lambda: max([1], foo=1)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
