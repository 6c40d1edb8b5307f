# __getattribute__ intercepts every lookup; object.__getattribute__ is the default.
class Logged:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value
l = Logged()
print(l.value)
print(l.method())
class Fallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "from __getattr__ " + name
print(Fallback().anything)
