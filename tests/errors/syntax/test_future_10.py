from __future__ import annotations
def foo():
    def bar(arg: (yield)): pass
