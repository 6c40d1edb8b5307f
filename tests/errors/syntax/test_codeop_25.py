if 1:
 pass
 if 1:
  pass
 else: