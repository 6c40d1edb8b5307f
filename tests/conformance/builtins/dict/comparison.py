# Dict equality ignores order; ordering comparisons are not supported.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == {}, {1: [1]} == {1: [1]})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
print({"a": 1}.keys() == {"a"}, {"a": 1}.values() == {"a": 1}.values())
