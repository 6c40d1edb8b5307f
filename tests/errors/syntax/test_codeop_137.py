if a:
 pass
elif b:
