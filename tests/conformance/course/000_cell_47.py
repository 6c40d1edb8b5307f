# Cell 47 of the Python fundamentals lesson (seed 000, line 598).
# Adapted: the default repr shows a memory address, so it is printed without it.
# Setup: cell 46, whose state this cell uses.

# --- cell 46 ---
# Creating the class
class Pet(object):
    """Class object for a pet."""

    def __init__(self, species, name):
        """Initialize a Pet."""
        self.species = species
        self.name = name

# --- cell 47 ---
# Creating an instance of a class
my_dog = Pet(species="dog",
             name="Scooby")
print (repr(my_dog).split(" at 0x")[0] + ">")
print (my_dog.name)
