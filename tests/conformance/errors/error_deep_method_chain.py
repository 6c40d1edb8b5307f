# Tracebacks through methods of several classes.
class Repository:
    def get(self, key):
        return self.storage[key]
class Service:
    def __init__(self):
        self.repo = Repository()
        self.repo.storage = {}
    def fetch(self, key):
        return self.repo.get(key).upper()
Service().fetch("user")
