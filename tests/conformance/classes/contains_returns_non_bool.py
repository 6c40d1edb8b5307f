# The in operator converts __contains__'s result to bool.
class C:
    def __contains__(self, item):
        return item
c = C()
print(1 in c, 0 in c, "" in c, [1] in c, 0 not in c)
class Raises:
    def __contains__(self, item):
        raise KeyError(item)
try:
    5 in Raises()
except KeyError as e:
    print(type(e).__name__, e)
