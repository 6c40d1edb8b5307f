# Arguments are evaluated before the generator runs; the generator runs lazily inside.
def source():
    print("source called")
    return [1, 2, 3]
def consume(gen, label):
    print("consume", label)
    return list(gen)
print(consume((print("item", x) or x for x in source()), "now"))
