# NameError for a misspelled name gets a "Did you mean" suggestion.
counter = 1
print(countr)
