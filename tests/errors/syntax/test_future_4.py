from __future__ import annotations
test[something]: (yield from x)