# Subclasses of ExceptionGroup keep their type through split only when derive is overridden.
class Errors(ExceptionGroup):
    def derive(self, excs):
        return Errors(self.message, excs)
eg = Errors("batch", [ValueError(1), TypeError(2)])
match, rest = eg.split(ValueError)
print(type(match).__name__, type(rest).__name__, repr(match), repr(rest))
class Plain(ExceptionGroup):
    pass
pm, pr = Plain("p", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(pm).__name__, type(pr).__name__)
