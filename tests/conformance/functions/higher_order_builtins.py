# Functions passed to builtins such as sorted, map, filter, min and max.
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(list(map(len, words)), list(filter(lambda w: "a" in w, words)))
print(min(words, key=len), max(words, key=lambda w: w[-1]))
def by_last(w):
    return w[-1]
print(sorted(words, key=by_last))
