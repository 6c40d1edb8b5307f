if 1:
