# Truthiness uses __bool__, then __len__, then defaults to True.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class No:
    def __bool__(self):
        return False
class Nothing:
    pass
for obj in (Empty(), Full(), No(), Nothing()):
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy")
print(len(Full()))
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
