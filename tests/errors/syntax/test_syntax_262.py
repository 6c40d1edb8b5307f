if 1:
  pass
elif 1:
  pass
else
  x() = 1
