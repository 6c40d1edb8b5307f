# The in operator on strings searches substrings.
print("ell" in "hello", "" in "", "" in "abc", "xyz" in "abc", "日" in "日本", "A" in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    None in "abc"
except TypeError as e:
    print(type(e).__name__, e)
