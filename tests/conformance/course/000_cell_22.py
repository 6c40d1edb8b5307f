# Cell 22 of the Python fundamentals lesson (seed 000, line 267).
# Creating a dictionary
person = {"name": "Goku",
          "eye_color": "brown"}
print (person)
print (person["name"])
print (person["eye_color"])
