# Imported by circular_from_helper.py while that module has not yet defined `value`.
from circular_from_helper import value
