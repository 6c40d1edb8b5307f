# repr of strings chooses quotes and escapes control and non-printable characters.
for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\tnl\ncr\r", "\x00\x07\x1b\x7f", "é日本",
          "\u200b\u2028", "\U0001F600", "\ud800", "back\\slash", "\x80\x9f\xa0\xad", ""):
    print(repr(s), ascii(s))
