if 9==3:
   pass
else:

