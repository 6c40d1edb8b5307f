# A SyntaxError raised by exec at run time is reported with the source line.
source = "x = 1 +\n"
exec(source)
