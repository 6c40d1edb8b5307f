# if/elif/else chains including nested ifs and empty bodies.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"
for n in (-5, 0, 3, 4, 50):
    print(n, classify(n))
if []:
    print("no")
elif {}:
    print("no")
else:
    print("else")
if 1: pass
x = 0
if x: print("a")
else: print("b")
