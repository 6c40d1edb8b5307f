if something:
pass
