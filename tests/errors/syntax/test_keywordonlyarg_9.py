def f(p1, *, None, **k1):
  pass
