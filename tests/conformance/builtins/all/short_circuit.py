# all() stops at the first falsy value and uses __bool__.
class Falsy:
    def __bool__(self):
        print("falsy __bool__")
        return False
print(all([1, Falsy(), Falsy()]))
print(all(x < 3 for x in range(5)), all(x < 10 for x in range(5)), all([[]]), all([[0]]))
