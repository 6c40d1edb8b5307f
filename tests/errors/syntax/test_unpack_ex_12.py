*1 # doctest:+ELLIPSIS
