from __future__ import annotations
def test() -> (await y): pass