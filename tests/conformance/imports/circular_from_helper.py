# Imported by circular_from.py: imports a module that takes a name from this one too early.
import circular_from_partner

value = 1
