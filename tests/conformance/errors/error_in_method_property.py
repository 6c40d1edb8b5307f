# An error inside a property getter called from a method.
class Account:
    def __init__(self):
        self.entries = []
    @property
    def average(self):
        return sum(self.entries) / len(self.entries)
    def report(self):
        return f"average {self.average}"
print(Account().report())
