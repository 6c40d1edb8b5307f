if 1: pass
else: continue