# String literal forms: escapes, raw strings, concatenation, triple quotes.
print("tab\there", 'quote\'s', "back\\slash", "nl\\n")
print("\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(r"\n\t\x", R"raw\\", rb"\x00", Rb"\n")
print("con" "cat" 'en' """ation""")
print("""line1
line2""")
print(len("\0"), repr("\0"), repr("\a\b\f\v\r"))
print(b"\x00\xff", B"abc", br"\d")
print('"', "'", '''a'b"c''')
print("a\
b")
