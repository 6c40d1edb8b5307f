# float class methods and properties accessible without imports.
print(float.__name__, float.__mro__, (2.5).real, (2.5).imag)
print(float.__getformat__("double"), float.__getformat__("float"))
print((2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.55).__round__(1))
print((3.0).__int__(), (3.5).__float__(), (7.0).__divmod__(2), (7.0).__rmod__(2), (2.0).__pow__(3))
print(float.__dict__["fromhex"].__class__.__name__, type(float.fromhex).__name__)
