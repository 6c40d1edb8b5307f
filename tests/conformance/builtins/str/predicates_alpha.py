# isalpha, isalnum, isdigit, isdecimal and isnumeric on varied characters.
samples = ["abc", "abc1", "123", "", "½", "²", "٣", "Ⅻ", "é", " ", "a b", "١٢٣", "一", "𝟘", "x_y"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric())
