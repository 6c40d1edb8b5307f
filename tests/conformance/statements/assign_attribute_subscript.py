# Assignment to attributes, subscripts and slices in one statement.
class Box:
    pass
box = Box()
lst = [0, 0, 0]
d = {}
box.v, lst[0], d["k"], lst[1:] = 1, 2, 3, [4]
print(box.v, lst, d)
box.items = [[0, 0], [0, 0]]
box.items[1][0] = 7
print(box.items)
lst[-1] = "last"
print(lst)
