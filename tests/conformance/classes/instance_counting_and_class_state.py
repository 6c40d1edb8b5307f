# Class-level counters updated from __init__ and classmethods.
class Widget:
    created = 0
    def __init__(self, name):
        type(self).created += 1
        self.id = Widget.created
        self.name = name
    @classmethod
    def reset(cls):
        cls.created = 0
class Button(Widget):
    pass
a = Widget("a")
b = Button("b")
c = Button("c")
print(Widget.created, Button.created, a.id, b.id, c.id)
Button.reset()
print(Widget.created, Button.created)
