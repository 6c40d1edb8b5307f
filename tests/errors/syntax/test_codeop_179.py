(x for x in
