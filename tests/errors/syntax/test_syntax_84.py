class C:
  if 0: return