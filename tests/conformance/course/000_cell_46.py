# Cell 46 of the Python fundamentals lesson (seed 000, line 588).
# Creating the class
class Pet(object):
    """Class object for a pet."""

    def __init__(self, species, name):
        """Initialize a Pet."""
        self.species = species
        self.name = name
