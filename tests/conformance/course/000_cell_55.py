# Cell 55 of the Python fundamentals lesson (seed 000, line 702).
# Cell 54 builds `scooby` with an argument Dog() rejects, so the object is built here as the lesson intends.
# Setup: cells 50, 53, whose state this cell uses.

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

# --- cell 53 ---
class Dog(Pet):
    def __init__(self, name, breed):
        super().__init__(species="dog", name=name)
        self.breed = breed

    def __str__(self):
        return f"A {self.breed} doggo named {self.name}"

scooby = Dog(breed="Great Dane", name="Scooby")

# --- cell 55 ---
scooby.change_name("Scooby Doo")
print (scooby)
