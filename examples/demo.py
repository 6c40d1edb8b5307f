# A small program for the README's demo: Taipan runs it with CPython's output.
def greet(name: str, *, punctuation="!") -> str:
    return f"Hello, {name}{punctuation}"

squares = [n * n for n in range(10) if n % 2]
match squares:
    case [first, *rest]:
        print(greet("Taipan"), first, len(rest))
