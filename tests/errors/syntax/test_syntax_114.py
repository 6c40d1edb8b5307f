(x for x in x) = 1
