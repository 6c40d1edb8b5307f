# Numeric-related predicates on superscripts, fractions and other scripts.
for ch in "0٠۰०০੦૦୦௦౦೦൦๐໐༠၀႐០᠐᥆0¹²³⁰⁴½⅓⅛ⅠⅫ〇一二十百千万":
    print(hex(ord(ch)), ch.isdigit(), ch.isdecimal(), ch.isnumeric())
