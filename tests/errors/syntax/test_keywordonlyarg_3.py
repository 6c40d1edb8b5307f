def f(p, *):
  pass
