
fgdfgf
1,\#
2
