# Cell 18 of the Python fundamentals lesson (seed 000, line 199).
# Adapted: sets of strings print in hash-seed order, so the sets are printed sorted.
# Sets
text = "Learn ML with Made With ML"
print (sorted(set(text)))
print (sorted(set(text.split(" "))))
