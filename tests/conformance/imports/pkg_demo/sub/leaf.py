# pkg_demo.sub.leaf: relative imports two levels up.
from ..beta import beta_value
from .. import top_value

print("leaf runs as", __name__, "package", __package__)
leaf_value = (beta_value, top_value)
