# len() requires __len__ to return an index-sized non-negative int.
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2 ** 100
class FloatLen:
    def __len__(self):
        return 1.0
class BoolLen:
    def __len__(self):
        return True
for obj in (Neg(), Big(), FloatLen(), BoolLen()):
    try:
        print(len(obj))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(obj).__name__, type(e).__name__, e)
