def f(**kwargs:(lambda __debug__:0)): pass
