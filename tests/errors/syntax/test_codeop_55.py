@a(b,c
