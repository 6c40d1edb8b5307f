# Cell 35 of the Python fundamentals lesson (seed 000, line 426).
# `continue` to the next iteration
veggies = ["carrots", "broccoli", "beans"]
for veggie in veggies:
    if veggie == "broccoli":
        continue
    print (veggie)
