# str.splitlines recognizes every Unicode line boundary.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "a\r\nb".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "no newline".splitlines())
