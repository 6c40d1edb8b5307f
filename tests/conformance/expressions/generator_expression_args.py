# A generator expression as the sole argument needs no extra parentheses.
print(sum(x * x for x in range(5)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(c.upper() for c in "abc"))
print(",".join(str(i) for i in range(4)))
print(sorted((x % 3 for x in range(7)), reverse=True))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
