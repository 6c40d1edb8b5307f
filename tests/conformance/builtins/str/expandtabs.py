# expandtabs with default and custom tab sizes and newlines resetting the column.
s = "a\tbc\tdef\tg\n\tx\r\ty"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("\t".expandtabs(-1)), repr("no tabs".expandtabs(3)), repr("12345678\t9".expandtabs(8)))
