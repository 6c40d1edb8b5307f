def f(p1, *, p1=100):
  pass
