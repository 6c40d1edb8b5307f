# Cell 58 of the Python fundamentals lesson (seed 000, line 752).
# Setup: cells 50, 56, whose state this cell uses.

# --- cell 50 ---
# Creating the class
class Pet(object):
    """Class object for a pet."""

    def __init__(self, species, name):
        """Initialize a Pet."""
        self.species = species
        self.name = name

    def __str__(self):
        """Output when printing an instance of a Pet."""
        return f"{self.species} named {self.name}"

    def change_name(self, new_name):
        """Change the name of your Pet."""
        self.name = new_name

# --- cell 56 ---
class Dog(Pet):
    def __init__(self, name, breed):
        super().__init__(species="dog", name=name)
        self.breed = breed

    def __str__(self):
        return f"{self.breed} named {self.name}"

    @classmethod
    def from_dict(cls, d):
        return cls(name=d["name"], breed=d["breed"])

    @staticmethod
    def is_cute(breed):
        return True  # all animals are cute!

# --- cell 58 ---
# Static method
# The notebook displays this value; a script prints its repr.
print(repr(Dog.is_cute(breed="Border Collie")))
