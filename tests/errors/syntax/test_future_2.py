from __future__ import annotations
test: (yield)