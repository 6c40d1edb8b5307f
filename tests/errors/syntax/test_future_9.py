from __future__ import annotations
test: f'{(x := 10):=10}'