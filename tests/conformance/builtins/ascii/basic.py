# ascii() escapes non-ASCII characters in reprs.
print(ascii("plain"), ascii("héllo"), ascii("日本"), ascii("\U0001F600"), ascii("\x00\n"), ascii(b"\xff"))
print(ascii([1, "é"]), ascii({"ключ": "значение"}), ascii(1.5), ascii(None))
class C:
    def __repr__(self):
        return "Ç"
print(ascii(C()), repr(C()))
