# pkg_demo.alpha: relative imports of sibling modules and a sibling package.
from . import beta
from .beta import beta_value
from . import sub as sibling_package

print("alpha runs as", __name__, "package", __package__)
alpha_value = "alpha+" + beta_value
