# Dict displays: constant keys use BuildConstKeyMap; ** merges with DictUpdate.
a = {}
b = {"x": 1, "y": 2}
c = {k: v, **other, "z": 3}
d = {1: a, x: b}
