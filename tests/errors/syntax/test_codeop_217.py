if (a == 1 and b = 2): pass
