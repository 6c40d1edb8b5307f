# return, break and continue inside with still call __exit__.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", self.tag)
def f():
    with CM("return"):
        return "value"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("done")
