[x for x in (
