try:
    something()
except:
pass
