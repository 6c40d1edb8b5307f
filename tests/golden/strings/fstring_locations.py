# Where CPython 3.11 places the parts of f-strings, including its quirks: every
# Constant, FormattedValue and JoinedStr carries the location of the whole run
# (a format spec's own JoinedStr that of its token), and expressions are placed
# from the position of their opening brace.
x = y = z = w = 1
a = f"""ab
 c {y}  {
 z
 } {w
}"""
b = ('a'
 f"""
 {y}""" f"{ z }")
c = (f"""abc
  {
x}""")
d = (f"""abc
  {  x  }{y}""" f"""
{z}""")
e = f"""{x=
}"""
f = (u"a"
     f"{x:a{y}b}" f"{z:c}")
é = f"{x}é{y}" + f"ü{z}"
g = [f"{x}",
     f"""
{y} {z} {
w
}"""]
h = f"{x}\
{y}"
i = f"""{
    x
    +
    y
}"""
	
j = {"k": f"{x!r:>{y}}"}
k = f'''{x:{y}
}'''
l = (
    f"{x}"
    f"{y}"
)
m = f"{f'{x}'}" + f"""{f'''{y
}'''}"""
n = f"{x:{y}}" f"{z:{w}}"
p = f"""
	{x}	{y}
		{z}"""
