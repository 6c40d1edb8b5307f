(a, None) = 0, 0
