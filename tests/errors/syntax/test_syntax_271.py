with (blech)
  pass
