# The loop variable keeps its last value and can be any target.
for i in range(3):
    pass
print(i)
class O:
    pass
o = O()
for o.attr in [1, 2]:
    pass
print(o.attr)
lst = [0, 0]
for lst[0] in "xy":
    pass
print(lst)
for i in range(5):
    i = 100
print(i)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
