# Cell 25 of the Python fundamentals lesson (seed 000, line 299).
# Setup: cells 22, 23, 24, whose state this cell uses.

# --- cell 22 ---
# Creating a dictionary
person = {"name": "Goku",
          "eye_color": "brown"}
print (person)
print (person["name"])
print (person["eye_color"])

# --- cell 23 ---
# Changing the value for a key
person["eye_color"] = "green"
print (person)

# --- cell 24 ---
# Adding new key-value pairs
person["age"] = 24
print (person)

# --- cell 25 ---
# Length of a dictionary
print (len(person))
