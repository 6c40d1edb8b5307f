{a:b
