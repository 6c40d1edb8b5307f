# A circular import sees the partially initialised module from sys.modules.
import circular_a

print(circular_a.a_value, circular_a.circular_b.b_value)
