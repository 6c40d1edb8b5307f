# String comparison is by code point; concatenation and repetition.
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "Z" < "a")
print(sorted(["b", "A", "a", "B", "é", "1"]), "abc" == "abc")
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 100)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
