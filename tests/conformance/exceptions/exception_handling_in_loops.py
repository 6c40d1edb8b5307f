# Exceptions collected across iterations and reported together.
errors = []
for text in ["1", "x", "3", "", "5"]:
    try:
        errors.append(("ok", int(text)))
    except ValueError as e:
        errors.append(("error", str(e)))
for item in errors:
    print(item)
group = ExceptionGroup("parse errors", [ValueError(msg) for kind, msg in errors if kind == "error"])
print(repr(group), len(group.exceptions))
