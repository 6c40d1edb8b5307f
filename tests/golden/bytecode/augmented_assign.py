# Augmented assignment evaluates its target once.
n += 1
obj.attr -= 2
items[key] *= 3
items[1:2] |= other
def f(local):
    local **= 2
    return local
