# If str(exception) itself raises, the traceback says so.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
raise Broken("ignored")
