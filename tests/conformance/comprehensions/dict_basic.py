# Dict comprehensions, including duplicate keys and nested values.
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({x % 3: x for x in range(10)})
words = ["apple", "bob", "cat", "axe"]
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
