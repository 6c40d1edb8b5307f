# Cell 43 of the Python fundamentals lesson (seed 000, line 550).
# Setup: cell 42, whose state this cell uses.

# --- cell 42 ---
# Function with multiple inputs
def join_name(first_name, last_name):
    """Combine first name and last name."""
    joined_name = first_name + " " + last_name
    return joined_name

# --- cell 43 ---
# Use the function
first_name = "Goku"
last_name = "Mohandas"
joined_name = join_name(
    first_name=first_name, last_name=last_name)
print (joined_name)
