if 1:
            def f():
                def g():
                    from sys import *
                    return getrefcount # global or local?
            