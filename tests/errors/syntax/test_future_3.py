from __future__ import annotations
test.test: (yield a + b)