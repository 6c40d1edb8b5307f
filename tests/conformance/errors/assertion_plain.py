# A failing assert without a message.
values = [1, 2, 3]
assert len(values) == 4
