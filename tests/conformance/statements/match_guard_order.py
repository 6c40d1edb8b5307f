# Guards run after binding; subjects are evaluated once.
def subject():
    print("subject evaluated")
    return (3, 4)
def check(label, result):
    print("guard", label)
    return result
match subject():
    case (a, b) if check("first", a > b):
        print("first case")
    case (a, b) if check("second", a < b):
        print("second case", a, b)
    case _:
        print("default")
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("captured anyway", x)
