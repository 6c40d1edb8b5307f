def a(b,c
