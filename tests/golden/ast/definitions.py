# Decorators do not move a definition's start; parameters of every kind.
@decorator
@other.attribute(1, key=2)
def function(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> "ret":
    pass


@decorator
async def coroutine(x: int, *, y: str = "s"):
    await x
    async for i in y:
        pass
    async with x as (a, b):
        pass
    return [i async for i in x if await i]


@property
class Klass(Base, metaclass=Meta, **extra):
    attribute: int = 1
    other: "str"

    def method(self, /):
        ...


def star_annotation(*args: *Ts):
    pass


def only_star(*, a, b=1):
    pass


def only_kwargs(**k):
    pass


lambda_values = [lambda: 0, lambda x: x, lambda x, /, y=1, *z, w, **v: (x, y, z, w, v), lambda *, k: k]
