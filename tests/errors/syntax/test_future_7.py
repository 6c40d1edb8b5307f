from __future__ import annotations
async def test() -> something((a := b)): pass