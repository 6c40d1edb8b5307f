# Exceptions compare by identity, not by arguments.
a = ValueError(1)
b = ValueError(1)
print(a == b, a == a, a != b, hash(a) == hash(a))
print({a: 1}[a])
