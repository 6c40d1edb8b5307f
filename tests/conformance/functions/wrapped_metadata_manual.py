# Copying metadata onto wrappers by hand, like functools.wraps does.
def wraps_by_hand(original):
    def apply(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return apply
def logged(fn):
    @wraps_by_hand(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h
area.unit = "m2"
print(area(2, 3), area.__name__, area.__qualname__, area.__doc__, area.__wrapped__(4, 5), area.unit)
