class a:
