# An uncaught KeyError shows the repr of the key.
settings = {"host": "localhost"}
print(settings["port"])
