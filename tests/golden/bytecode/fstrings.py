# f-strings: FormatValue with conversions and specs, BuildString.
a = f"{x}"
b = f"value: {x!r:>{width}} and {y!s}"
c = f"{x=}"
d = f""
