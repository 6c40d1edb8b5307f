# try / except / finally: the finally body on the normal path and in a handler.
try:
    f()
except E:
    g()
finally:
    h()
