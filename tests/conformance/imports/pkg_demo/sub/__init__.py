# pkg_demo.sub: a subpackage with __all__ for `from pkg_demo.sub import *`.
__all__ = ["leaf", "exported"]
exported = "exported value"
hidden = "not in __all__"
