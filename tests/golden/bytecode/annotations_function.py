# Function annotations: a tuple of alternating names and values for MakeFunction.
def f(a: int, /, b: str = "x", *args: float, c: bool, d: bytes = b"", **kwargs: dict) -> None:
    local: int = 5
    return local
