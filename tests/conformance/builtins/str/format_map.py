# format_map uses the mapping directly, so __missing__ works.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map(Default(name="Bo")))
print("{a}{b}".format_map({"a": 1, "b": 2}))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
