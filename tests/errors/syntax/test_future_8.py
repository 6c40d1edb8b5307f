from __future__ import annotations
test: await some.complicated[0].call(with_args=True or 1 is not 1)