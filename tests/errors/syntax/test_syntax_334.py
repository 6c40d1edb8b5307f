class Blech(A):
pass
