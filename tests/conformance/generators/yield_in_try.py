# yield inside try/except/finally and exceptions after resumption.
def gen():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"handled {e}"
        finally:
            print("finally", i)
print(list(gen()))
def throw_handled():
    while True:
        try:
            yield "waiting"
        except KeyError:
            print("KeyError ignored")
t = throw_handled()
next(t)
print(t.throw(KeyError))
print(t.throw(KeyError()))
t.close()
