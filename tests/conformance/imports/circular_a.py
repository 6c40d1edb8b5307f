# Half of a circular import: circular_b imports this module while it is running.
print("circular_a starts")
import circular_b

a_value = "a"
print("circular_a sees", circular_b.b_value)
