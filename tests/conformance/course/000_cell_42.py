# Cell 42 of the Python fundamentals lesson (seed 000, line 542).
# Function with multiple inputs
def join_name(first_name, last_name):
    """Combine first name and last name."""
    joined_name = first_name + " " + last_name
    return joined_name
