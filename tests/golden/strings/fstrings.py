# f-strings: replacement fields, conversions, format specs, `=`, nesting.
x = y = z = 1
name = "n"
a = f"plain"
b = f"{x}"
c = f"a{x}b{y}c"
d = f"{x!r} {x!s} {x!a}"
e = f"{x:>10} {x:{y}} {x:{y}.{z}} {x!r:^{y}}"
g = f"{x=} {x = } {x=!s} {x=:>3} {x = !r:<{y}}"
h = f"{{literal braces}} {{{x}}} }}{{"
i = f"{x + y} {x * (y - z)} {-x} {not x} {x if y else z}"
j = f"{name.upper()} {name[0]} {name[1:2]} {name!r:10}"
k = f"{[1, 2, 3]} {(1, 2)} {x, y} {{1: 2}} { {1, 2} } { {'a': 1} }"
l = f"{'nested'} {'''triple'''} {'single' if x else 'other'}"
m = f"{f'{x}'} {f'''{f'{y}'}'''}" f'''{f"{f'{z}'}"}'''
n = f"{(lambda q: q)(x)} {(w := 5)} {[v for v in range(3)]}"
o = f"{x!=y} {x==y} {x<=y} {x>=y} {x<y} {x>y}"
p = f"{x:=^10} {x:!<5} {x::>3}"
q = F"upper" Rf"\{x}\n" fR"\N{x}" rF'{x}' FR'{x}'
r = f"é{x}ü{y}€" f"😀{z}"
s = "plain " f"{x}" " mixed " f"{y}" ""
t = u"kind" f"{x:a{y}b}" "tail"
u = f"" "" f"" ""
v = f"{x}" f"" f"{y}"
w = f"\n\t\\{x}\x41\u00e9\N{EM DASH}{y}\N{DIGIT ONE}"
aa = f"{x:\n\x41}"
ab = f"{ x }{  y  }{	z	}"
ac = f'{x:{"nested spec"}}'
ad = f"{x:%Y-%m-%d %H:%M:%S}"
ae = f"{3.14:.2f} {10:#x} {10:08b} {1e10:,}"
af = f"{'a' 'b'} {b'x'} {u'kind'}"
ag = f"{x}{y}{z}"
ah = f"{x:}"
ai = f"{x!r:}"
aj = f"{x=:}"
ak = f"{*[1, 2],}"
al = f"{x:{y}{z}}"
am = f"{ x = }"
an = f"{x  =  !r}"
ao = f"""{x
}"""
ap = f"{x.real}"
aq = f"{x:{'>'}{10}}"
ar = f"a" f"b" f"c"
at = (f"first {x}"
      f"second {y}"
      "third")
au = print(f"{x}", f"{y!r}", sep=f"{z}")
def fn(arg=f"{x}"):
    return f"{arg}"
av = [f"{i}" for i in range(3) if f"{i}"]
aw = {f"{k}": f"{v}" for k, v in {}.items()}
ax = f"{'{'}{'}'}"
ay = f"{x:{{}}}" if False else None
az = f"{yield_ if (yield_ := 1) else 0}"
