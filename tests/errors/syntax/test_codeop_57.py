@a(b,c,
