from __future__ import annotations
def func(test: (yield from outside_of_generator)): pass