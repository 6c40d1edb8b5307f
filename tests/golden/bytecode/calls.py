# Plain calls, keyword calls, method calls and calls with *args / **kwargs.
f()
f(1, 2)
f(1, key=2)
obj.method(1, key=3)
f(*args)
f(1, *args, 2, **kwargs)
f(a=1, **kwargs, b=2)
import os
os.getcwd()
