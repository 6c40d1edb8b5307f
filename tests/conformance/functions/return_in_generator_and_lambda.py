# Lambdas return the value of their expression; return inside loops exits early.
first_neg = lambda xs: next((x for x in xs if x < 0), None)
print(first_neg([1, -2, -3]), first_neg([1]))
def search(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                return i, j
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
