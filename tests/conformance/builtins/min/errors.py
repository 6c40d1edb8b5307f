# min() errors: empty input, bad keywords and incomparable items.
for call in (lambda: min(()), lambda: min(5), lambda: min(1, 2, 3, key=1), lambda: min([], default=1, key=len),
             lambda: min([1, None]), lambda: min(1, 2, bogus=3)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
