# StopIteration escaping at module level is reported like any exception.
it = iter([])
next(it)
