# Packages: __init__ first, submodules bound on their parent, relative imports,
# `from package import submodule`, `from package import *` with __all__.
import sys

import pkg_demo.sub.leaf

print(pkg_demo.sub.leaf.leaf_value)
print(pkg_demo.__package__, pkg_demo.sub.__package__, pkg_demo.sub.leaf.__package__)
print(pkg_demo.__file__.endswith("pkg_demo/__init__.py"), len(pkg_demo.__path__), pkg_demo.__path__[0].endswith("pkg_demo"))
print(hasattr(pkg_demo.sub.leaf, "__path__"), "pkg_demo.beta" in sys.modules)

from pkg_demo import alpha

print(alpha.alpha_value, alpha.sibling_package is pkg_demo.sub, alpha.beta is sys.modules["pkg_demo.beta"])
print(pkg_demo.alpha is alpha)

from pkg_demo.sub import *

print(exported, leaf.leaf_value[0])
print("hidden" in dir())

import pkg_demo.beta as b

print(b.beta_value)
print(__import__("pkg_demo.sub").__name__, __import__("pkg_demo.sub", fromlist=["x"]).__name__)
print(__import__("pkg_demo.sub.leaf", fromlist=["leaf_value"]).__name__)
print(__import__("beta", {"__name__": "pkg_demo.alpha", "__package__": "pkg_demo"}, None, ["beta_value"], 1).__name__)
print(__import__("", {"__name__": "pkg_demo.sub.leaf", "__package__": "pkg_demo.sub"}, None, ["leaf"], 2).__name__)

import ns_demo.portion

print(ns_demo.portion.portion_value, ns_demo.portion.__package__, type(ns_demo.__path__).__name__ != "NoneType")
print(sorted(m for m in sys.modules if m.startswith(("pkg_demo", "ns_demo"))))
