# Assignment expressions inside if/elif chains.
def parse(s):
    if (n := len(s)) == 0:
        return "empty"
    elif (first := s[0]).isdigit():
        return f"number starting {first}, len {n}"
    elif (upper := s.upper()) == s:
        return f"shouting {upper}"
    return f"plain {first}"
for s in ("", "123", "HEY", "hey"):
    print(parse(s))
