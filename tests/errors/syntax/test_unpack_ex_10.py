*a = range(10) # doctest:+ELLIPSIS
