class a():
