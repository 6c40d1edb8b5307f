if 0: continue
else:  x=1