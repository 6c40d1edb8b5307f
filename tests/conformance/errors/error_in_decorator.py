# An error raised while applying a decorator.
def register(fn):
    raise TypeError(f"cannot register {fn.__name__}")
@register
def handler():
    pass
