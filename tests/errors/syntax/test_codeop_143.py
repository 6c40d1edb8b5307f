while a:
 pass
else:
