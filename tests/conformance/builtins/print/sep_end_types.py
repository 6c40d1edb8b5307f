# print's sep and end accept None and empty strings; objects are converted once.
print("a", "b", sep=None)
print("a", "b", end=None)
print("a", "b", sep="", end="")
print()
print(*"xyz", sep="\n")
count = [0]
class Counted:
    def __str__(self):
        count[0] += 1
        return "counted"
print(Counted(), Counted(), sep="|")
print(count)
