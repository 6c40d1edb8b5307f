class C:
  while 0: return
  else:  x=1