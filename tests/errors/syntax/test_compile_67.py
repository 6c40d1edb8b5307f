for None in range(10): pass
