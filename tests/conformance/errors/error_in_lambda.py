# An error inside a lambda used by sorted.
words = ["bb", "a", None]
print(sorted(words, key=lambda w: len(w)))
