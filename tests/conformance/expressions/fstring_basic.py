# f-strings: expressions, conversions, nested fields and escaped braces.
name = "Ada"
n = 42
x = 3.14159
print(f"{name} is {n}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{x:.2f} {x:10.3f} {x:e} {x:g} {x:%}")
width, prec = 10, 3
print(f"{x:{width}.{prec}}|")
print(f"{{literal}} {n}")
print(f"{n + 1}", f"{n * 2 = }")
print(f"{[1, 2][0]} {dict(a=1)['a']} {'ab'.upper()}")
print(f"{n=} {x = :.1f} {name=!s}")
print(f"""multi
{name}""")
print(f"{3:{'>'}{5}}")
