# String and bytes literals: every prefix, escapes, implicit concatenation.
a = 'single' "double" '''triple
single''' """triple
double"""
b = r'raw\n' R"raw\t" u'unicode' U"UNICODE"
bb = rb'\x00' Rb"\d" bR'\'' BR"\\" br'x' Br"y" rB'z' RB"w"
c = b'bytes' B"BYTES" b'''tri
ple''' b"""\
continued"""
d = u"kind u" "second"
e = "no kind" u"second u"
f = U"upper U has no kind"
g = ''
h = '' ''
i = b'' b''
j = ('a'
     'b'
     "c")
k = "\a\b\f\n\r\t\v\\\'\"\0\7\77\777\400\1234"
l = "\x41\x7f\xff\u0041\u00e9\uFFFF\U00000041\U0001F600\U0010FFFF"
m = "\N{LATIN SMALL LETTER A}\N{latin small letter e with acute}\N{EM DASH}\N{BYZANTINE MUSICAL SYMBOL FHTORA SKLIRON CHROMA VASIS}"
n = "\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{NULL}\N{LINE FEED}\N{SPACE}\N{BOM}\N{ZWJ}"
o = "\ud800\udfff\udc80 lone surrogates"
p = "unknown \d \w \q \8 \9 \z escapes"
q = "line one \
line two"
r = b"\x00\x7f\x80\xff\a\b\f\n\r\t\v\\\'\"\0\7\77\777\400\d\u1234\N{SPACE}"
s = "non-ASCII: é ü € 😀 日本語 \é \😀"
t = 'it''s' "a" 'b'
u = """a "quoted" 'word' \""" end"""
v = '''a '' ''\''' end'''
w = r"\"" r'\'' r"\\" r'\n\N{x}\u1234'
x = rb"\"" rb'\\'
y = f = "after a reassignment"
z = ("é" "ü"
     "€")
é = "identifier before"; ü = b"x"
print("call", 'args', sep="", end='\n')
def func(a="default", *, b=b"kw"):
    "docstring"
    return "ret" "urn"
class C:
    """Class docstring
    with lines.
    """
    x: "annotation" = "value"
assert "x", "message"
d = {"key": "value", b"k": b"v"}
lst = ["a", "b" "c", 'd']
sub = "abc"[0]
attr = "abc".upper()
cmp = "a" < "b" == "b"
match "subject":
    case "literal":
        pass
    case b"bytes" | "other" "concat":
        pass
