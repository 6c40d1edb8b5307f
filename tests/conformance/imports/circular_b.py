# The other half of the circular import: circular_a is only partly initialised here.
print("circular_b starts")
import circular_a

b_value = "b"
print("circular_b sees a_value?", hasattr(circular_a, "a_value"))
