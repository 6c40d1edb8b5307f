from __future__ import annotations
# Under PEP 563 annotations are stored as their source text.
x: list[int] = []
def f(a: dict[str, int | None], *args: tuple[int, ...], b: lambda x: x = 1, **kw: "q") -> A.B[-1]:
    y: int = 2
class C:
    attr: Callable[[int], str]
    other: f"{x!r:>10}"
