# A module inside a namespace package (a folder without __init__.py).
print("ns_demo.portion runs as", __name__)
portion_value = 7
