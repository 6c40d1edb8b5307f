# Special casing: final sigma, ligatures, dotted I, title case of digraphs.
print("ΟΔΟΣ".lower(), "ΣΑ Σ".lower(), "ﬀ".upper(), "ŉ".upper(), "ǰ".upper(), len("ß".upper()))
print("İ".lower(), len("İ".lower()), "ǈ".upper(), "ǈ".lower(), "ǆ".title(), "ﬃ".title())
print("hello 3rd-party o'neil".title(), "ǲa".capitalize(), "ǳ".capitalize())
print("ß".casefold() == "ss", "ﬁ".casefold(), "ΣΑΣ".casefold())
