# An error raised while executing a class body.
class Settings:
    name = "app"
    port = int("eighty")
