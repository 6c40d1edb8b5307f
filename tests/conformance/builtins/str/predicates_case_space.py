# isupper, islower, istitle, isspace, isascii, isprintable and isidentifier.
samples = ["ABC", "abc", "Abc Def", "ABC def", "123", "", " \t\n", "\u3000", "\x1f", "é", "Hello World",
           "_private", "2bad", "class", "naïve", "a\x7f", "ǅ"]
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isspace(), s.isascii(), s.isprintable(), s.isidentifier())
