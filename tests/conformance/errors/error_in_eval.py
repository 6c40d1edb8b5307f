# Errors inside eval'd expressions.
expression = "items[5]"
eval(expression, {"items": [1, 2]})
