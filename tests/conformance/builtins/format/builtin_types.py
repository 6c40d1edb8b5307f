# Formatting exact ints, floats and strs (which skip the __format__ lookup) next to
# bool and subclasses (which keep it), through format(), f-strings, str.format and %.


class MyInt(int):
    def __format__(self, spec):
        return "MyInt<" + spec + ">"


class StrInt(int):
    def __str__(self):
        return "StrInt!"

    def __repr__(self):
        return "StrInt?"


class MyFloat(float):
    def __format__(self, spec):
        return "MyFloat<" + spec + ">"


class MyStr(str):
    def __format__(self, spec):
        return "MyStr<" + spec + ">"


class PlainStr(str):
    def __str__(self):
        return "plain-str"

    def __repr__(self):
        return "plain-repr"


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)


int_specs = ["", ">8", "<8", "^9", "=+8", "08", "-08", "+", " ", "x", "#x", "X", "#X", "o", "#o",
             "b", "#010b", "d", "n", ",", "_", "_x", "_b", "012,", "015_", ",d", "*^12,", "é>7",
             "€<6", "😀^5", "0>5", "0<5", "#08x", "+#x", " d", "c", "e", ".2f", "%", "g", "10.3e",
             ".2", "z", "s", "=", "0=8", "1000000000000000000000000", ",x", "08_x"]
int_values = [0, 7, -7, 255, -255, 1234567, -1234567, 2**63 - 1, -2**63, 2**64 + 5, -(2**70),
              1114111]
for value in int_values:
    for spec in int_specs:
        show(f"int {value} {spec!r}", lambda: format(value, spec))
        show(f"f-int {value} {spec!r}", lambda: f"{value:{spec}}")
        show(f"str.format int {value} {spec!r}", lambda: ("[{:" + spec + "}]").format(value))

for value in [True, False, MyInt(5), StrInt(42)]:
    for spec in ["", ">6", "d", "x", "05", "s"]:
        show(f"int-like {type(value).__name__} {spec!r}", lambda: format(value, spec))
        show(f"f int-like {type(value).__name__} {spec!r}", lambda: f"{value:{spec}}|{value}")
        show(f"str.format int-like {type(value).__name__} {spec!r}",
             lambda: ("{:" + spec + "}|{}|{!r}").format(value, value, value))

float_specs = ["", ".2f", ">10.3f", "<10.1f", "^11.2e", "+.3g", " .0f", "#.0f", ",.2f", "_.1f",
               "010.2f", "z.1f", "%", ".1%", "e", "E", "G", "F", "n", "é^12.2f", "x", "d", ".f",
               "20", "=+12.1f", "0<9.2f", ".30f", ".17g", "#g", "r"]
float_values = [0.0, -0.0, 0.5, -0.04, 1.5, 2.675, 1e16, -1234567.891, 1e-7, 3.0e300,
                float("inf"), float("-inf"), float("nan")]
for value in float_values:
    for spec in float_specs:
        show(f"float {value} {spec!r}", lambda: format(value, spec))
        show(f"f-float {value} {spec!r}", lambda: f"{value:{spec}}")
        show(f"str.format float {value} {spec!r}", lambda: ("<{:" + spec + "}>").format(value))

for value in [MyFloat(1.5)]:
    for spec in ["", ".2f"]:
        show(f"float-like {spec!r}", lambda: format(value, spec))
        show(f"str.format float-like {spec!r}", lambda: ("{:" + spec + "}").format(value))

str_specs = ["", "10", "<10", ">10", "^10", "^11", ".2", "10.3", "*^9", "é>8", "😀<6", "s", "=10",
             "+", " ", "#", "z", "d", "010", "0>10", ",", "_", "x", ".0", "€^7.1s"]
str_values = ["", "a", "abc", "héllo", "日本語", "😀x", "tab\there", "it's", 'say "hi"']
for value in str_values:
    for spec in str_specs:
        show(f"str {value!r} {spec!r}", lambda: format(value, spec))
        show(f"f-str {value!r} {spec!r}", lambda: f"{value:{spec}}")
        show(f"str.format str {value!r} {spec!r}", lambda: ("({:" + spec + "})").format(value))

for value in [MyStr("abc"), PlainStr("xyz")]:
    for spec in ["", ">6", "s"]:
        # CPython returns a str subclass instance itself for the 's' spec; the
        # concatenation shows the text alone.
        show(f"str-like {type(value).__name__} {spec!r}", lambda: "" + format(value, spec))
        show(f"f str-like {type(value).__name__} {spec!r}", lambda: f"{value:{spec}}|{value}|{value!r}")
        show(f"str.format str-like {type(value).__name__} {spec!r}",
             lambda: ("{:" + spec + "}|{}|{!s}|{!r}").format(value, value, value, value))

