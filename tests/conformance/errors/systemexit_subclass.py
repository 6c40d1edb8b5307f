# A subclass of SystemExit carries its own exit code.
class Quit(SystemExit):
    pass
print("quitting")
raise Quit(5)
