[x for x in
