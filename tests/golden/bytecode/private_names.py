# Private names are mangled inside classes.
class Widget:
    __count = 0
    def __init__(self):
        self.__secret = Widget.__count
        __local = 1
        import __hidden
