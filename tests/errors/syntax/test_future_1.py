from __future__ import annotations
object.__debug__: int