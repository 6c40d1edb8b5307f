# Carets mark the failing subscript within a longer expression.
data = {"a": [1, 2, 3]}
result = data["a"][1] + data["a"][7] * 2
