# str.encode with different codecs and error handlers.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"), s.encode("utf-16-le"))
print("abc".encode("ascii"), "€".encode("cp1252"), "\U0001F600".encode("utf-8"), "é".encode("UTF8"))
for args in (("ascii",), ("no-such-codec",), ("utf-8", "bogus-handler")):
    try:
        print(s.encode(*args))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"))
