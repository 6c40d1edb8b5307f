# Local state, including loop variables and exceptions, survives across yields.
def gen():
    acc = []
    for word in ["a", "b", "c"]:
        acc.append(word)
        yield "".join(acc)
    try:
        raise KeyError("held")
    except KeyError as e:
        yield repr(e)
        yield repr(e)
print(list(gen()))