# str.format with nested specs, non-ASCII format strings and conversions.
show("nested", lambda: "{:{}{}}".format(42, ">", 6))
show("nested float", lambda: "{0:{1}.{2}f}".format(3.14159, 10, 3))
show("non-ascii format", lambda: "é{:>6}|{:x}|{:.1f}".format(5, 255, 2.25))
show("non-ascii format 2", lambda: "{:é^7}/{}".format(12, "日本"))
show("conversion spec", lambda: "{!r:>8}|{!s:<6}|{!a:^10}".format("ab", 12, "é"))
show("bad spec", lambda: "{:q}".format(12))
show("bad spec str", lambda: "{:=5}".format("ab"))
show("bad spec float", lambda: "{:,d}".format(1.5))

# printf-style formatting.
percent_cases = [
    ("%s=%d (%05.1f)", ("alpha", 12, 12 / 7)),
    ("%d|%i|%u", (5, -5, 7)),
    ("%5d|%-5d|%05d|%+d|% d|%+05d|%.3d|%8.3d|%-8.3d|", (42, 42, 42, 42, 42, 42, 42, 42, 42)),
    ("%x|%X|%#x|%#X|%o|%#o|%#08x|%-#8o|", (255, 255, 255, 255, 8, 8, 255, 8)),
    ("%d %x", (2**70, -(2**65))),
    ("%d", (True,)),
    ("%d", (3.99,)),
    ("%x", (3.5,)),
    ("%d", (MyInt(5),)),
    ("%s|%r|%a", (StrInt(3), StrInt(3), StrInt(3))),
    ("%s|%r|%a", ("héllo", "héllo", "héllo")),
    ("%10s|%-10s|%.2s|%10.2s|%-6.1s|", ("日本語", "日本語", "日本語", "日本語", "😀x")),
    ("%s %s", (PlainStr("q"), MyStr("w"))),
    ("%f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f|%#.0f|%.0f", (1.5,) * 9),
    ("%e|%E|%g|%G|%.3g|%#g|%10.2e", (12345.678,) * 7),
    ("%f %f %f %F %e", (float("inf"), float("-inf"), float("nan"), float("nan"), float("-inf"))),
    ("%05f|%-05d|%08.3f", (-2.5, -3, -0.0)),
    ("%c%c%c|%3c|%-3c|", (65, "é", 0x1F600, "x", 66)),
    ("%*d|%-*d|%.*f|%*.*f", (6, 1, 6, 2, 2, 3.14159, 9, 3, 2.71828)),
    ("100%% %s", ("done",)),
    ("é%sé%dé", ("ü", 3)),
    ("%(name)s is %(age)03d; %(name)r", {"name": "Bob", "age": 7}),
    ("%(x)s %%", {"x": "日本"}),
    ("%s", ((1, 2),)),
    ("%s", (1, 2)),
    ("%s %s", ("only one",)),
    ("%d", ("text",)),
    ("%z", (1,)),
    ("%", ()),
    ("%(a", {"a": 1}),
    ("%c", (0x110000,)),
    ("%c", ("ab",)),
    ("%.2s%.0s|", ("abc", "xyz")),
    ("%s", "plain"),
    ("%s", 5),
    ("%r", "it's"),
    ("%5s|%-5s|", (True, None)),
]
for template, args in percent_cases:
    show(f"percent {template!r}", lambda: template % args)

# repr of strs: quotes, escapes, non-ASCII, subclasses.
for value in ["", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t nl\n cr\r",
              "\x00\x07\x1f\x7f", "é", "\x80\xa0\xad", "日本", "😀", "\u2028", "\ud800", "\U000e0001",
              "mixed é and 'q'", "a" * 40]:
    show(f"repr {len(value)}", lambda: repr(value))
    show(f"f-repr {len(value)}", lambda: f"{value!r}|{value!a}")
    show(f"ascii {len(value)}", lambda: ascii(value))
show("repr subclass", lambda: repr(MyStr("it's")))
show("repr subclass 2", lambda: f"{PlainStr('x')!r}")

# % with a str on the left: a str subclass on the right gets its __rmod__ first; other
# types' __rmod__ never runs.


class RmodStr(str):
    def __rmod__(self, other):
        return "RmodStr.__rmod__(" + other + ")"


class Rmod:
    def __rmod__(self, other):
        return "Rmod.__rmod__"


class ModStr(str):
    def __mod__(self, other):
        return "ModStr.__mod__"


show("rmod str subclass", lambda: "%s!" % RmodStr("x"))
show("rmod other", lambda: ("%s!" % Rmod()).startswith("<__main__.Rmod object at "))
show("rmod other no field", lambda: "abc" % Rmod())
show("mod str subclass left", lambda: ModStr("%s") % 5)
show("mod plain str subclass", lambda: PlainStr("%s|") % "v")
show("mod str right", lambda: "%s|" % "v")
show("mod str right extra", lambda: "x" % "v")
show("mod empty dict", lambda: "x" % {})
show("mod list", lambda: "%s" % [1, 2])
show("mod int left", lambda: 7 % 3)
text = "%d-%s"
text %= (4, "four")
show("imod", lambda: text)
